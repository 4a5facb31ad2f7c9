package convreel.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Renders SCENE as render does, then again every time the scene file, or a voice or music file "
                + "it uses, is saved. Only the beats that changed are encoded again; each render prints what was "
                + "encoded, what was reused and how long it took.",
                "A scene with an error is reported and the last good video stays in place. Ctrl-C stops."})
final class WatchCommand implements Callable<Integer> {
    /** How long the files must be quiet before a render starts: an editor's save is several writes. */
    static final Duration DEBOUNCE = Duration.ofMillis(300);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SceneArgument scene;

    @Mixin
    OutputFolder output;


    @Mixin
    RenderOptions options;

    @Mixin
    AllowCommandsOption allowCommands;

    @Override
    public Integer call() throws Exception {
        scene.requireFile(spec.commandLine());
        SceneWatcher watcher = new SceneWatcher(scene.file, output.checked(), options.overrides(scene.format()), allowCommands.programs(),
                options.settings(Runtime.getRuntime().availableProcessors()), spec.commandLine().getOut(), DEBOUNCE,
                round -> { }); // the log says what each round did
        Thread loop = Thread.currentThread();
        // Ctrl-C: stop watching, cut a render in progress short (its staging files are removed) and let it clean up.
        Thread hook = new Thread(() -> {
            watcher.stop();
            loop.interrupt();
            try {
                watcher.awaitStopped(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "convreel-watch-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            watcher.run();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: the JVM is on its way out
            }
        }
        return 0;
    }
}
