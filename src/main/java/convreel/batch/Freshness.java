package convreel.batch;

import convreel.io.StagedOutput;
import convreel.render.PreparedRender;
import convreel.render.ProgramIdentity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Objects;

/**
 * Decides whether a video can be skipped, and records what made it.
 *
 * <p>A video is up to date when it is newer than every input file of its scene (see
 * {@link PreparedRender#inputs()}) and the same convreel made it. The second half is a stamp: after
 * each render the batch writes {@code <out>/.convreel/<video name>.stamp} holding the
 * {@linkplain ProgramIdentity program's identity} and the video's size and modification time. A
 * video without a matching stamp (made by another version, by {@code convreel render}, or replaced
 * by hand since) is rendered again. A missing or unreadable input is never up to date: the render
 * reports what is wrong with it.
 */
public final class Freshness {

    /** The hidden folder, inside the output folder, that holds the stamps. */
    public static final String STAMP_FOLDER = ".convreel";

    private final String program;

    /** {@code program} is the identity of the convreel that renders now, usually {@link ProgramIdentity#current()}. */
    public Freshness(String program) {
        this.program = Objects.requireNonNull(program, "program");
    }

    /** Whether {@code video} exists, is newer than every one of {@code inputs}, and was made by this program. */
    public boolean isUpToDate(Path video, List<Path> inputs) {
        BasicFileAttributes built;
        try {
            built = Files.readAttributes(video, BasicFileAttributes.class);
        } catch (IOException missing) {
            return false;
        }
        if (!built.isRegularFile()) {
            return false;
        }
        for (Path input : inputs) {
            try {
                if (Files.getLastModifiedTime(input).compareTo(built.lastModifiedTime()) >= 0) {
                    return false;
                }
            } catch (IOException unreadable) {
                return false;
            }
        }
        try {
            return Files.readString(stampOf(video), StandardCharsets.UTF_8).equals(stamp(built));
        } catch (IOException noStamp) {
            return false;
        }
    }

    /** Writes the stamp of {@code video}, which was just rendered by this program. */
    public void recordBuilt(Path video) throws IOException {
        BasicFileAttributes built = Files.readAttributes(video, BasicFileAttributes.class);
        // Staged, so a reader never sees half a stamp (which would only cost a render).
        try (StagedOutput stamp = StagedOutput.file(stampOf(video))) {
            Files.writeString(stamp.staging(), stamp(built), StandardCharsets.UTF_8);
            stamp.commit();
        }
    }

    /** {@code <folder>/.convreel/<name>.stamp} for {@code <folder>/<name>}. */
    static Path stampOf(Path video) {
        Path absolute = video.toAbsolutePath().normalize();
        return absolute.resolveSibling(STAMP_FOLDER).resolve(absolute.getFileName() + ".stamp");
    }

    private String stamp(BasicFileAttributes video) {
        FileTime modified = video.lastModifiedTime();
        return "program " + program + "\nsize " + video.size() + "\nmodified " + modified.toMillis() + "\n";
    }
}
