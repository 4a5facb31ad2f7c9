package convreel.audio;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a text-to-speech program with an argument list (never through a shell), optionally feeding
 * text to its standard input, and keeps the end of what it printed for error messages.
 */
final class ExternalProgram {
    /** Characters of the program's output quoted in an error message. */
    private static final int OUTPUT_TAIL = 600;

    /** How a run ended. */
    record Result(int exitCode, String outputTail) {
    }

    /** The program could not be started at all: usually it is not installed. */
    static final class NotStarted extends Exception {
        private static final long serialVersionUID = 1L;

        NotStarted(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The program ran past its time limit and was stopped. */
    static final class TimedOut extends Exception {
        private static final long serialVersionUID = 1L;

        TimedOut(String outputTail) {
            super(outputTail);
        }
    }

    private ExternalProgram() {
    }

    /**
     * Runs {@code command} in {@code workDirectory}; its output and errors go to a log file there,
     * deleted afterwards. {@code stdin} (may be null) is written as UTF-8 and the stream closed.
     */
    static Result run(List<String> command, String stdin, Path workDirectory, Duration limit)
            throws NotStarted, TimedOut, IOException {
        Path log = Files.createTempFile(workDirectory, ".tts-", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Process process;
            try {
                process = builder.start();
            } catch (IOException e) {
                throw new NotStarted(e.getMessage(), e);
            }
            try {
                try (OutputStream in = process.getOutputStream()) {
                    if (stdin != null) {
                        in.write(stdin.getBytes(StandardCharsets.UTF_8));
                    }
                } catch (IOException closedEarly) {
                    // the program exited without reading its input; its exit code will tell
                }
                if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                    process.waitFor(5, TimeUnit.SECONDS);
                    throw new TimedOut(tail(log));
                }
                return new Result(process.exitValue(), tail(log));
            } catch (InterruptedException e) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for " + command.get(0), e);
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static String tail(Path log) throws IOException {
        String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).strip();
        if (text.length() > OUTPUT_TAIL) {
            text = "…" + text.substring(text.length() - OUTPUT_TAIL);
        }
        return text;
    }
}
