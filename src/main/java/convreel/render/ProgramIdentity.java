package convreel.render;

import convreel.io.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which convreel is running, as a short string that changes whenever its output could: a SHA-256 of
 * the code it was loaded from (the {@code convreel.jar}, which also carries the fonts and the pom that
 * pins FFmpeg and the other libraries; or, when run from a build folder, every file in it) and the
 * Java runtime's version (the JDK's rasteriser and text shaper draw the frames).
 *
 * <p>A content hash rather than the jar's modification time: a release unpacked from an archive keeps
 * its build time, which may be older than videos rendered by the release before it.
 */
public final class ProgramIdentity {

    private ProgramIdentity() {
    }

    /** Computed once per process: the code that is running does not change while it runs. */
    private static final class Current {
        static final String VALUE = of(ProgramIdentity.class.getProtectionDomain().getCodeSource());
    }

    /** The running program's identity, such as {@code sha256:1f3a9c0d52e47b18 java:17.0.15+6}. */
    public static String current() {
        return Current.VALUE;
    }

    static String of(CodeSource source) {
        String java = "java:" + Runtime.version();
        if (source == null || source.getLocation() == null) {
            return "unknown-code " + java;
        }
        Path code;
        try {
            code = Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException notAFile) {
            return source.getLocation() + " " + java;
        }
        return "sha256:" + digest(code) + " " + java;
    }

    /** The first 16 hex digits of the SHA-256 of a file, or of a folder's file names and contents. */
    public static String digest(Path code) {
        MessageDigest sha = Sha256.digest();
        try {
            if (Files.isDirectory(code)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(code)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path file : files) {
                    sha.update(code.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                    Sha256.update(sha, file);
                }
            } else {
                Sha256.update(sha, code);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read convreel's own code at " + code, e);
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }


}
