package convreel.export.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.export.mp4.Segment;
import convreel.export.mp4.SegmentCache;
import convreel.model.Scene;
import convreel.testing.DecodedVideo;
import convreel.testing.SmallScenes;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cached segment whose bytes are not those that were written is never joined into a video: it is
 * encoded again, and the render says so.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CachePoisoningTest {
    private static final String CAPTION = "Kernel বাম থেকে ডানে যায়";
    private static final String OTHER_CAPTION = "x";
    private static final String PROGRAM = "convreel test";
    /** The slide, whose caption the two scenes differ in. */
    private static final int SLIDE = 2;

    @TempDir
    Path dir;

    @Test
    void aFlippedByteInACachedSegmentsPicturesIsEncodedAgain() throws IOException {
        Scene scene = SmallScenes.fourBeats(dir.resolve("a"), CAPTION);
        SegmentCache cache = cache();
        Path reference = dir.resolve("reference.mp4");
        List<Segment> segments = render(scene, reference, cache).segments();
        Path segment = cache.fileOf(segments.get(1).key());
        byte[] bytes = Files.readAllBytes(segment);
        long[] media = mediaData(bytes);
        int inside = (int) (media[0] + media[1] / 2);
        bytes[inside] ^= (byte) 0x5a;
        Files.write(segment, bytes);

        Path video = dir.resolve("video.mp4");
        CacheUse use = render(scene, video, cache);
        assertEquals(List.of(1), use.renderedBeats(), "only the damaged beat is encoded");
        assertEquals(List.of(1), use.damagedBeats(), "and the render says why");
        assertArrayEquals(Files.readAllBytes(reference), Files.readAllBytes(video), "the video of an undamaged cache");
        assertEquals(SmallScenes.timeline(scene).frameCount(), DecodedVideo.frames(video).size());
        assertEquals(SegmentCache.State.INTACT, cache.check(segments.get(1).key()), "the cache is whole again");
    }

    @Test
    void aValidSegmentOfTheSameLengthFromAnotherRenderIsNotReused() throws IOException {
        SegmentCache cache = cache();
        Scene first = SmallScenes.fourBeats(dir.resolve("a"), CAPTION);
        Scene second = SmallScenes.fourBeats(dir.resolve("b"), OTHER_CAPTION);
        Path firstVideo = dir.resolve("first.mp4");
        Path secondVideo = dir.resolve("second.mp4");
        Segment firstSlide = render(first, firstVideo, cache).segments().get(SLIDE);
        Segment secondSlide = render(second, secondVideo, cache).segments().get(SLIDE);
        byte[] firstBytes = Files.readAllBytes(cache.fileOf(firstSlide.key()));
        byte[] secondBytes = Files.readAllBytes(cache.fileOf(secondSlide.key()));
        // The longer slide's file gets the shorter one's bytes, made just as long by an MP4 'free' box,
        // which players skip: a valid segment of the right size showing the other scene's caption.
        boolean firstLonger = firstBytes.length > secondBytes.length;
        Scene victim = firstLonger ? first : second;
        Segment replaced = firstLonger ? firstSlide : secondSlide;
        byte[] shorter = firstLonger ? secondBytes : firstBytes;
        byte[] longer = firstLonger ? firstBytes : secondBytes;
        Path reference = firstLonger ? firstVideo : secondVideo;
        assertTrue(longer.length - shorter.length >= 8, "room for a free box: " + longer.length + " vs " + shorter.length);
        byte[] swapped = Arrays.copyOf(shorter, longer.length);
        ByteBuffer.wrap(swapped, shorter.length, 8).putInt(longer.length - shorter.length)
                .put("free".getBytes(StandardCharsets.US_ASCII));
        Path file = cache.fileOf(replaced.key());
        Files.write(file, swapped);
        assertEquals(replaced.frameCount(), DecodedVideo.frames(file).size(), "the swapped-in segment is a valid video");

        Path video = dir.resolve("video.mp4");
        CacheUse use = render(victim, video, cache);
        assertEquals(List.of(SLIDE), use.renderedBeats());
        assertEquals(List.of(SLIDE), use.damagedBeats());
        assertArrayEquals(Files.readAllBytes(reference), Files.readAllBytes(video), "its own caption, not the other scene's");
    }

    @Test
    void aSegmentWithoutARecordOfItsHashIsEncodedAgain() throws IOException {
        Scene scene = SmallScenes.fourBeats(dir.resolve("a"), CAPTION);
        SegmentCache cache = cache();
        Path reference = dir.resolve("reference.mp4");
        List<Segment> segments = render(scene, reference, cache).segments();
        Files.delete(cache.recordOf(segments.get(3).key()));

        Path video = dir.resolve("video.mp4");
        CacheUse use = render(scene, video, cache);
        assertEquals(List.of(3), use.renderedBeats());
        assertEquals(List.of(3), use.damagedBeats());
        assertArrayEquals(Files.readAllBytes(reference), Files.readAllBytes(video));
    }

    /** The offset and length of the payload of the {@code mdat} box, the encoded pictures. */
    private static long[] mediaData(byte[] mp4) {
        ByteBuffer buffer = ByteBuffer.wrap(mp4);
        int offset = 0;
        while (offset + 8 <= mp4.length) {
            long size = Integer.toUnsignedLong(buffer.getInt(offset));
            String type = new String(mp4, offset + 4, 4, StandardCharsets.US_ASCII);
            int header = 8;
            if (size == 1) {
                size = buffer.getLong(offset + 8);
                header = 16;
            }
            if (type.equals("mdat")) {
                return new long[] {offset + header, size - header};
            }
            offset += (int) size;
        }
        throw new AssertionError("no mdat box");
    }

    private CacheUse render(Scene scene, Path video, SegmentCache cache) throws IOException {
        return SmallScenes.render(scene, 2).cachedVideo(video, "veryfast", cache, PROGRAM, null, null, done -> { });
    }

    private SegmentCache cache() throws IOException {
        return new SegmentCache(Files.createTempDirectory(dir, "cache"), SegmentCache.DEFAULT_LIMIT_BYTES);
    }
}
