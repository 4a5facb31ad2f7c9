package convreel.export.mp4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentCacheTest {
    @TempDir
    Path dir;

    @Test
    void trimmingDropsTheLeastRecentlyUsedSegmentsUntilTheCacheFits() throws IOException {
        SegmentCache cache = new SegmentCache(dir, 2500, Duration.ZERO);
        Path oldest = segment(cache, key('a'), 1000, Duration.ofHours(3));
        Path older = segment(cache, key('b'), 1000, Duration.ofHours(2));
        Path recent = segment(cache, key('c'), 1000, Duration.ofHours(1));
        cache.trim(List.of());
        assertFalse(Files.exists(oldest));
        assertTrue(Files.exists(older) && Files.exists(recent), "2000 bytes fit in 2500");
    }

    @Test
    void findingASegmentMarksItAsJustUsed() throws IOException {
        SegmentCache cache = new SegmentCache(dir, 1500, Duration.ZERO);
        Path first = segment(cache, key('a'), 1000, Duration.ofHours(3));
        Path second = segment(cache, key('b'), 1000, Duration.ofHours(2));
        assertEquals(SegmentCache.State.INTACT, cache.check(key('a')));
        cache.trim(List.of());
        assertTrue(Files.exists(first), "used a moment ago");
        assertFalse(Files.exists(second));
        assertFalse(Files.exists(cache.recordOf(key('b'))), "a segment's record goes with it");
        assertEquals(SegmentCache.State.ABSENT, cache.check(key('b')));
    }

    @Test
    void segmentsInUseAndRecentlyUsedAreKeptEvenOverTheLimit() throws IOException {
        SegmentCache cache = new SegmentCache(dir, 0, Duration.ofMinutes(10));
        Path inUse = segment(cache, key('a'), 1000, Duration.ofHours(3));
        Path recent = segment(cache, key('b'), 1000, Duration.ofMinutes(1));
        Path stale = segment(cache, key('c'), 1000, Duration.ofHours(1));
        cache.trim(List.of(key('a')));
        assertTrue(Files.exists(inUse));
        assertTrue(Files.exists(recent), "another render may be about to read it");
        assertFalse(Files.exists(stale));
    }

    @Test
    void staleStagingFilesOfKilledRendersAreDeletedAndFreshOnesKept() throws IOException {
        SegmentCache cache = new SegmentCache(dir, SegmentCache.DEFAULT_LIMIT_BYTES);
        Path stale = dir.resolve("." + key('a') + ".partial-1f3a9c.mp4");
        Path fresh = dir.resolve("." + key('b') + ".partial-2b4c6d.mp4");
        Files.write(stale, new byte[10]);
        Files.write(fresh, new byte[10]);
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofDays(1))));
        cache.trim(List.of());
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(fresh), "perhaps a render writing right now");
        assertEquals(SegmentCache.State.ABSENT, cache.check(key('b')), "a staging file is never taken for a segment");
    }

    @Test
    void aSegmentIsReusedOnlyWhileItsBytesHaveTheRecordedHash() throws IOException {
        SegmentCache cache = new SegmentCache(dir, SegmentCache.DEFAULT_LIMIT_BYTES);
        Path file = segment(cache, key('a'), 1000, Duration.ZERO);
        assertEquals(SegmentCache.State.INTACT, cache.check(key('a')));
        byte[] bytes = Files.readAllBytes(file);
        bytes[500] ^= 1;
        Files.write(file, bytes);
        assertEquals(SegmentCache.State.ALTERED, cache.check(key('a')), "one bit flipped");
        cache.record(key('a'), file);
        assertEquals(SegmentCache.State.INTACT, cache.check(key('a')));
        Files.delete(cache.recordOf(key('a')));
        assertEquals(SegmentCache.State.UNRECORDED, cache.check(key('a')), "no record, no trust");
        Files.writeString(cache.recordOf(key('a')), "not a hash  " + file.getFileName() + "\n");
        assertEquals(SegmentCache.State.UNRECORDED, cache.check(key('a')), "an unreadable record is no record");
    }

    @Test
    void recordsUseSha256sumsFormatSoTheFolderCanBeCheckedByHand() throws IOException {
        SegmentCache cache = new SegmentCache(dir, SegmentCache.DEFAULT_LIMIT_BYTES);
        Path file = cache.fileOf(key('a'));
        Files.writeString(file, "abc");
        cache.record(key('a'), file);
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  " + key('a') + ".mp4\n",
                Files.readString(cache.recordOf(key('a'))));
    }

    @Test
    void recordsLeftWithoutASegmentAreDeletedOnceNoWriterCanBeAboutToPutItInPlace() throws IOException {
        SegmentCache cache = new SegmentCache(dir, SegmentCache.DEFAULT_LIMIT_BYTES, Duration.ofMinutes(10));
        Path orphan = segment(cache, key('a'), 10, Duration.ofHours(1));
        Path young = segment(cache, key('b'), 10, Duration.ZERO);
        Files.delete(orphan);
        Files.delete(young);
        Files.setLastModifiedTime(cache.recordOf(key('a')), FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        cache.trim(List.of());
        assertFalse(Files.exists(cache.recordOf(key('a'))));
        assertTrue(Files.exists(cache.recordOf(key('b'))), "its segment may be about to be renamed into place");
    }

    @Test
    void keysAreSha256HexDigits() {
        SegmentCache cache = new SegmentCache(dir, 1);
        assertThrows(IllegalArgumentException.class, () -> cache.fileOf("../../etc/passwd"));
        assertEquals(dir.resolve(key('f') + ".mp4"), cache.fileOf(key('f')));
    }

    private static String key(char c) {
        return String.valueOf(c).repeat(64);
    }

    private static Path segment(SegmentCache cache, String key, int bytes, Duration age) throws IOException {
        Path file = cache.fileOf(key);
        byte[] content = new byte[bytes];
        new java.util.Random(key.hashCode()).nextBytes(content);
        Files.write(file, content);
        cache.record(key, file);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age)));
        return file;
    }
}
