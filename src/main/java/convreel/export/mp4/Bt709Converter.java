package convreel.export.mp4;

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

import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
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
public final class Bt709Converter implements AutoCloseable {

    /** What decides the converted bytes, for cache keys: change it with the flags or the coefficients. */
    static final String IDENTITY = "sws bilinear accurate-rnd itu709 full-to-limited";

    private static final int FULL_RANGE = 1;
    private static final int LIMITED_RANGE = 0;
    /** sws_setColorspaceDetails' neutral brightness, contrast and saturation (16.16 fixed point). */
    private static final int NEUTRAL = 0;
    private static final int UNITY = 1 << 16;

    private final int width;
    private final int height;
    private final SwsContext context;
    private final BytePointer bgr;
    /** The same native memory as {@link #bgr}, for copying into from Java without a JNI critical section. */
    private final ByteBuffer bgrBuffer;
    private final PointerPointer<BytePointer> source;
    private final IntPointer sourceStride;
    private final Planes own;
    private boolean closed;

    public Bt709Converter(int width, int height) {
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
        bgrBuffer = bgr.position(0).capacity((long) width * 3 * height).asBuffer();
        source = new PointerPointer<BytePointer>(4).put(0, bgr);
        sourceStride = new IntPointer(4).put(0, width * 3);
        own = new Planes(width, height);
    }

    /**
     * A native buffer for one picture's yuv420p planes, packed: what {@link #convert(BufferedImage, Planes)}
     * writes into, so a converted picture can wait for its encoder while the converter goes on.
     */
    public static final class Planes implements AutoCloseable {
        private final int width;
        private final int height;
        private final BytePointer yuv;
        private final PointerPointer<BytePointer> planes;
        private final IntPointer strides;

        public Planes(int width, int height) {
            this.width = width;
            this.height = height;
            int size = av_image_get_buffer_size(AV_PIX_FMT_YUV420P, width, height, 1);
            yuv = new BytePointer(size).capacity(size);
            planes = new PointerPointer<>(4);
            strides = new IntPointer(4);
            av_image_fill_arrays(planes, strides, yuv, AV_PIX_FMT_YUV420P, width, height, 1);
        }

        /** The planes as a direct buffer over the native memory, from its start. */
        ByteBuffer buffer() {
            return yuv.position(0).asBuffer();
        }

        @Override
        public void close() {
            yuv.close();
            planes.close();
            strides.close();
        }
    }

    /**
     * Converts the BGR24 picture that starts at {@code offset} in {@code pixels}, rows {@code stride}
     * bytes apart, and returns its yuv420p planes, packed, in a buffer reused by the next call.
     */
    ByteBuffer convert(byte[] pixels, int offset, int stride) {
        return convert(pixels, offset, stride, own);
    }

    private ByteBuffer convert(byte[] pixels, int offset, int stride, Planes into) {
        if (into.width != width || into.height != height) {
            throw new IllegalArgumentException("planes for " + into.width + "×" + into.height + ", picture " + width + "×" + height);
        }
        if (closed) {
            throw new IllegalStateException("converter is closed");
        }
        int row = width * 3;
        if (stride == row) {
            // A plain copy into a direct buffer: BytePointer.put(byte[]) would pin the array in a JNI
            // critical section for the copy, holding off the garbage collector, which then grows the heap.
            bgrBuffer.clear();
            bgrBuffer.put(pixels, offset, row * height);
        } else {
            for (int y = 0; y < height; y++) {
                bgrBuffer.clear().position(y * row);
                bgrBuffer.put(pixels, offset + y * stride, row);
            }
        }
        bgr.position(0);
        sws_scale(context, source, sourceStride, 0, height, into.planes, into.strides);
        return into.buffer();
    }

    /** Converts a {@code TYPE_3BYTE_BGR} image, reading its own bytes as they are (no per-pixel work in Java). */
    public ByteBuffer convert(BufferedImage image) {
        return convert(image, own);
    }

    /** Converts a {@code TYPE_3BYTE_BGR} image into {@code into}, and returns {@code into}'s buffer. */
    public ByteBuffer convert(BufferedImage image, Planes into) {
        Raster raster = image.getRaster();
        ComponentSampleModel layout = (ComponentSampleModel) raster.getSampleModel();
        DataBufferByte pixels = (DataBufferByte) raster.getDataBuffer();
        int stride = layout.getScanlineStride();
        int start = pixels.getOffset()
                - raster.getSampleModelTranslateY() * stride
                - raster.getSampleModelTranslateX() * layout.getPixelStride();
        return convert(pixels.getData(), start, stride, into);
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
        own.close();
        source.close();
        sourceStride.close();
    }
}
