package convreel.cli;

import convreel.render.SceneOverrides;
import convreel.studio.Studio;
import convreel.studio.StudioServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "studio", mixinStandardHelpOptions = true,
        description = {"Serves a page to direct SCENE in the browser: the frame at any moment, the beats and their cues "
                + "on a timeline, the window's computation, the page following every save of the scene file, and a "
                + "button that renders the final video to <out>/<scene>.mp4.",
                "Only this machine can open it unless --host says otherwise. Ctrl-C stops."})
final class StudioCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SceneArgument scene;

    @Mixin
    OutputFolder output;

    @Mixin
    AllowCommandsOption allowCommands;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only); 0.0.0.0 opens the "
                    + "studio to the network, with no password.")
    String host;

    @Option(names = "--port", paramLabel = "N", defaultValue = "7310",
            description = "The port (default: ${DEFAULT-VALUE}); 0 picks a free one.")
    int port;

    @Override
    public Integer call() throws Exception {
        scene.requireFile(spec.commandLine());
        if (port < 0 || port > 65535) {
            throw new UsageException("--port " + port + ": a port is 0 to 65535");
        }
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch stopped = new CountDownLatch(1);
        try (Studio studio = new Studio(scene.file, SceneOverrides.format(scene.format()), allowCommands.programs(),
                output.checked(), WatchCommand.DEBOUNCE);
                StudioServer server = serve(studio)) {
            // Listening first: a port already taken is said at once, before the scene is loaded.
            studio.start();
            studio.problem().ifPresent(problem -> out.println("the scene has an error; the page shows it:\n" + problem));
            out.println("studio of " + scene.file + " at " + server.address() + " (Ctrl-C stops)");
            out.flush();
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "convreel-studio-stop"));
            stopped.await();
        }
        return 0;
    }

    private StudioServer serve(Studio studio) throws IOException {
        try {
            return StudioServer.start(studio, host, port);
        } catch (BindException taken) {
            throw new UsageException("--host " + host + " --port " + port + ": cannot listen there (" + taken.getMessage()
                    + "); another program may be using the port: give another with --port, or --port 0 for any free one");
        } catch (UnknownHostException unknown) {
            throw new UsageException("--host " + host + ": no such host; give an address of this machine, such as 127.0.0.1");
        }
    }
}
