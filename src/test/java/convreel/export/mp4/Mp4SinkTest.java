package convreel.export.mp4;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_H264;
import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_FLAG_KEY;
import static org.bytedeco.ffmpeg.global.avcodec.AV_PROFILE_H264_HIGH;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_PRI_BT709;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_RANGE_MPEG;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_SPC_BT709;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_TRC_BT709;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.testing.DecodedVideo;
import convreel.testing.Drawings;
import convreel.testing.ImageDifference;
import convreel.testing.PaintedFrame;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Mp4SinkTest {

    private static final int WIDTH = 320;
    private static final int HEIGHT = 180;
    private static final int FPS = 30;
    private static final int FRAMES = 45;
    /** CRF 18 keeps flat graphics far above this; a colour or frame mix-up falls far below. */
    private static final double MIN_PSNR_DB = 35;
    /** Largest change of a flat colour's channel, in 8-bit levels, through encoding and decoding. */
    private static final int MAX_COLOUR_ERROR = 2;

    @TempDir
    static Path shared;
    private static Path video;
    private static List<BufferedImage> painted;

    @TempDir
    Path dir;

    @BeforeAll
    static void writeVideo() throws IOException {
        video = shared.resolve("clips/moving.mp4");
        painted = new ArrayList<>();
        try (Mp4Sink sink = Mp4Sink.open(video, VideoSpec.of(WIDTH, HEIGHT, FPS))) {
            for (int n = 0; n < FRAMES; n++) {
                PaintedFrame frame = frame(n);
                painted.add(frame.raster());
                sink.accept(frame);
            }
            sink.finish();
        }
    }

    private static PaintedFrame frame(int n) {
        return new PaintedFrame(n, WIDTH, HEIGHT, Drawings.movingRectangle(n, WIDTH, HEIGHT));
    }

    @Test
    void streamIsH264HighProfileYuv420pAtTheRequestedSizeAndRate() throws IOException {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile())) {
            grabber.start();
            AVCodecParameters codec = videoStream(grabber).codecpar();
            assertEquals(AV_CODEC_ID_H264, grabber.getVideoCodec());
            assertEquals(AV_PROFILE_H264_HIGH, codec.profile(), "H.264 profile (100 = High)");
            assertEquals(AV_PIX_FMT_YUV420P, codec.format(), "pixel format (0 = yuv420p)");
            assertEquals(WIDTH, codec.width());
            assertEquals(HEIGHT, codec.height());
            assertEquals(FPS, grabber.getFrameRate(), 1e-9);
            AVStream stream = videoStream(grabber);
            assertEquals(FPS, stream.avg_frame_rate().num() / (double) stream.avg_frame_rate().den(), 1e-9);
        }
    }

    @Test
    void decodesToExactlyTheFramesAcceptedLastingFramesOverFps() throws IOException {
        long microsPerFrame = 1_000_000L / FPS;
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile())) {
            grabber.start();
            assertEquals(FRAMES * 1_000_000L / FPS, grabber.getLengthInTime(), microsPerFrame,
                    "duration in microseconds");
        }
        List<DecodedVideo.DecodedFrame> decoded = DecodedVideo.frames(video);
        assertEquals(FRAMES, decoded.size(), "decoded frame count");
        for (int n = 0; n < FRAMES; n++) {
            assertEquals(n * microsPerFrame, decoded.get(n).timestampMicros(), microsPerFrame / 2.0,
                    "timestamp of frame " + n);
            double psnr = ImageDifference.between(painted.get(n), decoded.get(n).image()).psnr();
            assertTrue(psnr > MIN_PSNR_DB, "frame " + n + " PSNR " + psnr + " dB");
        }
    }

    @Test
    void coloursDecodeTrueWithTheDeclaredBt709Matrix() throws IOException {
        Color[] palette = {new Color(219, 68, 55), new Color(15, 157, 88), new Color(66, 133, 244),
                new Color(244, 180, 0), new Color(250, 248, 240), new Color(30, 30, 30)};
        Path flat = dir.resolve("palette.mp4");
        try (Mp4Sink sink = Mp4Sink.open(flat, VideoSpec.of(64, 64, FPS))) {
            for (int n = 0; n < palette.length; n++) {
                Color colour = palette[n];
                sink.accept(new PaintedFrame(n, 64, 64, g -> {
                    g.setColor(colour);
                    g.fillRect(0, 0, 64, 64);
                }));
            }
            sink.finish();
        }
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(flat.toFile())) {
            grabber.start();
            AVCodecParameters codec = videoStream(grabber).codecpar();
            assertEquals(AVCOL_SPC_BT709, codec.color_space(), "matrix coefficients");
            assertEquals(AVCOL_PRI_BT709, codec.color_primaries(), "colour primaries");
            assertEquals(AVCOL_TRC_BT709, codec.color_trc(), "transfer characteristics");
            assertEquals(AVCOL_RANGE_MPEG, codec.color_range(), "limited (TV) range");
        }
        List<DecodedVideo.DecodedFrame> decoded = DecodedVideo.frames(flat);
        for (int n = 0; n < palette.length; n++) {
            Color actual = new Color(decoded.get(n).image().getRGB(32, 32));
            Color expected = palette[n];
            // Limited range and CRF 18 move these flat colours by at most 1 level; read with the wrong
            // matrix (BT.601) they are off by 10 to 15, and truncating instead of rounding costs 3.
            assertEquals(expected.getRed(), actual.getRed(), MAX_COLOUR_ERROR, "red of " + expected);
            assertEquals(expected.getGreen(), actual.getGreen(), MAX_COLOUR_ERROR, "green of " + expected);
            assertEquals(expected.getBlue(), actual.getBlue(), MAX_COLOUR_ERROR, "blue of " + expected);
        }
    }

    @Test
    void keyframesStartClosedGopsEveryHalfSecondWithBFramesBetween() throws IOException {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile())) {
            grabber.start();
            AVStream stream = videoStream(grabber);
            double secondsPerTick = stream.time_base().num() / (double) stream.time_base().den();
            TreeSet<Long> keyframes = new TreeSet<>();
            long lastKeyframePts = Long.MIN_VALUE;
            int leadingPictures = 0;
            int reordered = 0;
            int packets = 0;
            AVPacket packet;
            while ((packet = grabber.grabPacket()) != null) {
                if (packet.stream_index() != stream.index()) {
                    continue;
                }
                packets++;
                long frameIndex = Math.round(packet.pts() * secondsPerTick * FPS);
                if ((packet.flags() & AV_PKT_FLAG_KEY) != 0) {
                    keyframes.add(frameIndex);
                    lastKeyframePts = packet.pts();
                } else if (packet.pts() < lastKeyframePts) {
                    // decoded after a keyframe but shown before it: it refers across the keyframe
                    leadingPictures++;
                }
                if (packet.pts() != packet.dts()) {
                    reordered++;
                }
            }
            assertEquals(FRAMES, packets, "packets");
            assertEquals(List.of(0L, 15L, 30L), List.copyOf(keyframes), "keyframe positions (GOP = fps/2)");
            assertEquals(0, leadingPictures, "pictures shown before the keyframe they follow (open GOP)");
            assertTrue(stream.codecpar().video_delay() > 0, "B-frames declared (video_delay)");
            assertTrue(reordered > 0, "some packets are reordered (pts != dts), i.e. B-frames are used");
        }
    }

    @Test
    void indexComesBeforeMediaDataForFastStart() throws IOException {
        List<String> boxes = topLevelBoxes(video);
        int moov = boxes.indexOf("moov");
        int mdat = boxes.indexOf("mdat");
        assertTrue(moov >= 0 && mdat >= 0, "boxes: " + boxes);
        assertTrue(moov < mdat, "moov must come before mdat, got " + boxes);
        assertEquals("ftyp", boxes.get(0));
    }

    @Test
    void closeWithoutFinishLeavesNothingBehind() throws IOException {
        Path target = dir.resolve("out/draft.mp4");
        try (Mp4Sink sink = Mp4Sink.open(target, new VideoSpec(WIDTH, HEIGHT, FPS, "ultrafast"))) {
            for (int n = 0; n < 5; n++) {
                sink.accept(frame(n));
            }
            try (Stream<Path> files = Files.list(target.getParent())) {
                assertEquals(1, files.count(), "while rendering, only the hidden partial file exists");
            }
        }
        assertFalse(Files.exists(target));
        assertEquals(List.of(), list(target.getParent()));
    }

    @Test
    void finishReplacesAnExistingFileAndLeavesNoPartialFile() throws IOException {
        Path target = dir.resolve("video.mp4");
        Files.writeString(target, "an older render");
        try (Mp4Sink sink = Mp4Sink.open(target, new VideoSpec(WIDTH, HEIGHT, FPS, "ultrafast"))) {
            for (int n = 0; n < 3; n++) {
                sink.accept(frame(n));
            }
            assertEquals("an older render", Files.readString(target), "the old file stays until finish");
            sink.finish();
        }
        assertEquals("ftyp", topLevelBoxes(target).get(0));
        assertEquals(List.of("video.mp4"), list(dir));
    }

    @Test
    void specRejectsSizesRatesAndPresetsItCannotEncode() {
        assertThrows(IllegalArgumentException.class, () -> VideoSpec.of(321, 180, FPS));
        assertThrows(IllegalArgumentException.class, () -> new VideoSpec(320, 180, FPS, "warp-speed"));
        assertThrows(IllegalArgumentException.class, () -> VideoSpec.of(320, 180, 1));
    }

    @Test
    void rejectsFramesOfAnotherSize() throws IOException {
        try (Mp4Sink sink = Mp4Sink.open(dir.resolve("size.mp4"), new VideoSpec(WIDTH, HEIGHT, FPS, "ultrafast"))) {
            PaintedFrame wrong = new PaintedFrame(0, 160, 90, Drawings.movingRectangle(0, 160, 90));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sink.accept(wrong));
            assertTrue(e.getMessage().contains("160×90"), e.getMessage());
        }
        assertEquals(List.of(), list(dir));
    }

    @Test
    void rejectsSkippedFramesBecauseTimingCountsThem() throws IOException {
        try (Mp4Sink sink = Mp4Sink.open(dir.resolve("gap.mp4"), new VideoSpec(WIDTH, HEIGHT, FPS, "ultrafast"))) {
            sink.accept(frame(0));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sink.accept(frame(2)));
            assertEquals("frames must be consecutive; got frame 2 after frame 0", e.getMessage());
        }
    }

    private static AVStream videoStream(FFmpegFrameGrabber grabber) {
        return grabber.getFormatContext().streams(grabber.getVideoStream());
    }

    /** The four-letter types of the file's top-level ISO BMFF boxes, in order. */
    private static List<String> topLevelBoxes(Path file) throws IOException {
        List<String> types = new ArrayList<>();
        long size = Files.size(file);
        try (InputStream in = Files.newInputStream(file)) {
            long position = 0;
            while (position < size) {
                byte[] header = in.readNBytes(8);
                assertEquals(8, header.length, "truncated box header at " + position);
                long boxSize = ByteBuffer.wrap(header, 0, 4).getInt() & 0xffffffffL;
                types.add(new String(header, 4, 4, java.nio.charset.StandardCharsets.US_ASCII));
                int headerLength = 8;
                if (boxSize == 1) {
                    boxSize = ByteBuffer.wrap(in.readNBytes(8)).getLong();
                    headerLength = 16;
                } else if (boxSize == 0) {
                    boxSize = size - position;
                }
                in.skipNBytes(boxSize - headerLength);
                position += boxSize;
            }
        }
        return types;
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
