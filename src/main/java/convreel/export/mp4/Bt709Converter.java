package convreel.export.mp4;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_0RGB;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR0;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.av_image_fill_arrays;
import static org.bytedeco.ffmpeg.global.avutil.av_image_get_buffer_size;
import static org.bytedeco.ffmpeg.global.swscale.SWS_BILINEAR;
import static org.bytedeco.ffmpeg.global.swscale.SWS_CS_ITU709;
import static org.bytedeco.ffmpeg.global.swscale.sws_freeContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getCoefficients;
import static org.bytedeco.ffmpeg.global.swscale.sws_getContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_scale;
import static org.bytedeco.ffmpeg.global.swscale.sws_setColorspaceDetails;

import java.awt.image.BufferedImage;
import convreel.export.Frame;
import java.awt.image.DataBufferInt;
import java.awt.image.Raster;
import java.awt.image.SinglePixelPackedSampleModel;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * Converts painted frames ({@link Frame#CANVAS_TYPE}: one int 0x00RRGGBB a pixel) to limited-range
 * yuv420p with the BT.709 matrix, the colour encoding HD players and YouTube assume.
 * FFmpegFrameRecorder's own conversion uses BT.601, which those players would decode with the wrong
 * matrix (reds and greens visibly off), and it offers no way to change it. One converter serves every
 * frame of one size; its native buffers are freed by {@link #close()}.
 */
public final class Bt709Converter implements AutoCloseable {

    /** What decides the converted bytes, for cache keys: change it with the flags or the coefficients. */
    static final String IDENTITY = "sws bilinear rgb32 itu709 full-to-limited";

    private static final int FULL_RANGE = 1;
    private static final int LIMITED_RANGE = 0;
    /** sws_setColorspaceDetails' neutral brightness, contrast and saturation (16.16 fixed point). */
    private static final int NEUTRAL = 0;
    private static final int UNITY = 1 << 16;
    /** The bytes of an int 0x00RRGGBB in this machine's memory, as libswscale names that layout. */
    private static final int PACKED_RGB = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? AV_PIX_FMT_BGR0 : AV_PIX_FMT_0RGB;

    private final int width;
    private final int height;
    private final SwsContext context;
    private final BytePointer rgb;
    /** The same native memory as {@link #rgb}, for copying into from Java without a JNI critical section. */
    private final IntBuffer rgbBuffer;
    private final PointerPointer<BytePointer> source;
    private final IntPointer sourceStride;
    private final Planes own;
    private boolean closed;

    public Bt709Converter(int width, int height) {
        this.width = width;
        this.height = height;
        // From 32-bit pixels libswscale rounds right without SWS_ACCURATE_RND, which would cost as much
        // again (from BGR24 its fast path truncated: 30,30,30 came back as 27,30,29); against the accurate
        // path at most one level of chroma differs, in a few pixels in a thousand. Bilinear is the filter
        // that halves the chroma resolution.
        context = sws_getContext(width, height, PACKED_RGB, width, height, AV_PIX_FMT_YUV420P,
                SWS_BILINEAR, null, null, (DoublePointer) null);
        if (context == null || context.isNull()) {
            throw new IllegalStateException("libswscale cannot convert RGB32 to yuv420p at " + width + "×" + height);
        }
        IntPointer bt709 = sws_getCoefficients(SWS_CS_ITU709);
        if (sws_setColorspaceDetails(context, bt709, FULL_RANGE, bt709, LIMITED_RANGE, NEUTRAL, UNITY, UNITY) < 0) {
            sws_freeContext(context);
            throw new IllegalStateException("libswscale refused the BT.709 colour matrix");
        }
        long bytes = (long) width * 4 * height;
        rgb = new BytePointer(bytes);
        rgbBuffer = rgb.position(0).capacity(bytes).asBuffer().order(ByteOrder.nativeOrder()).asIntBuffer();
        source = new PointerPointer<BytePointer>(4).put(0, rgb);
        sourceStride = new IntPointer(4).put(0, width * 4);
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

        int width() {
            return width;
        }

        int height() {
            return height;
        }

        /** Points {@code frame}'s planes at this picture's (no copy). */
        void point(org.bytedeco.ffmpeg.avutil.AVFrame frame) {
            for (int p = 0; p < 3; p++) {
                frame.data(p, planes.get(BytePointer.class, p));
                frame.linesize(p, strides.get(p));
            }
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

    private ByteBuffer convert(int[] pixels, int offset, int stride, Planes into) {
        if (into.width != width || into.height != height) {
            throw new IllegalArgumentException("planes for " + into.width + "×" + into.height + ", picture " + width + "×" + height);
        }
        if (closed) {
            throw new IllegalStateException("converter is closed");
        }
        if (stride == width) {
            // A plain copy into a direct buffer: IntPointer.put(int[]) would pin the array in a JNI
            // critical section for the copy, holding off the garbage collector, which then grows the heap.
            rgbBuffer.clear();
            rgbBuffer.put(pixels, offset, width * height);
        } else {
            for (int y = 0; y < height; y++) {
                rgbBuffer.clear().position(y * width);
                rgbBuffer.put(pixels, offset + y * stride, width);
            }
        }
        rgb.position(0);
        sws_scale(context, source, sourceStride, 0, height, into.planes, into.strides);
        return into.buffer();
    }

    /** Converts a painted frame; its yuv420p planes, packed, are in a buffer reused by the next call. */
    public ByteBuffer convert(BufferedImage image) {
        return convert(image, own);
    }

    /** Converts a painted frame into {@code into}, and returns {@code into}'s buffer. */
    public ByteBuffer convert(BufferedImage image, Planes into) {
        if (image.getType() != Frame.CANVAS_TYPE) {
            throw new IllegalArgumentException("a frame is painted on an image of type " + Frame.CANVAS_TYPE
                    + " (TYPE_INT_RGB), got type " + image.getType());
        }
        Raster raster = image.getRaster();
        SinglePixelPackedSampleModel layout = (SinglePixelPackedSampleModel) raster.getSampleModel();
        DataBufferInt pixels = (DataBufferInt) raster.getDataBuffer();
        int stride = layout.getScanlineStride();
        int start = pixels.getOffset()
                - raster.getSampleModelTranslateY() * stride
                - raster.getSampleModelTranslateX();
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
        rgb.close();
        own.close();
        source.close();
        sourceStride.close();
    }
}
