package convreel.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How to start convreel again as this process was started: through the launcher that started it (which
 * chooses the JVM's settings for each command), or else the same Java with its options and class path.
 */
final class ThisProgram {
    /** The system property the launcher sets to its own path. */
    private static final String LAUNCHER_PROPERTY = "convreel.launcher";

    private ThisProgram() {
    }

    /** The command line up to convreel's own arguments. */
    static List<String> command() {
        String launcher = System.getProperty(LAUNCHER_PROPERTY);
        if (launcher != null && Files.isExecutable(Path.of(launcher))) {
            return List.of(launcher);
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        return command;
    }
}
