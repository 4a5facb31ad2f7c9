package convreel.export.mp4;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_H264;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import convreel.testing.ConvreelProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up or a file size limit reached mid-render: a plain message and exit code 1 (running
 * again may help), the previous outputs as they were, nothing half-written under an output's name or a
 * segment's key, and no staging file left.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class StorageLimitTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void ffmpegsLibrariesAreUnpacked() throws Exception {
        // JavaCPP unpacks FFmpeg's libraries into ~/.javacpp/cache on first use; a child under a file
        // size limit could not, so this JVM does it first.
        FFmpegFrameRecorder.tryLoad();
        FFmpegFrameGrabber.tryLoad();
    }

    @Test
    void aRenderThatReachesTheFileSizeLimitSaysSoAndPutsNothingHalfWrittenInPlace() throws Exception {
        Path out = dir.resolve("out");
        byte[] previous = previousVideo(out.resolve("lesson.mp4"));
        Path scene = ConvreelProcess.scene(dir, "lesson", 2.5);
        // Room for the fonts to be read and the first small segment, not for the larger ones.
        ConvreelProcess render = ConvreelProcess.startWithFileSizeLimit(dir, 48 * 1024, "render", scene.toString(),
                "--out", out.toString(), "--quality", "draft");
        int code = render.await(120);
        String err = render.err();

        assertEquals(1, code, err);
        assertTrue(err.contains("file size limit reached"), err);
        assertFalse(err.contains("error -27") || err.contains("\tat "), "no FFmpeg code, no stack trace: " + err);
        assertArrayEquals(previous, Files.readAllBytes(out.resolve("lesson.mp4")), "the previous video stays");
        assertEquals(List.of(), ConvreelProcess.stagingUnder(out));
        assertEveryCachedSegmentIsWhole(out.resolve(".cache/segments"));
    }

    @Test
    void aRenderOnADiskThatFillsUpSaysWhichDiskAndPutsNothingHalfWrittenInPlace() throws Exception {
        Path disk = Files.createDirectories(dir.resolve("disk"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", disk.toString()),
                "a small file system to fill needs mount (root with CAP_SYS_ADMIN)");
        try {
            Path out = disk.resolve("out");
            byte[] previous = previousVideo(out.resolve("lesson.mp4"));
            Path scene = ConvreelProcess.scene(dir, "lesson", 2.5);
            ConvreelProcess render = ConvreelProcess.start(dir, "render", scene.toString(), "--out", "disk/out",
                    "--quality", "draft");
            int code = render.await(120);
            String err = render.err();

            assertEquals(1, code, err);
            assertTrue(err.matches("(?s).*the disk holding disk/out/\\S*/ is full.*"), err);
            assertFalse(err.contains("error -28") || err.contains("\tat "), "no FFmpeg code, no stack trace: " + err);
            assertArrayEquals(previous, Files.readAllBytes(out.resolve("lesson.mp4")), "the previous video stays");
            assertEquals(List.of(), ConvreelProcess.stagingUnder(out));
            assertEveryCachedSegmentIsWhole(out.resolve(".cache/segments"));
        } finally {
            assertTrue(run("umount", disk.toString()), "unmounted " + disk);
        }
    }

    @Test
    void aTemporaryFolderWhereNothingCanBeWrittenDoesNotStopTheFontsLoading() throws Exception {
        Path scene = ConvreelProcess.scene(dir, "lesson", 0.5);
        // Java copies a font read from a stream to java.io.tmpdir first; the fonts are read in place instead.
        ConvreelProcess frame = ConvreelProcess.start(dir, List.of("-Djava.io.tmpdir=" + dir.resolve("no-such-folder")),
                "frame", scene.toString(), "--at", "0.2", "--output", "still.png");
        assertEquals(0, frame.await(60), frame.err());
        assertTrue(Files.size(dir.resolve("still.png")) > 0);
    }

    @Test
    void ffmpegsReportOfAFullDeviceIsRecognised() throws Exception {
        // /dev/full refuses every write with ENOSPC: what FFmpeg, through JavaCV, makes of that.
        assumeTrue(Files.exists(Path.of("/dev/full")), "Linux's /dev/full");
        FFmpegFrameRecorder recorder = new FFmpegFrameRecorder("/dev/full", 64, 64, 0);
        recorder.setFormat("mp4");
        recorder.setVideoCodecName("libx264");
        recorder.setVideoCodec(AV_CODEC_ID_H264);
        recorder.setPixelFormat(AV_PIX_FMT_YUV420P);
        recorder.setOption("avioflags", "direct");
        IOException refused = assertThrows(IOException.class, () -> {
            try {
                recorder.start();
                Frame frame = new Frame(64, 64, Frame.DEPTH_UBYTE, 3);
                for (int i = 0; i < 100; i++) {
                    recorder.record(frame);
                }
                recorder.flush();
            } finally {
                recorder.release();
            }
        });
        assertEquals(Optional.of(StorageLimitException.Limit.DISK_FULL), StorageLimitException.recognise(refused),
                refused.getMessage());
        IOException said = StorageLimitException.translate(Path.of("output", "intro.mp4"), refused);
        assertEquals("cannot write output/intro.mp4: the disk holding output/ is full; free some space and run again",
                said.getMessage());
    }

    /** Every segment in the cache is a whole MP4 with the hash recorded for it: none was cut short. */
    private static void assertEveryCachedSegmentIsWhole(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        SegmentCache cache = new SegmentCache(folder, SegmentCache.DEFAULT_LIMIT_BYTES);
        List<Path> segments;
        try (Stream<Path> files = Files.list(folder)) {
            segments = files.filter(f -> f.getFileName().toString().endsWith(".mp4")).toList();
        }
        for (Path segment : segments) {
            String key = segment.getFileName().toString().replace(".mp4", "");
            Mp4Boxes.requireComplete(segment, segment);
            assertEquals(SegmentCache.State.INTACT, cache.check(key), segment.toString());
        }
        assertTrue(segments.size() < 4, "the render stopped before its last segment: " + segments);
    }

    private static byte[] previousVideo(Path file) throws IOException {
        byte[] bytes = new byte[4096];
        new Random(11).nextBytes(bytes);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return bytes;
    }

    private static boolean run(String... command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException noSuchProgram) {
            return false;
        }
    }
}
