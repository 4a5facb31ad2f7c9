package convreel.export;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Encoded segments kept between renders, one file per {@linkplain Segment#key() key}:
 * {@code <folder>/<key>.mp4}. A segment is written under a hidden staging name and renamed onto its key
 * only when complete ({@link Mp4Sink} does this), so an interrupted render leaves either whole segments
 * or staging files that are never read, and removed by {@link #trim} once stale.
 *
 * <p>The cache is capped: {@link #trim} deletes the least recently used segments (each use touches
 * the file's modification time) until the folder is under its limit. Segments used within the last
 * {@linkplain #gracePeriod grace period} are kept even over the limit, since another render that
 * shares the folder (a batch, another machine on a shared volume) may be about to read them.
 */
public final class SegmentCache {
    /** The default limit: about 70 renders of the default 4-minute scene. */
    public static final long DEFAULT_LIMIT_BYTES = 2L << 30;
    /** Staging files older than this belong to a render that was killed; they are deleted. */
    private static final Duration STALE_STAGING = Duration.ofHours(6);
    private static final String EXTENSION = ".mp4";

    private final Path folder;
    private final long limitBytes;
    private final Duration gracePeriod;

    /** A cache in {@code folder} holding at most about {@code limitBytes}; recently used segments are kept for 10 minutes. */
    public SegmentCache(Path folder, long limitBytes) {
        this(folder, limitBytes, Duration.ofMinutes(10));
    }

    SegmentCache(Path folder, long limitBytes, Duration gracePeriod) {
        this.folder = Objects.requireNonNull(folder, "folder").toAbsolutePath().normalize();
        if (limitBytes < 0) {
            throw new IllegalArgumentException("a cache limit cannot be negative, got " + limitBytes);
        }
        this.limitBytes = limitBytes;
        this.gracePeriod = Objects.requireNonNull(gracePeriod, "gracePeriod");
    }

    public Path folder() {
        return folder;
    }

    /** Where the segment with {@code key} is, or goes. */
    Path fileOf(String key) {
        if (!key.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a segment key is 64 hex digits, got '" + key + "'");
        }
        return folder.resolve(key + EXTENSION);
    }

    /** The segment with {@code key}, if the cache holds it; marks it as just used. */
    Optional<Path> find(String key) throws IOException {
        Path file = fileOf(key);
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
            return Optional.of(file);
        } catch (NoSuchFileException missing) {
            return Optional.empty();
        }
    }

    /** Removes a segment that turned out to be unreadable, so it is rendered again. */
    void forget(String key) throws IOException {
        Files.deleteIfExists(fileOf(key));
    }

    /**
     * Deletes the least recently used segments until the cache is within its limit, never one of
     * {@code inUse} nor one used within the grace period; and deletes stale staging files.
     */
    void trim(Collection<String> inUse) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        Set<String> keep = Set.copyOf(inUse);
        Instant now = Instant.now();
        List<Entry> segments = new ArrayList<>();
        long total = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                BasicFileAttributes attributes;
                try {
                    attributes = Files.readAttributes(file, BasicFileAttributes.class);
                } catch (NoSuchFileException gone) {
                    continue;
                }
                String name = file.getFileName().toString();
                Instant modified = attributes.lastModifiedTime().toInstant();
                if (name.startsWith(".")) {
                    if (name.contains(".partial-") && modified.isBefore(now.minus(STALE_STAGING))) {
                        Files.deleteIfExists(file);
                    }
                    continue;
                }
                if (!attributes.isRegularFile() || !name.endsWith(EXTENSION)) {
                    continue;
                }
                segments.add(new Entry(file, name.substring(0, name.length() - EXTENSION.length()), modified, attributes.size()));
                total += attributes.size();
            }
        }
        segments.sort(Comparator.comparing(Entry::used));
        Instant recent = now.minus(gracePeriod);
        for (Entry segment : segments) {
            if (total <= limitBytes) {
                break;
            }
            if (keep.contains(segment.key()) || !segment.used().isBefore(recent)) {
                continue;
            }
            Files.deleteIfExists(segment.file());
            total -= segment.bytes();
        }
    }

    private record Entry(Path file, String key, Instant used, long bytes) {
    }
}
