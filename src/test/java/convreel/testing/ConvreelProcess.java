package convreel.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The convreel command line in a JVM of its own, started as a user starts it, for what only a whole
 * process shows: signals, a file size limit, exit codes. It runs on the tests' class path.
 */
public final class ConvreelProcess {
    private final Process process;
    private final CompletableFuture<String> out;
    private final CompletableFuture<String> err;

    private ConvreelProcess(Process process) {
        this.process = process;
        // Both pipes are drained all along, so the child never blocks on a full one (the progress bar writes a lot).
        this.out = CompletableFuture.supplyAsync(() -> drain(process.getInputStream()));
        this.err = CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()));
    }

    /** Starts {@code convreel args...} in {@code folder}. */
    public static ConvreelProcess start(Path folder, String... args) throws IOException {
        return new ConvreelProcess(new ProcessBuilder(command(List.of(), args)).directory(folder.toFile()).start());
    }

    /** Starts {@code convreel args...} in {@code folder}, its JVM given {@code jvmOptions}. */
    public static ConvreelProcess start(Path folder, List<String> jvmOptions, String... args) throws IOException {
        return new ConvreelProcess(new ProcessBuilder(command(jvmOptions, args)).directory(folder.toFile()).start());
    }

    /**
     * Starts {@code convreel args...} in {@code folder} with no file it writes allowed to grow beyond
     * {@code bytes} ({@code ulimit -f}, which POSIX shells count in 512-byte blocks). The JVM ignores
     * {@code SIGXFSZ}, so a write past the limit fails with {@code EFBIG} instead of killing it.
     */
    public static ConvreelProcess startWithFileSizeLimit(Path folder, long bytes, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", "ulimit -f " + bytes / 512 + " && exec \"$@\"", "sh"));
        command.addAll(command(List.of(), args));
        return new ConvreelProcess(new ProcessBuilder(command).directory(folder.toFile()).start());
    }

    private static List<String> command(List<String> jvmOptions, String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // No hsperfdata file in /tmp: under a file size limit the child should write only what convreel writes.
        List<String> command = new ArrayList<>(List.of(java, "-Djava.awt.headless=true", "-XX:-UsePerfData"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "convreel.cli.Main"));
        command.addAll(List.of(args));
        return command;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Sends {@code SIGTERM}, as {@code kill} or a container runtime stopping a job does. */
    public void terminate() {
        process.destroy();
    }

    /** Waits for the process to end; returns its exit code. */
    public int await(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("convreel did not end within " + seconds + " s; stderr: " + err());
        }
        return process.exitValue();
    }

    public String out() {
        return text(out, 10);
    }

    public String err() {
        return text(err, 10);
    }

    private static String text(CompletableFuture<String> stream, int seconds) {
        try {
            return stream.get(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            return "(unreadable: " + e + ")";
        }
    }

    private static String drain(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every staging file or folder under {@code root}, at any depth: what a render must never leave behind. */
    public static List<Path> stagingUnder(Path root) throws IOException {
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(p -> {
                String name = p.getFileName().toString();
                return name.contains(".partial-") || name.contains(".old-");
            }).toList();
        }
    }

    /** A scene of four beats, {@code seconds} each, written to {@code folder/name.yaml}. */
    public static Path scene(Path folder, String name, double seconds) throws IOException {
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve(name + ".yaml"),
                SmallScenes.fourBeatsYaml("Kernel বাম থেকে ডানে যায়", seconds, seconds, seconds, seconds));
    }
}
