package convreel.testing;

import static org.bytedeco.ffmpeg.global.avutil.AVCOL_RANGE_JPEG;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_SPC_BT709;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;
import static org.bytedeco.ffmpeg.global.swscale.SWS_ACCURATE_RND;
import static org.bytedeco.ffmpeg.global.swscale.SWS_BILINEAR;
import static org.bytedeco.ffmpeg.global.swscale.SWS_CS_DEFAULT;
import static org.bytedeco.ffmpeg.global.swscale.SWS_CS_ITU709;
import static org.bytedeco.ffmpeg.global.swscale.SWS_FULL_CHR_H_INT;
import static org.bytedeco.ffmpeg.global.swscale.sws_freeContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getCoefficients;
import static org.bytedeco.ffmpeg.global.swscale.sws_getContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_scale;
import static org.bytedeco.ffmpeg.global.swscale.sws_setColorspaceDetails;

import convreel.export.mp4.Mp4Sink;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Decodes a video file back to {@code TYPE_3BYTE_BGR} pictures with the colour matrix and range the
 * stream declares, as a player does. FFmpegFrameGrabber's own conversion always assumes BT.601, which
 * would shift the colours of a BT.709 stream such as {@link Mp4Sink} writes.
 */
public final class DecodedVideo {

    /** One decoded picture and the time it is shown, in microseconds from the start. */
    public record DecodedFrame(long timestampMicros, BufferedImage image) {
    }

    private DecodedVideo() {
    }

    /** Every frame of {@code video}, in order; for short videos, since all stay in memory. */
    public static List<DecodedFrame> frames(Path video) throws IOException {
        List<DecodedFrame> frames = new ArrayList<>();
        forEach(video, frames::add);
        return frames;
    }

    /** Hands each decoded frame to {@code sink} in order, one at a time, so long videos need little memory. */
    public static void forEach(Path video, java.util.function.Consumer<DecodedFrame> sink) throws IOException {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile())) {
            grabber.setImageMode(FrameGrabber.ImageMode.RAW);
            grabber.start();
            AVCodecParameters codec = grabber.getFormatContext().streams(grabber.getVideoStream()).codecpar();
            int width = codec.width();
            int height = codec.height();
            SwsContext toBgr = sws_getContext(width, height, codec.format(), width, height, AV_PIX_FMT_BGR24,
                    SWS_BILINEAR | SWS_ACCURATE_RND | SWS_FULL_CHR_H_INT, null, null, (DoublePointer) null);
            IntPointer matrix = sws_getCoefficients(codec.color_space() == AVCOL_SPC_BT709 ? SWS_CS_ITU709 : SWS_CS_DEFAULT);
            int sourceRange = codec.color_range() == AVCOL_RANGE_JPEG ? 1 : 0;
            sws_setColorspaceDetails(toBgr, matrix, sourceRange, matrix, 1, 0, 1 << 16, 1 << 16);
            try (BytePointer bgr = new BytePointer((long) width * 3 * height);
                    PointerPointer<BytePointer> target = new PointerPointer<BytePointer>(4).put(0, bgr);
                    IntPointer targetStride = new IntPointer(4).put(0, width * 3)) {
                Frame frame;
                while ((frame = grabber.grabImage()) != null) {
                    AVFrame picture = (AVFrame) frame.opaque;
                    sws_scale(toBgr, picture.data(), picture.linesize(), 0, height, target, targetStride);
                    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
                    bgr.position(0).get(((DataBufferByte) image.getRaster().getDataBuffer()).getData());
                    sink.accept(new DecodedFrame(frame.timestamp, image));
                }
            } finally {
                sws_freeContext(toBgr);
            }
        }
    }
}
