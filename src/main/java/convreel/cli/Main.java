package convreel.cli;

import convreel.io.StagingRegistry;
import convreel.paint.FontWarmUp;
import convreel.script.SceneException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code convreel} command: sub-commands, and the mapping from failures to messages and exit codes. */
@Command(name = "convreel",
        mixinStandardHelpOptions = true,
        version = "convreel 0.1.0",
        description = "Renders a YAML scene script into a Bangla-captioned explainer video about convolution.")
public final class Main implements Runnable {
    /** The sub-commands, in the order the usage help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(RenderCommand.class, BatchCommand.class, WatchCommand.class,
            FrameCommand.class, InspectCommand.class, ValidateCommand.class, BenchCommand.class, SchemaCommand.class,
            StudioCommand.class);

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
        // Every sub-command but schema lays a scene out, and so shapes text.
        if (named(args).filter(command -> command != SchemaCommand.class).isPresent()) {
            FontWarmUp.start();
        }
        int code;
        try {
            code = commandLine(args).execute(args);
        } catch (StackOverflowError | OutOfMemoryError exhausted) {
            // Not an Exception, so picocli lets it through; it still gets a message rather than a stack trace.
            System.err.println("convreel: " + (exhausted instanceof OutOfMemoryError
                    ? "ran out of memory (" + exhausted.getMessage() + "); give Java more, as in CONVREEL_JAVA_OPTS=-Xmx1g ./convreel ..."
                    : "ran out of stack space (StackOverflowError)"));
            code = EXIT_FAILURE;
        }
        System.exit(code);
    }

    /**
     * The configured command line for {@code args}, also what tests run. picocli reads a sub-command's
     * options by reflection when it is added, a tenth of the processor time of a short command such as
     * {@code validate}: so when {@code args} name a sub-command, it alone is added. Otherwise (no
     * sub-command, a misspelt one, help) all are, so that usage lists them and a misspelling finds its
     * nearest.
     */
    static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new Main());
        Optional<Class<?>> named = named(args);
        for (Class<?> command : COMMANDS) {
            if (named.isEmpty() || named.get() == command) {
                cli.addSubcommand(command);
            }
        }
        cli.setExecutionExceptionHandler(Main::report);
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        return cli;
    }

    /** The sub-command {@code args} name: their first word that is not an option, if it is one's name. */
    private static Optional<Class<?>> named(String... args) {
        return Arrays.stream(args).filter(arg -> !arg.startsWith("-")).findFirst()
                .flatMap(word -> COMMANDS.stream().filter(command -> name(command).equals(word)).findFirst());
    }

    private static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    /** Whether {@code --debug} was given, before the sub-command or after it. */
    static boolean debug(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult command = parsed; command != null; command = command.subcommand()) {
            if (command.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Scene errors print as the compiler-style message alone, impossible requests on the command line
     * as one line (both exit 2: the user must change something); other failures as one line, exit 1.
     */
    private static int report(Exception failure, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        boolean userInput = failure instanceof SceneException || failure instanceof UsageException;
        if (failure instanceof SceneException) {
            err.println(failure.getMessage());
        } else {
            err.println("convreel: " + describe(failure));
        }
        if (debug(parsed)) {
            failure.printStackTrace(err);
        }
        err.flush();
        return userInput ? EXIT_BAD_INPUT : EXIT_FAILURE;
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }
}
