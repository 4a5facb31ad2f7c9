package convreel.export.mp4;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A write refused because the disk is full or the process's file size limit ({@code ulimit -f}) was
 * reached. Running again may help once there is room, so it is an ordinary failure (exit code 1), said
 * in words: {@code cannot write output/intro.mp4: the disk holding output/ is full}, not FFmpeg's
 * {@code avformat_write_header error() error -28}.
 */
public final class StorageLimitException extends IOException {

    /** Which limit the write ran into. */
    public enum Limit {
        /** No space left on the device ({@code ENOSPC}). */
        DISK_FULL,
        /** The file would exceed the process's file size limit ({@code EFBIG}). */
        FILE_SIZE
    }

    /** How JavaCV reports FFmpeg's error codes: {@code ... error() error -28: ...}, {@code ... error -27 while ...}. */
    private static final Pattern FFMPEG_ERROR = Pattern.compile("\\berror (-\\d{1,4})\\b");
    /** errno values, the same on Linux and macOS; FFmpeg reports them negated (AVERROR). */
    private static final int ENOSPC = 28;
    private static final int EFBIG = 27;

    private final Limit limit;

    private StorageLimitException(Limit limit, Path file, Throwable cause) {
        super(message(limit, file), cause);
        this.limit = limit;
    }

    public Limit limit() {
        return limit;
    }

    /**
     * {@code failure}, met while writing {@code file}, as a {@code StorageLimitException} if a full disk
     * or the file size limit caused it (in Java's words or FFmpeg's error code); else {@code failure}.
     */
    static IOException translate(Path file, IOException failure) {
        if (failure instanceof StorageLimitException) {
            return failure;
        }
        return recognise(failure).<IOException>map(limit -> new StorageLimitException(limit, file, failure)).orElse(failure);
    }

    /** The limit that caused {@code failure} or one of its causes, if any did. */
    static Optional<Limit> recognise(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StorageLimitException known) {
                return Optional.of(known.limit);
            }
            String message = cause.getMessage();
            if (message == null) {
                continue;
            }
            if (message.contains("No space left on device")) {
                return Optional.of(Limit.DISK_FULL);
            }
            if (message.contains("File too large")) {
                return Optional.of(Limit.FILE_SIZE);
            }
            Matcher code = FFMPEG_ERROR.matcher(message);
            while (code.find()) {
                int errno = -Integer.parseInt(code.group(1));
                if (errno == ENOSPC) {
                    return Optional.of(Limit.DISK_FULL);
                }
                if (errno == EFBIG) {
                    return Optional.of(Limit.FILE_SIZE);
                }
            }
        }
        return Optional.empty();
    }

    private static String message(Limit limit, Path file) {
        Path shown = shown(Objects.requireNonNull(file, "file"));
        Path folder = shown.getParent();
        switch (limit) {
            case DISK_FULL:
                return "cannot write " + shown + ": the disk holding " + (folder == null ? "." : folder) + "/ is full;"
                        + " free some space and run again";
            case FILE_SIZE:
                return "cannot write " + shown + ": file size limit reached (ulimit -f); raise it and run again";
            default:
                throw new IllegalArgumentException("unknown limit " + limit);
        }
    }

    /** {@code file} as the user named it: relative to the working folder if it lies inside it. */
    static Path shown(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        return absolute.startsWith(here) && !absolute.equals(here) ? here.relativize(absolute) : absolute;
    }
}
