package convreel.export.mp4;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import convreel.testing.DecodedVideo;
import convreel.testing.PaintedFrame;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's floor is only a floor if it encodes what a render encodes, as a render does: fed the
 * same pictures, FFmpeg's own loop and {@link Mp4Sink} must make the same video.
 */
class X264FloorTest {
    private static final int WIDTH = 160;
    private static final int HEIGHT = 96;
    private static final int FPS = 30;
    private static final int FRAMES = 40;

    @TempDir
    Path dir;

    @Test
    void theFloorEncodesTheSamePicturesARenderEncodesIntoTheSameVideo() throws IOException {
        List<PaintedFrame> frames = new ArrayList<>();
        for (int n = 0; n < FRAMES; n++) {
            int x = n * 3;
            frames.add(new PaintedFrame(n, WIDTH, HEIGHT, g -> {
                g.setColor(new Color(30, 30, 60));
                g.fillRect(0, 0, WIDTH, HEIGHT);
                g.setColor(new Color(244, 180, 0));
                g.fillOval(x, 20, 40, 40);
            }));
        }
        VideoSpec spec = VideoSpec.of(WIDTH, HEIGHT, FPS);
        Path rendered = dir.resolve("render.mp4");
        try (Mp4Sink sink = Mp4Sink.open(rendered, spec)) {
            for (PaintedFrame frame : frames) {
                sink.accept(frame);
            }
            sink.finish();
        }
        Path floor = dir.resolve("floor.mp4");
        try (X264Floor encoder = X264Floor.open(floor, spec);
                Bt709Converter converter = new Bt709Converter(WIDTH, HEIGHT);
                Bt709Converter.Planes planes = new Bt709Converter.Planes(WIDTH, HEIGHT)) {
            for (PaintedFrame frame : frames) {
                converter.convert(frame.raster(), planes);
                encoder.encode(planes);
            }
            encoder.finish();
        }

        List<DecodedVideo.DecodedFrame> fromRender = DecodedVideo.frames(rendered);
        List<DecodedVideo.DecodedFrame> fromFloor = DecodedVideo.frames(floor);
        assertEquals(FRAMES, fromFloor.size(), "every picture encoded");
        for (int n = 0; n < FRAMES; n++) {
            assertEquals(fromRender.get(n).timestampMicros(), fromFloor.get(n).timestampMicros(), "timestamp of frame " + n);
            // x264 is deterministic: the same settings and pictures give the same bitstream, so the
            // decoded pictures are equal to the last bit, not merely close.
            assertArrayEquals(pixels(fromRender.get(n).image()), pixels(fromFloor.get(n).image()), "frame " + n);
        }
        try (FFmpegFrameGrabber render = new FFmpegFrameGrabber(rendered.toFile());
                FFmpegFrameGrabber ffmpeg = new FFmpegFrameGrabber(floor.toFile())) {
            render.start();
            ffmpeg.start();
            AVCodecParameters expected = render.getFormatContext().streams(0).codecpar();
            AVCodecParameters actual = ffmpeg.getFormatContext().streams(0).codecpar();
            assertEquals(expected.profile(), actual.profile(), "H.264 profile");
            assertEquals(expected.color_space(), actual.color_space(), "colour matrix");
            assertEquals(expected.color_range(), actual.color_range(), "colour range");
            assertEquals(expected.video_delay(), actual.video_delay(), "B-frame delay");
        }
    }

    @Test
    void planesOfAnotherSizeAreRefused() throws IOException {
        try (X264Floor encoder = X264Floor.open(dir.resolve("x.mp4"), VideoSpec.of(WIDTH, HEIGHT, FPS));
                Bt709Converter.Planes planes = new Bt709Converter.Planes(WIDTH + 2, HEIGHT)) {
            assertThrows(IllegalArgumentException.class, () -> encoder.encode(planes));
        }
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
