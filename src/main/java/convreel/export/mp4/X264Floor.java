package convreel.export.mp4;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_FLAG_GLOBAL_HEADER;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_rescale_ts;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_encoder_by_name;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_from_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_packet;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_frame;
import static org.bytedeco.ffmpeg.global.avformat.AVFMT_GLOBALHEADER;
import static org.bytedeco.ffmpeg.global.avformat.AVIO_FLAG_WRITE;
import static org.bytedeco.ffmpeg.global.avformat.av_interleaved_write_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_write_trailer;
import static org.bytedeco.ffmpeg.global.avformat.avformat_alloc_output_context2;
import static org.bytedeco.ffmpeg.global.avformat.avformat_free_context;
import static org.bytedeco.ffmpeg.global.avformat.avformat_new_stream;
import static org.bytedeco.ffmpeg.global.avformat.avformat_write_header;
import static org.bytedeco.ffmpeg.global.avformat.avio_closep;
import static org.bytedeco.ffmpeg.global.avformat.avio_open;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EAGAIN;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_make_q;
import static org.bytedeco.ffmpeg.global.avutil.av_strerror;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;

/**
 * FFmpeg's own encoding loop, the floor {@code convreel bench} measures a render against: pictures
 * already in yuv420p go straight to libx264 through libavcodec and are muxed by libavformat into an MP4,
 * as {@code ffmpeg -f rawvideo -pix_fmt yuv420p -i frames.yuv -c:v libx264 … -movflags +faststart} does,
 * with exactly the settings of {@link Mp4Sink} ({@link Mp4Sink#codecOptions}). Nothing else happens per
 * picture: no JavaCV recorder, no colour conversion, no copy (the frame points at the caller's planes).
 */
public final class X264Floor implements AutoCloseable {
    private final int width;
    private final int height;
    private final AVFormatContext format;
    private final AVCodecContext codec;
    private final AVStream stream;
    private final AVFrame frame;
    private final AVPacket packet;
    private long pts;

    private X264Floor(VideoSpec spec, AVFormatContext format, AVCodecContext codec, AVStream stream) {
        this.width = spec.width();
        this.height = spec.height();
        this.format = format;
        this.codec = codec;
        this.stream = stream;
        this.frame = av_frame_alloc();
        this.packet = av_packet_alloc();
        frame.format(AV_PIX_FMT_YUV420P).width(width).height(height);
    }

    /** Opens libx264 with {@code spec}'s settings, writing an MP4 to {@code output}. */
    public static X264Floor open(Path output, VideoSpec spec) throws IOException {
        AVCodec x264 = avcodec_find_encoder_by_name("libx264");
        if (x264 == null || x264.isNull()) {
            throw new IOException("this FFmpeg has no libx264 encoder");
        }
        AVFormatContext format = new AVFormatContext(null);
        check(avformat_alloc_output_context2(format, null, "mp4", output.toString()), "cannot make an MP4 for " + output);
        AVCodecContext codec = avcodec_alloc_context3(x264);
        X264Floor floor = null;
        try {
            AVStream stream = avformat_new_stream(format, null);
            codec.width(spec.width()).height(spec.height()).pix_fmt(AV_PIX_FMT_YUV420P)
                    .time_base(av_make_q(1, spec.fps())).framerate(av_make_q(spec.fps(), 1))
                    .gop_size(Mp4Sink.gopSize(spec.fps())).max_b_frames(Mp4Sink.B_FRAMES).profile(Mp4Sink.PROFILE)
                    .bit_rate(0);
            if ((format.oformat().flags() & AVFMT_GLOBALHEADER) != 0) {
                codec.flags(codec.flags() | AV_CODEC_FLAG_GLOBAL_HEADER);
            }
            AVDictionary options = new AVDictionary(null);
            try {
                for (Map.Entry<String, String> option : Mp4Sink.codecOptions(spec.preset()).entrySet()) {
                    av_dict_set(options, option.getKey(), option.getValue(), 0);
                }
                check(avcodec_open2(codec, x264, options), "libx264 refused its settings");
            } finally {
                av_dict_free(options);
            }
            check(avcodec_parameters_from_context(stream.codecpar(), codec), "cannot describe the video stream");
            stream.time_base(codec.time_base());
            floor = new X264Floor(spec, format, codec, stream);
            AVIOContext io = new AVIOContext(null);
            check(avio_open(io, output.toString(), AVIO_FLAG_WRITE), "cannot write " + output);
            format.pb(io);
            AVDictionary mux = new AVDictionary(null);
            try {
                av_dict_set(mux, "movflags", "+faststart", 0);
                check(avformat_write_header(format, mux), "cannot start " + output);
            } finally {
                av_dict_free(mux);
            }
            return floor;
        } catch (IOException | RuntimeException e) {
            if (floor != null) {
                floor.close();
            } else {
                avcodec_free_context(codec);
                avformat_free_context(format);
            }
            throw e;
        }
    }

    /** Encodes the next picture: {@code planes} holds it in yuv420p at this encoder's size. */
    public void encode(Bt709Converter.Planes planes) throws IOException {
        if (planes.width() != width || planes.height() != height) {
            throw new IllegalArgumentException("planes of " + planes.width() + "×" + planes.height() + " for a "
                    + width + "×" + height + " video");
        }
        planes.point(frame);
        frame.pts(pts++);
        check(avcodec_send_frame(codec, frame), "libx264 refused a picture");
        drain();
    }

    /** Flushes the pictures x264 still holds and writes the index; the file is then complete. */
    public void finish() throws IOException {
        check(avcodec_send_frame(codec, null), "libx264 refused to flush");
        drain();
        check(av_write_trailer(format), "cannot finish the MP4");
    }

    private void drain() throws IOException {
        while (true) {
            int got = avcodec_receive_packet(codec, packet);
            if (got == AVERROR_EAGAIN() || got == AVERROR_EOF) {
                return;
            }
            check(got, "libx264 failed");
            if (packet.duration() == 0) {
                // Every picture lasts one frame; as ffmpeg does, say so, or the last one would last nothing.
                packet.duration(1);
            }
            av_packet_rescale_ts(packet, codec.time_base(), stream.time_base());
            packet.stream_index(stream.index());
            check(av_interleaved_write_frame(format, packet), "cannot write the MP4");
        }
    }

    @Override
    public void close() {
        av_packet_free(packet);
        av_frame_free(frame);
        avcodec_free_context(codec);
        if (format.pb() != null && !format.pb().isNull()) {
            avio_closep(format.pb());
        }
        avformat_free_context(format);
    }

    private static void check(int result, String what) throws IOException {
        if (result < 0) {
            byte[] message = new byte[256];
            av_strerror(result, message, message.length);
            String text = new String(message, java.nio.charset.StandardCharsets.US_ASCII).trim().replace("\0", "");
            throw new IOException(what + ": " + text);
        }
    }
}
