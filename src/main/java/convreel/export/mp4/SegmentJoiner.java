package convreel.export.mp4;

import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_FLAG_KEY;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_copy;
import static org.bytedeco.ffmpeg.global.avformat.avformat_alloc_context;
import static org.bytedeco.ffmpeg.global.avformat.avformat_free_context;
import static org.bytedeco.ffmpeg.global.avformat.avformat_new_stream;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_AUDIO;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.av_make_q;
import static org.bytedeco.ffmpeg.global.avutil.av_rescale_q;

import convreel.audio.Pcm;
import convreel.io.StagedOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.FrameRecorder;

/**
 * Joins encoded segments into one MP4 without re-encoding a picture: their H.264 packets are copied
 * ({@link FFmpegFrameGrabber#grabPacket()} into {@link FFmpegFrameRecorder#recordPacket}), each
 * segment's timestamps moved on by the frames before it, and the sound track's AAC packets, encoded
 * once by {@link SoundSegment}, are copied in beside them. Every segment starts on a keyframe that opens
 * a closed GOP, so each cut is clean; decode timestamps run on across the cuts because every segment
 * carries the same B-frame delay.
 *
 * <p>The segments must come from one encoder configuration: the joiner checks that each has the same
 * codec parameters (the SPS and PPS in particular) as the first, starts on a keyframe and holds the
 * frames its segment promises, and throws {@link BadSegmentException} naming the first that does not.
 */
public final class SegmentJoiner {

    private SegmentJoiner() {
    }

    /** A segment file that is unreadable, or not what its segment says it holds. */
    public static final class BadSegmentException extends IOException {
        private final transient Segment segment;

        BadSegmentException(Segment segment, String problem) {
            super("the cached segment of beat " + segment.beat() + " (" + segment.key().substring(0, 12) + ") " + problem);
            this.segment = segment;
        }

        public Segment segment() {
            return segment;
        }
    }

    /**
     * Writes {@code output} from {@code files}, one per segment of {@code segments}, with the AAC stream
     * of {@code sound} (an MP4 written by {@link SoundSegment}, or null for a silent video) copied in
     * beside the pictures. The video appears only when complete and checked to be whole
     * ({@link Mp4Boxes}); a full disk or the file size limit is a {@link StorageLimitException}.
     */
    public static void join(List<Segment> segments, List<Path> files, int fps, Path output, Path sound) throws IOException {
        if (segments.isEmpty() || segments.size() != files.size()) {
            throw new IllegalArgumentException(segments.size() + " segments but " + files.size() + " files");
        }
        try (StagedOutput staged = StagedOutput.file(output)) {
            Source first = Source.open(segments.get(0), files.get(0));
            SoundPackets audio = null;
            InputStreams streams = null;
            FFmpegFrameRecorder recorder = null;
            try {
                audio = sound == null ? null : SoundPackets.open(sound);
                streams = new InputStreams(first.stream, fps, audio == null ? null : audio.stream);
                AVCodecParameters codec = first.stream.codecpar();
                recorder = new FFmpegFrameRecorder(staged.staging().toString(), codec.width(), codec.height(),
                        audio == null ? 0 : Pcm.CHANNELS);
                recorder.setFormat("mp4");
                recorder.setOption("movflags", "+faststart");
                if (audio != null) {
                    AacTrack.configure(recorder);
                }
                // Started from streams that describe the inputs: the output's streams copy their
                // parameters, and recordPacket reads the time base of every packet from them.
                recorder.start(streams.context);
                long ticksPerFrame = ticksPerFrame(first, fps);
                for (int s = 0; s < segments.size(); s++) {
                    Source source = s == 0 ? first : Source.open(segments.get(s), files.get(s));
                    try {
                        if (s > 0) {
                            source.checkMatches(first, segments.get(s));
                        }
                        copy(source, segments.get(s), ticksPerFrame, recorder, audio, fps);
                    } finally {
                        if (s > 0) {
                            source.close();
                        }
                    }
                }
                if (audio != null) {
                    audio.copyUntil(Long.MAX_VALUE, recorder);
                }
                recorder.stop();
                Mp4Boxes.requireComplete(staged.staging(), staged.target());
                staged.commit();
            } catch (BadSegmentException bad) {
                throw bad;
            } catch (FrameRecorder.Exception e) {
                throw StorageLimitException.translate(staged.target(),
                        new IOException("cannot join the segments into " + output + ": " + e.getMessage(), e));
            } catch (IOException e) {
                throw StorageLimitException.translate(staged.target(), e);
            } finally {
                first.close();
                if (recorder != null) {
                    try {
                        recorder.release();
                    } catch (FrameRecorder.Exception e) {
                        // already failing or already released by stop()
                    }
                }
                if (streams != null) {
                    streams.close();
                }
                if (audio != null) {
                    audio.close();
                }
            }
        }
    }

    /** The stream's ticks per frame; a whole number for every frame rate the MP4 muxer chooses a time base for. */
    private static long ticksPerFrame(Source source, int fps) throws IOException {
        AVRational base = source.stream.time_base();
        long numerator = base.den();
        long denominator = (long) base.num() * fps;
        if (numerator % denominator != 0) {
            throw new IOException("the segments' time base " + base.num() + "/" + base.den()
                    + " does not count whole ticks per frame at " + fps + " fps");
        }
        return numerator / denominator;
    }

    private static void copy(Source source, Segment segment, long ticksPerFrame, FFmpegFrameRecorder recorder,
            SoundPackets audio, int fps) throws IOException {
        long offset = segment.firstFrame() * ticksPerFrame;
        long base = Long.MIN_VALUE;
        int packets = 0;
        try {
            AVPacket packet;
            while ((packet = source.grabber.grabPacket()) != null) {
                if (packet.stream_index() != source.stream.index()) {
                    av_packet_unref(packet);
                    continue;
                }
                if (packets == 0) {
                    if ((packet.flags() & AV_PKT_FLAG_KEY) == 0) {
                        av_packet_unref(packet);
                        throw new BadSegmentException(segment, "does not start on a keyframe");
                    }
                    // The keyframe is shown first: its time is the segment's zero.
                    base = packet.pts();
                }
                packet.pts(packet.pts() - base + offset);
                packet.dts(packet.dts() - base + offset);
                packet.stream_index(InputStreams.VIDEO);
                recorder.recordPacket(packet);
                packets++;
                if (audio != null) {
                    // Sound up to the end of this frame, so the two streams interleave finely.
                    audio.copyUntil(Pcm.sampleAtFrame(segment.firstFrame() + packets, fps), recorder);
                }
            }
        } catch (FrameGrabber.Exception e) {
            throw new BadSegmentException(segment, "cannot be read: " + e.getMessage());
        } catch (FrameRecorder.Exception e) {
            throw new IOException("cannot copy the segment of beat " + segment.beat() + ": " + e.getMessage(), e);
        }
        if (packets != segment.frameCount()) {
            throw new BadSegmentException(segment, "holds " + packets + " frames, not " + segment.frameCount());
        }
    }

    /** An open segment file and its video stream. */
    private static final class Source implements AutoCloseable {
        final FFmpegFrameGrabber grabber;
        final AVStream stream;

        private Source(FFmpegFrameGrabber grabber, AVStream stream) {
            this.grabber = grabber;
            this.stream = stream;
        }

        static Source open(Segment segment, Path file) throws IOException {
            FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile());
            try {
                grabber.start();
                for (int i = 0; i < grabber.getFormatContext().nb_streams(); i++) {
                    AVStream stream = grabber.getFormatContext().streams(i);
                    if (stream.codecpar().codec_type() == AVMEDIA_TYPE_VIDEO) {
                        return new Source(grabber, stream);
                    }
                }
                throw new BadSegmentException(segment, "has no video stream");
            } catch (FrameGrabber.Exception e) {
                close(grabber);
                throw new BadSegmentException(segment, "cannot be opened: " + e.getMessage());
            } catch (IOException | RuntimeException e) {
                close(grabber);
                throw e;
            }
        }

        /** Whether this segment can follow {@code first} in one stream: same codec, size, time base, SPS and PPS. */
        void checkMatches(Source first, Segment segment) throws IOException {
            AVCodecParameters a = first.stream.codecpar();
            AVCodecParameters b = stream.codecpar();
            boolean same = a.codec_id() == b.codec_id() && a.width() == b.width() && a.height() == b.height()
                    && a.format() == b.format() && a.profile() == b.profile() && a.level() == b.level()
                    && first.stream.time_base().num() == stream.time_base().num()
                    && first.stream.time_base().den() == stream.time_base().den()
                    && Arrays.equals(extradata(a), extradata(b));
            if (!same) {
                throw new BadSegmentException(segment, "was encoded with other settings than the first segment "
                        + "(its codec parameters differ), so the two cannot be joined without re-encoding");
            }
        }

        private static byte[] extradata(AVCodecParameters codec) {
            byte[] bytes = new byte[codec.extradata_size()];
            if (bytes.length > 0) {
                codec.extradata().position(0).get(bytes);
            }
            return bytes;
        }

        @Override
        public void close() {
            close(grabber);
        }

        private static void close(FFmpegFrameGrabber grabber) {
            try {
                grabber.close();
            } catch (FrameGrabber.Exception e) {
                // nothing was written through it
            }
        }
    }

    /**
     * The streams the joined file is made of, described for the recorder: the segments' video stream,
     * and the sound's AAC stream if there is one. {@link FFmpegFrameRecorder#start(AVFormatContext)}
     * copies one output stream from each, and {@link FFmpegFrameRecorder#recordPacket} reads a packet's
     * kind and time base from the stream its index names here.
     */
    private static final class InputStreams implements AutoCloseable {
        static final int VIDEO = 0;
        static final int AUDIO = 1;

        final AVFormatContext context = avformat_alloc_context();

        InputStreams(AVStream video, int fps, AVStream audio) throws IOException {
            if (context == null || context.isNull()) {
                throw new IOException("FFmpeg could not allocate a format context");
            }
            AVStream v = add(video);
            v.r_frame_rate(av_make_q(fps, 1));
            v.avg_frame_rate(av_make_q(fps, 1));
            if (audio != null) {
                add(audio);
            }
        }

        private AVStream add(AVStream from) throws IOException {
            AVStream stream = avformat_new_stream(context, null);
            if (stream == null || avcodec_parameters_copy(stream.codecpar(), from.codecpar()) < 0) {
                close();
                throw new IOException("FFmpeg could not describe a stream of the joined video");
            }
            stream.time_base(from.time_base());
            return stream;
        }

        @Override
        public void close() {
            avformat_free_context(context);
        }
    }

    /** The AAC packets of an encoded sound track, handed to the recorder in time order. */
    private static final class SoundPackets implements AutoCloseable {
        final FFmpegFrameGrabber grabber;
        final AVStream stream;
        /** The next packet of the sound stream, read but not yet written; null once the sound has run out. */
        private AVPacket next;

        private SoundPackets(FFmpegFrameGrabber grabber, AVStream stream) {
            this.grabber = grabber;
            this.stream = stream;
        }

        static SoundPackets open(Path file) throws IOException {
            FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile());
            try {
                grabber.start();
                for (int i = 0; i < grabber.getFormatContext().nb_streams(); i++) {
                    AVStream stream = grabber.getFormatContext().streams(i);
                    if (stream.codecpar().codec_type() == AVMEDIA_TYPE_AUDIO) {
                        SoundPackets packets = new SoundPackets(grabber, stream);
                        packets.advance();
                        return packets;
                    }
                }
                throw new IOException("the cached sound track " + file + " has no audio stream");
            } catch (FrameGrabber.Exception e) {
                Source.close(grabber);
                throw new IOException("the cached sound track " + file + " cannot be read: " + e.getMessage(), e);
            } catch (IOException | RuntimeException e) {
                Source.close(grabber);
                throw e;
            }
        }

        /** Writes the packets that start before sample {@code end}. */
        void copyUntil(long end, FFmpegFrameRecorder recorder) throws IOException {
            while (next != null && startSample(next) < end) {
                next.stream_index(InputStreams.AUDIO);
                try {
                    recorder.recordPacket(next);
                } catch (FrameRecorder.Exception e) {
                    throw new IOException("cannot copy the sound track: " + e.getMessage(), e);
                }
                advance();
            }
        }

        private long startSample(AVPacket packet) {
            return av_rescale_q(packet.pts(), stream.time_base(), av_make_q(1, Pcm.SAMPLE_RATE));
        }

        private void advance() throws IOException {
            try {
                AVPacket packet;
                while ((packet = grabber.grabPacket()) != null && packet.stream_index() != stream.index()) {
                    av_packet_unref(packet);
                }
                next = packet;
            } catch (FrameGrabber.Exception e) {
                throw new IOException("the cached sound track cannot be read: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            Source.close(grabber);
        }
    }
}
