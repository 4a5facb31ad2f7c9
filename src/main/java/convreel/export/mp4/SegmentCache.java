package convreel.export.mp4;

import convreel.io.Sha256;
import convreel.io.StagedOutput;
import convreel.io.StaleStaging;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Encoded segments kept between renders, one file per {@linkplain Segment#key() key}:
 * {@code <folder>/<key>.mp4}, and beside it {@code <key>.sha256}, the SHA-256 of the segment's bytes
 * recorded when it was written (in {@code sha256sum}'s format, so {@code sha256sum -c *.sha256} checks the
 * folder by hand). A segment is reused only while its bytes still have that hash ({@link #check}): one
 * damaged on disk, cut short, or replaced by another render's segment, even of the same length, is
 * encoded again rather than shown.
 *
 * <p>A segment is written under a hidden staging name, checked to be a whole MP4, hashed, and renamed
 * onto its key only then ({@link Mp4Sink} does this; the record is put in place just before the
 * segment), so an interrupted render leaves whole segments or staging files that are never read and
 * are removed once their owner is gone ({@link StaleStaging}).
 *
 * <p>The cache is capped: {@link #trim} deletes the least recently used segments (each use touches
 * the file's modification time) until the folder is under its limit. Segments used within the last
 * {@linkplain #gracePeriod grace period} are kept even over the limit, since another render that
 * shares the folder (a batch, another machine on a shared volume) may be about to read them.
 */
public final class SegmentCache {
    /** The default limit: about 70 renders of the default 4-minute scene. */
    public static final long DEFAULT_LIMIT_BYTES = 2L << 30;
    private static final String EXTENSION = ".mp4";
    private static final String RECORD_EXTENSION = ".sha256";

    /** What the cache holds under a key. */
    public enum State {
        /** A segment whose bytes have the hash recorded when it was written: safe to reuse. */
        INTACT,
        /** No segment. */
        ABSENT,
        /** A segment without a readable record of its hash: it cannot be trusted. */
        UNRECORDED,
        /** A segment whose bytes are not those that were written. */
        ALTERED;

        /** Whether a segment is there but must not be used. */
        public boolean damaged() {
            return this == UNRECORDED || this == ALTERED;
        }
    }

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
    public Path fileOf(String key) {
        if (!key.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a segment key is 64 hex digits, got '" + key + "'");
        }
        return folder.resolve(key + EXTENSION);
    }

    /** Where the hash of the segment with {@code key} is recorded. */
    public Path recordOf(String key) {
        return fileOf(key).resolveSibling(key + RECORD_EXTENSION);
    }

    /**
     * Whether the segment with {@code key} can be reused: it is there and its bytes have the hash
     * recorded when it was written. An intact segment is marked as just used.
     */
    public State check(String key) throws IOException {
        Path file = fileOf(key);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return State.ABSENT;
        }
        Optional<String> recorded = recordedHash(key);
        if (recorded.isEmpty()) {
            return State.UNRECORDED;
        }
        try {
            if (!recorded.get().equals(sha256(file))) {
                return State.ALTERED;
            }
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
            return State.INTACT;
        } catch (NoSuchFileException gone) {
            return State.ABSENT;
        }
    }

    /**
     * Records the hash of {@code staging}, the whole segment about to be put in place under {@code key}.
     * The record goes first: a segment without one is never reused, so a render stopped between the two
     * renames costs an encode, never a wrong picture.
     */
    void record(String key, Path staging) throws IOException {
        String line = sha256(staging) + "  " + fileOf(key).getFileName() + "\n";
        try (StagedOutput record = StagedOutput.file(recordOf(key))) {
            try {
                Files.writeString(record.staging(), line, StandardCharsets.US_ASCII);
            } catch (IOException e) {
                throw StorageLimitException.translate(record.target(), e);
            }
            record.commit();
        }
    }

    private Optional<String> recordedHash(String key) throws IOException {
        Path record = recordOf(key);
        String expected = "  " + fileOf(key).getFileName() + "\n";
        String text;
        try {
            if (!Files.isRegularFile(record, LinkOption.NOFOLLOW_LINKS) || Files.size(record) != 64 + expected.length()) {
                return Optional.empty();
            }
            text = Files.readString(record, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException | java.nio.charset.MalformedInputException unreadable) {
            return Optional.empty();
        }
        if (text.length() != 64 + expected.length() || !text.endsWith(expected)) {
            return Optional.empty();
        }
        String hash = text.substring(0, 64);
        return hash.matches("[0-9a-f]{64}") ? Optional.of(hash) : Optional.empty();
    }

    /** The SHA-256 of {@code file}'s bytes, in hex. */
    static String sha256(Path file) throws IOException {
        MessageDigest sha = Sha256.digest();
        Sha256.update(sha, file);
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Removes a segment that turned out to be unusable, and its record, so it is rendered again. */
    public void forget(String key) throws IOException {
        Files.deleteIfExists(fileOf(key));
        Files.deleteIfExists(recordOf(key));
    }

    /**
     * Deletes the least recently used segments (and their records) until the cache is within its
     * limit, never one of {@code inUse} nor one used within the grace period; deletes records left
     * without a segment and the staging files of renders that are gone.
     */
    public void trim(Collection<String> inUse) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        StaleStaging.sweep(folder);
        Set<String> keep = Set.copyOf(inUse);
        Instant now = Instant.now();
        Instant recent = now.minus(gracePeriod);
        List<Entry> segments = new ArrayList<>();
        List<Entry> records = new ArrayList<>();
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
                if (name.startsWith(".") || !attributes.isRegularFile()) {
                    continue;
                }
                if (name.endsWith(EXTENSION)) {
                    segments.add(new Entry(file, name.substring(0, name.length() - EXTENSION.length()), modified, attributes.size()));
                    total += attributes.size();
                } else if (name.endsWith(RECORD_EXTENSION)) {
                    records.add(new Entry(file, name.substring(0, name.length() - RECORD_EXTENSION.length()), modified, attributes.size()));
                }
            }
        }
        segments.sort(Comparator.comparing(Entry::used));
        Set<String> deleted = new HashSet<>();
        for (Entry segment : segments) {
            if (total <= limitBytes) {
                break;
            }
            if (keep.contains(segment.key()) || !segment.used().isBefore(recent)) {
                continue;
            }
            Files.deleteIfExists(segment.file());
            deleted.add(segment.key());
            total -= segment.bytes();
        }
        Set<String> present = new HashSet<>();
        segments.forEach(segment -> present.add(segment.key()));
        present.removeAll(deleted);
        for (Entry record : records) {
            // A record is written just before its segment: a young one may be waiting for it.
            if (!present.contains(record.key()) && (deleted.contains(record.key()) || record.used().isBefore(recent))) {
                Files.deleteIfExists(record.file());
            }
        }
    }

    private record Entry(Path file, String key, Instant used, long bytes) {
    }
}
