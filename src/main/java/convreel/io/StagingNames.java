package convreel.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hidden sibling names for staged outputs, which say which process owns them, and the rename that
 * puts a staged output in place.
 *
 * <p>A staging name carries its owner: {@code .intro.partial-4711-3fa2c1-1f3a9c.mp4} was made by
 * process 4711 on the machine (host name and PID namespace) whose tag is {@code 3fa2c1}. So a later
 * render that finds it can tell a file some live render is writing from one a killed render left
 * behind ({@link StaleStaging}), even when several machines or containers share the output folder.
 */
final class StagingNames {

    /**
     * Any staging name: ours ({@code .partial-} or {@code .old-}, the owner, a random suffix, an
     * extension), and the older owner-less form {@code .name.partial-1f3a9c} other stages still use.
     */
    private static final Pattern STAGING = Pattern.compile(
            "^\\..*\\.(?:partial|old)-(?:(\\d{1,10})-([0-9a-f]{6})-)?[0-9a-f]{1,16}(?:\\.[^.]*)?$");

    private static final long PID = ProcessHandle.current().pid();
    private static final String MACHINE = machineTag();

    private StagingNames() {
    }

    /** {@code .intro.partial-4711-3fa2c1-1f3a9c}: hidden, recognisable as unfinished, owned, unlikely to collide. */
    static String partial(String stem) {
        return "." + stem + ".partial-" + owner() + "-" + randomSuffix();
    }

    /** {@code .png.old-4711-3fa2c1-1f3a9c}: where a replaced directory waits while it is deleted. */
    static String old(String name) {
        return "." + name + ".old-" + owner() + "-" + randomSuffix();
    }

    /** Whether {@code name} is a staging name, this program's or another stage's. */
    static boolean isStaging(String name) {
        return STAGING.matcher(name).matches();
    }

    /**
     * The process that made the staging file {@code name}, if the name says and that process ran on
     * this machine: another machine's processes cannot be seen from here.
     */
    static Optional<Long> localOwner(String name) {
        Matcher matcher = STAGING.matcher(name);
        if (!matcher.matches() || matcher.group(1) == null || !matcher.group(2).equals(MACHINE)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(matcher.group(1)));
    }

    /** Whether this process made the staging file {@code name}. */
    static boolean ours(String name) {
        return localOwner(name).map(pid -> pid == PID).orElse(false);
    }

    /**
     * Renames {@code source} onto {@code target} in one step. Both are in the same directory, so the
     * rename is atomic on every local file system; the fallback covers file systems that refuse
     * {@code ATOMIC_MOVE} outright (some network mounts).
     */
    static void replace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException unsupported) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String owner() {
        return PID + "-" + MACHINE;
    }

    private static String randomSuffix() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(2);
    }

    /**
     * Six hex digits naming the machine and PID namespace: two containers on one host see different
     * processes under the same numbers, and so do two hosts; within one tag, a process number means
     * one process.
     */
    private static String machineTag() {
        String host = firstLine(Path.of("/proc/sys/kernel/hostname")).or(StagingNames::hostName).orElse("unknown host");
        String namespace;
        try {
            namespace = Files.readSymbolicLink(Path.of("/proc/self/ns/pid")).toString();
        } catch (IOException | UnsupportedOperationException | SecurityException noProcFileSystem) {
            namespace = "";
        }
        byte[] digest = Sha256.digest().digest((host + "\n" + namespace).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 3);
    }

    private static Optional<String> firstLine(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().map(String::strip);
        } catch (IOException | SecurityException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<String> hostName() {
        try {
            return Optional.of(java.net.InetAddress.getLocalHost().getHostName());
        } catch (IOException | SecurityException unknown) {
            return Optional.empty();
        }
    }
}
