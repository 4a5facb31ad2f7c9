package convreel.cli;

import convreel.export.StagingRegistry;
import convreel.script.SceneException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code convreel} command: sub-commands, and the mapping from failures to messages and exit codes. */
@Command(name = "convreel",
        mixinStandardHelpOptions = true,
        version = "convreel 0.1.0",
        description = "Renders a YAML scene script into a Bangla-captioned explainer video about convolution.",
        subcommands = {RenderCommand.class, BatchCommand.class, WatchCommand.class, FrameCommand.class, InspectCommand.class,
                ValidateCommand.class, BenchCommand.class})
public final class Main implements Runnable {
    /** A scene file or command line that is wrong: the user can fix it. */
    static final int EXIT_BAD_INPUT = 2;
    /** Anything else: a disk that is full, an encoder that failed. */
    static final int EXIT_FAILURE = 1;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT, description = "Print stack traces of failures.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        // Ctrl-C or SIGTERM mid-render: the half-written outputs go, the previous ones stay.
        StagingRegistry.deleteOnShutdown();
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also what tests run. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(Main::report);
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        return cli;
    }

    /** Scene errors print as the compiler-style message alone; other failures as one line. */
    private static int report(Exception failure, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        boolean debug = parsed.hasMatchedOption("--debug");
        if (failure instanceof SceneException) {
            err.println(failure.getMessage());
        } else {
            err.println("convreel: " + describe(failure));
        }
        if (debug) {
            failure.printStackTrace(err);
        }
        err.flush();
        return failure instanceof SceneException ? EXIT_BAD_INPUT : EXIT_FAILURE;
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }
}
