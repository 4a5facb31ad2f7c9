package convreel.export;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.av_image_fill_arrays;
import static org.bytedeco.ffmpeg.global.avutil.av_image_get_buffer_size;
import static org.bytedeco.ffmpeg.global.swscale.SWS_ACCURATE_RND;
import static org.bytedeco.ffmpeg.global.swscale.SWS_BILINEAR;
import static org.bytedeco.ffmpeg.global.swscale.SWS_CS_ITU709;
import static org.bytedeco.ffmpeg.global.swscale.sws_freeContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getCoefficients;
import static org.bytedeco.ffmpeg.global.swscale.sws_getContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_scale;
import static org.bytedeco.ffmpeg.global.swscale.sws_setColorspaceDetails;

import java.nio.ByteBuffer;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * Converts BGR24 pictures to limited-range yuv420p with the BT.709 matrix, the colour encoding HD
 * players and YouTube assume. FFmpegFrameRecorder's own conversion uses BT.601, which those players
 * would decode with the wrong matrix (reds and greens visibly off), and it offers no way to change it.
 * One converter serves every frame of one size; its native buffers are freed by {@link #close()}.
 */
final class Bt709Converter implements AutoCloseable {

    private static final int FULL_RANGE = 1;
    private static final int LIMITED_RANGE = 0;
    /** sws_setColorspaceDetails' neutral brightness, contrast and saturation (16.16 fixed point). */
    private static final int NEUTRAL = 0;
    private static final int UNITY = 1 << 16;

    private final int width;
    private final int height;
    private final SwsContext context;
    private final BytePointer bgr;
    private final BytePointer yuv;
    private final PointerPointer<BytePointer> source;
    private final IntPointer sourceStride;
    private final PointerPointer<BytePointer> planes;
    private final IntPointer planeStrides;
    private boolean closed;

    Bt709Converter(int width, int height) {
        this.width = width;
        this.height = height;
        // Accurate rounding: libswscale's fast BGR24-to-yuv420p path truncates, darkening every pixel
        // by up to a level and tinting greys (30,30,30 came back as 27,30,29). Rounding right costs
        // about 3 ms a frame at 1080p. Bilinear is the filter that halves the chroma resolution.
        context = sws_getContext(width, height, AV_PIX_FMT_BGR24, width, height, AV_PIX_FMT_YUV420P,
                SWS_BILINEAR | SWS_ACCURATE_RND, null, null, (DoublePointer) null);
        if (context == null || context.isNull()) {
            throw new IllegalStateException("libswscale cannot convert BGR24 to yuv420p at " + width + "×" + height);
        }
        IntPointer bt709 = sws_getCoefficients(SWS_CS_ITU709);
        if (sws_setColorspaceDetails(context, bt709, FULL_RANGE, bt709, LIMITED_RANGE, NEUTRAL, UNITY, UNITY) < 0) {
            sws_freeContext(context);
            throw new IllegalStateException("libswscale refused the BT.709 colour matrix");
        }
        bgr = new BytePointer((long) width * 3 * height);
        source = new PointerPointer<BytePointer>(4).put(0, bgr);
        sourceStride = new IntPointer(4).put(0, width * 3);
        int size = av_image_get_buffer_size(AV_PIX_FMT_YUV420P, width, height, 1);
        yuv = new BytePointer(size).capacity(size);
        planes = new PointerPointer<>(4);
        planeStrides = new IntPointer(4);
        av_image_fill_arrays(planes, planeStrides, yuv, AV_PIX_FMT_YUV420P, width, height, 1);
    }

    /**
     * Converts the BGR24 picture that starts at {@code offset} in {@code pixels}, rows {@code stride}
     * bytes apart, and returns its yuv420p planes, packed, in a buffer reused by the next call.
     */
    ByteBuffer convert(byte[] pixels, int offset, int stride) {
        if (closed) {
            throw new IllegalStateException("converter is closed");
        }
        int row = width * 3;
        if (stride == row) {
            bgr.position(0).put(pixels, offset, row * height);
        } else {
            for (int y = 0; y < height; y++) {
                bgr.position((long) y * row).put(pixels, offset + y * stride, row);
            }
        }
        bgr.position(0);
        sws_scale(context, source, sourceStride, 0, height, planes, planeStrides);
        return yuv.position(0).asBuffer();
    }

    /** Frees the native buffers; later calls do nothing. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        sws_freeContext(context);
        bgr.close();
        yuv.close();
        source.close();
        sourceStride.close();
        planes.close();
        planeStrides.close();
    }
}
