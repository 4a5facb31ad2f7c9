package convreel.export.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.export.mp4.Mp4Sink;
import convreel.export.mp4.Segment;
import convreel.export.mp4.SegmentCache;
import convreel.export.mp4.VideoSpec;
import convreel.model.Scene;
import convreel.paint.Theme;
import convreel.testing.DecodedVideo;
import convreel.testing.ImageDifference;
import convreel.testing.SmallScenes;
import java.awt.Color;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rendering through the cache of per-beat segments: what is reused, what is encoded again, and that the
 * video is the one a render without the cache gives.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CachedRenderTest {
    private static final String CAPTION = "Kernel বাম থেকে ডানে যায়";
    private static final String PROGRAM = "convreel test";

    @TempDir
    Path dir;

    @Test
    void aCachedRenderIsTheVideoAStraightRenderGives() throws IOException {
        Scene scene = SmallScenes.fourBeats(dir, CAPTION);
        Path cached = dir.resolve("cached.mp4");
        Path straight = dir.resolve("straight.mp4");
        CacheUse use = cachedRender(scene, cached, cache());
        assertEquals(4, use.segments().size(), "one segment per beat");
        assertEquals(List.of(0, 1, 2, 3), use.renderedBeats(), "a cold cache encodes every beat");
        SmallScenes.render(scene, 2).video(Mp4Sink.open(straight, VideoSpec.of(SmallScenes.WIDTH, SmallScenes.HEIGHT, 30)), done -> { });

        List<DecodedVideo.DecodedFrame> joined = DecodedVideo.frames(cached);
        List<DecodedVideo.DecodedFrame> whole = DecodedVideo.frames(straight);
        int frames = SmallScenes.timeline(scene).frameCount();
        assertEquals(frames, joined.size(), "frame count");
        assertEquals(frames, whole.size());
        for (int i = 0; i < frames; i++) {
            assertEquals(whole.get(i).timestampMicros(), joined.get(i).timestampMicros(), "timestamp of frame " + i);
            ImageDifference difference = ImageDifference.between(whole.get(i).image(), joined.get(i).image());
            // Both are CRF 18 encodings of the same pictures, with keyframes in other places; a
            // keyframe that lands while the camera moves costs a decibel or two.
            assertTrue(difference.psnr() > 38, "frame " + i + " PSNR " + difference.psnr());
        }
    }

    @Test
    void aSecondRenderReusesEverySegmentAndWritesTheSameBytes() throws IOException {
        Scene scene = SmallScenes.fourBeats(dir, CAPTION);
        SegmentCache cache = cache();
        Path first = dir.resolve("first.mp4");
        Path second = dir.resolve("second.mp4");
        cachedRender(scene, first, cache);
        CacheUse use = cachedRender(scene, second, cache);
        assertEquals(List.of(), use.renderedBeats());
        assertEquals(4, use.reused().size());
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second), "segments are copied, not re-encoded");
    }

    @Test
    void twoEncodersAtOnceWriteTheSegmentsOneEncoderWrites() throws IOException {
        Scene scene = SmallScenes.fourBeats(dir, CAPTION);
        Path one = dir.resolve("one.mp4");
        Path two = dir.resolve("two.mp4");
        List<Integer> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        cachedRender(scene, one, cache());
        CacheUse use = SmallScenes.render(scene, 2).withEncoders(2)
                .cachedVideo(two, "veryfast", cache(), PROGRAM, null, null, heard::add);
        assertEquals(List.of(0, 1, 2, 3), use.renderedBeats(), "every beat encoded, by one encoder or the other");
        // x264 is deterministic, and each segment has an encoder of its own either way.
        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(two), "the same video, byte for byte");
        int frames = SmallScenes.timeline(scene).frameCount();
        assertEquals(frames, heard.get(heard.size() - 1), "progress ends at every frame");
        for (int k = 1; k < heard.size(); k++) {
            assertTrue(heard.get(k) > heard.get(k - 1), "progress only grows: " + heard);
        }
    }

    @Test
    void changingOneCaptionEncodesOnlyThatBeat() throws IOException {
        SegmentCache cache = cache();
        cachedRender(SmallScenes.fourBeats(dir.resolve("a"), CAPTION), dir.resolve("a.mp4"), cache);
        CacheUse use = cachedRender(SmallScenes.fourBeats(dir.resolve("b"), "Kernel ডানে যায়"), dir.resolve("b.mp4"), cache);
        assertEquals(List.of(2), use.renderedBeats(), "only the slide, whose caption changed");
        assertEquals(3, use.reused().size());
        assertEquals(SmallScenes.timeline(SmallScenes.fourBeats(dir.resolve("c"), "x")).frameCount(),
                DecodedVideo.frames(dir.resolve("b.mp4")).size());
    }

    @Test
    void changingTheThemeOrTheFrameSizeEncodesEveryBeat() throws IOException {
        Scene scene = SmallScenes.fourBeats(dir, CAPTION);
        SegmentCache cache = cache();
        cachedRender(scene, dir.resolve("standard.mp4"), cache);
        Theme standard = Theme.standard();
        Theme lighter = new Theme(new Color(0x1E1B4B), standard.panel(), standard.gridLine(), standard.text(),
                standard.mutedText(), standard.accent(), standard.window(), standard.kernel(), standard.positive(),
                standard.negative(), standard.padding(), standard.captionSize(), standard.labelSize(),
                standard.mathSize(), standard.titleSize(), standard.hookSize());
        CacheUse themed = SmallScenes.render(scene, lighter, SmallScenes.WIDTH, SmallScenes.HEIGHT, 2)
                .cachedVideo(dir.resolve("themed.mp4"), "veryfast", cache, PROGRAM, null, null, done -> { });
        assertEquals(List.of(0, 1, 2, 3), themed.renderedBeats(), "another background colour");
        CacheUse larger = SmallScenes.render(scene, standard, 384, 216, 2)
                .cachedVideo(dir.resolve("larger.mp4"), "veryfast", cache, PROGRAM, null, null, done -> { });
        assertEquals(List.of(0, 1, 2, 3), larger.renderedBeats(), "another frame size");
        CacheUse faster = SmallScenes.render(scene, 2)
                .cachedVideo(dir.resolve("draft.mp4"), "ultrafast", cache, PROGRAM, null, null, done -> { });
        assertEquals(List.of(0, 1, 2, 3), faster.renderedBeats(), "another encoder preset");
        CacheUse newer = SmallScenes.render(scene, 2)
                .cachedVideo(dir.resolve("newer.mp4"), "veryfast", cache, "convreel next", null, null, done -> { });
        assertEquals(List.of(0, 1, 2, 3), newer.renderedBeats(), "another version of the program");
    }

    @Test
    void anInterruptedRenderLeavesWholeSegmentsThatTheNextRenderUses() throws IOException {
        Scene scene = SmallScenes.fourBeats(dir, CAPTION);
        SegmentCache cache = cache();
        Path video = dir.resolve("video.mp4");
        List<Segment> segments = cachedRender(scene, dir.resolve("reference.mp4"), cache()).segments();
        int stopAt = segments.get(2).firstFrame() + 3;
        try {
            assertThrows(InterruptedIOException.class, () -> SmallScenes.render(scene, 2)
                    .cachedVideo(video, "veryfast", cache, PROGRAM, null, null, done -> {
                        if (done == stopAt) {
                            Thread.currentThread().interrupt();
                        }
                    }));
        } finally {
            Thread.interrupted();
        }
        assertFalse(Files.exists(video), "no video from an interrupted render");
        assertEquals(Stream.of(segments.get(0).key() + ".mp4", segments.get(0).key() + ".sha256",
                segments.get(1).key() + ".mp4", segments.get(1).key() + ".sha256").sorted().toList(), files(cache.folder()),
                "the two segments finished before the interrupt, their records, and no partial file");
        CacheUse resumed = cachedRender(scene, video, cache);
        assertEquals(List.of(2, 3), resumed.renderedBeats());
        assertArrayEquals(Files.readAllBytes(dir.resolve("reference.mp4")), Files.readAllBytes(video),
                "the same video as a render that was never interrupted");
    }

    @Test
    void aDamagedSegmentIsEncodedAgain() throws IOException {
        Scene scene = SmallScenes.fourBeats(dir, CAPTION);
        SegmentCache cache = cache();
        Path reference = dir.resolve("reference.mp4");
        List<Segment> segments = cachedRender(scene, reference, cache).segments();
        Path damaged = cache.fileOf(segments.get(1).key());
        try (RandomAccessFile file = new RandomAccessFile(damaged.toFile(), "rw")) {
            file.setLength(file.length() / 2);
        }
        Path video = dir.resolve("video.mp4");
        CacheUse use = cachedRender(scene, video, cache);
        assertEquals(List.of(1), use.renderedBeats(), "only the damaged segment");
        assertArrayEquals(Files.readAllBytes(reference), Files.readAllBytes(video));
    }

    private CacheUse cachedRender(Scene scene, Path video, SegmentCache cache) throws IOException {
        return SmallScenes.render(scene, 2).cachedVideo(video, "veryfast", cache, PROGRAM, null, null, done -> { });
    }

    private SegmentCache cache() throws IOException {
        return new SegmentCache(Files.createTempDirectory(dir, "cache"), SegmentCache.DEFAULT_LIMIT_BYTES);
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
