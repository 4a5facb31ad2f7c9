package convreel.export.mp4;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_H264;
import static org.bytedeco.ffmpeg.global.avcodec.AV_PROFILE_H264_HIGH;
import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_ERROR;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.av_log_set_level;

import convreel.audio.MixedAudio;
import convreel.audio.Pcm;
import convreel.audio.PcmSource;
import convreel.export.Frame;
import convreel.export.FrameSink;
import convreel.io.StagedOutput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.bytedeco.javacv.FFmpegFrameRecorder;

/**
 * Encodes frames into an H.264 MP4 with the settings YouTube recommends for uploads: libx264 High
 * profile, yuv420p with the BT.709 colour matrix (declared in the stream), constant frame rate,
 * closed GOPs of half a second, two consecutive B-frames, CRF {@value #CRF}, and the {@code moov}
 * index before the media data ({@code +faststart}) so playback can start before the whole file has
 * arrived.
 *
 * <p>Frame <i>k</i> accepted is shown at <i>k</i>/fps seconds; the file holds exactly the frames
 * accepted and lasts frames/fps seconds. The video is written to a hidden file beside the target
 * ({@link StagedOutput}) and renamed onto it by {@link #finish()} once it is checked to be whole
 * ({@link Mp4Boxes}); closing without finishing deletes it. A write refused because the disk is full or
 * the file size limit was reached is reported as a {@link StorageLimitException}.
 *
 * <p>Opened with a {@link MixedAudio}, the file also carries it as an AAC-LC stream ({@link AacTrack}),
 * written alongside the pictures up to the end of each frame accepted.
 *
 * <p>A frame that brings its own {@linkplain Frame#yuv() converted planes} is encoded as it is; any
 * other is converted here from its raster.
 */
public final class Mp4Sink implements FrameSink {

    /** The preset for final renders: a good balance of speed and size for flat, vector-like frames. */
    public static final String DEFAULT_PRESET = "veryfast";

    /** x264's presets, fastest first. A slower preset makes a smaller file of the same quality. */
    public static final List<String> PRESETS = List.of(
            "ultrafast", "superfast", "veryfast", "faster", "fast", "medium", "slow", "slower", "veryslow", "placebo");

    /** Constant rate factor: visually lossless for flat graphics, well above YouTube's re-encode. */
    static final int CRF = 18;

    static final int B_FRAMES = 2;

    static final int PROFILE = AV_PROFILE_H264_HIGH;

    /** AAC bit rate, YouTube's recommended 384 kb/s for stereo. */
    static final int AUDIO_BITRATE = AacTrack.BITRATE;

    /** x264 options beyond the preset, as {@link #configure} sets them. */
    private static final String X264_PARAMS = "scenecut=0:open-gop=0";

    private final StagedOutput file;
    private final FFmpegFrameRecorder recorder;
    private final Bt709Converter converter;
    private final int width;
    private final int height;
    private final int fps;
    /** The sound to interleave with the pictures; null for a video without sound. */
    private final PcmSource audio;
    private final AacTrack track;
    private final Check beforeCommit;
    private final int yuvSize;
    private int frames;
    private int lastIndex = -1;
    private boolean finished;

    /** Runs on the finished, whole staging file before it is put in place; may refuse it. */
    interface Check {
        void accept(Path staging) throws IOException;
    }

    private Mp4Sink(StagedOutput file, FFmpegFrameRecorder recorder, Bt709Converter converter, int width, int height,
            int fps, PcmSource audio, Check beforeCommit) {
        this.file = file;
        this.recorder = recorder;
        this.converter = converter;
        this.width = width;
        this.height = height;
        this.fps = fps;
        this.audio = audio;
        this.track = audio == null ? null : new AacTrack(recorder, audio);
        this.beforeCommit = beforeCommit;
        this.yuvSize = width * height + 2 * ((width / 2) * (height / 2));
    }

    /**
     * Opens an encoder writing a video of {@code spec} to {@code output}, creating its parent folders.
     */
    public static Mp4Sink open(Path output, VideoSpec spec) throws IOException {
        return open(output, spec, null);
    }

    /**
     * Like {@link #open(Path, VideoSpec)}, with {@code sound} as the video's audio stream (or none if
     * {@code sound} is null). The sink reads {@code sound} while encoding; the caller closes it after
     * this sink is closed.
     */
    public static Mp4Sink open(Path output, VideoSpec spec, MixedAudio sound) throws IOException {
        return open(output, spec, sound, true, staging -> { });
    }

    /**
     * A segment for the cache: the same encoder, no sound, and the index left at the end of the file
     * (a segment is only ever read whole, by {@link SegmentJoiner}, so moving it first would cost a
     * second pass over the file for nothing). {@code beforeCommit} sees the whole segment before it is
     * put in place (the cache records its hash).
     */
    static Mp4Sink openSegment(Path output, VideoSpec spec, Check beforeCommit) throws IOException {
        return open(output, spec, null, false, beforeCommit);
    }

    private static Mp4Sink open(Path output, VideoSpec spec, MixedAudio sound, boolean fastStart, Check beforeCommit)
            throws IOException {
        Objects.requireNonNull(output, "output");
        int width = spec.width();
        int height = spec.height();
        StagedOutput file = StagedOutput.file(output);
        FFmpegFrameRecorder recorder = null;
        PcmSource audio = null;
        try {
            audio = sound == null ? null : sound.open();
            recorder = new FFmpegFrameRecorder(file.staging().toString(), width, height, audio == null ? 0 : Pcm.CHANNELS);
            configure(recorder, spec.fps(), spec.preset());
            if (fastStart) {
                recorder.setOption("movflags", "+faststart");
            }
            if (audio != null) {
                AacTrack.configure(recorder);
            }
            recorder.start();
            return new Mp4Sink(file, recorder, new Bt709Converter(width, height), width, height, spec.fps(), audio, beforeCommit);
        } catch (Throwable e) {
            // Also on an Error such as a missing native library: the staging file must not stay behind.
            try (file) {
                if (recorder != null) {
                    recorder.release();
                }
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            if (audio != null) {
                try {
                    audio.close();
                } catch (IOException cleanup) {
                    e.addSuppressed(cleanup);
                }
            }
            if (e instanceof IOException failure) {
                throw StorageLimitException.translate(file.target(), failure);
            }
            throw e;
        }
    }

    static {
        // FFmpeg and x264 describe every stream they open at the default level; a render prints
        // its own summary, so only their errors are worth showing.
        av_log_set_level(AV_LOG_ERROR);
    }

    private static void configure(FFmpegFrameRecorder recorder, int fps, String preset) {
        recorder.setFormat("mp4");
        recorder.setVideoCodecName("libx264");
        recorder.setVideoCodec(AV_CODEC_ID_H264);
        recorder.setPixelFormat(AV_PIX_FMT_YUV420P);
        recorder.setFrameRate(fps);
        // JavaCV 1.5.13 copies this into AVCodecContext.profile, which libx264 enforces as "high".
        // Left unset, JavaCV asks for Constrained Baseline, a value libx264 does not map and ignores.
        recorder.setVideoProfile(PROFILE);
        recorder.setGopSize(gopSize(fps));
        recorder.setMaxBFrames(B_FRAMES);
        // JavaCV's default of 400 kb/s would be ignored by CRF but still be announced in the file.
        recorder.setVideoBitrate(0);
        codecOptions(preset).forEach(recorder::setVideoOption);
    }

    /** Keyframes every half second: each a clean cut for the segment cache and a seek point. */
    static int gopSize(int fps) {
        return fps / 2;
    }

    /** The options libavcodec opens libx264 with, by name, beyond the fields {@link #configure} sets. */
    static Map<String, String> codecOptions(String preset) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("preset", preset);
        options.put("crf", Integer.toString(CRF));
        // Keyframes exactly every GOP and nowhere else (scenecut would insert some), each starting a
        // closed GOP, so every keyframe is a clean cut and seek point.
        options.put("x264-params", X264_PARAMS);
        // Declares what Bt709Converter produces (BT.709 matrix, limited range) and what the painted
        // sRGB pixels are close enough to (BT.709 primaries and transfer), as YouTube recommends.
        options.put("colorspace", "bt709");
        options.put("color_primaries", "bt709");
        options.put("color_trc", "bt709");
        options.put("color_range", "tv");
        return options;
    }

    /**
     * Everything that decides the bytes this sink encodes a given picture into, as one line: the
     * settings of {@link #configure}, the colour conversion, and the FFmpeg libraries' versions. Two
     * videos encoded under the same line from the same pictures are the same bytes (x264 is
     * deterministic, threads or not), which is what lets a cached segment stand in for a new one.
     */
    public static String encoderIdentity(VideoSpec spec) {
        return "h264 libx264 high yuv420p " + spec.width() + "x" + spec.height() + " fps " + spec.fps() + " gop " + gopSize(spec.fps())
                + " bframes " + B_FRAMES + " crf " + CRF + " preset " + spec.preset() + " x264-params " + X264_PARAMS
                + " bt709 limited " + Bt709Converter.IDENTITY
                + " avcodec " + org.bytedeco.ffmpeg.global.avcodec.avcodec_version()
                + " avformat " + org.bytedeco.ffmpeg.global.avformat.avformat_version()
                + " avutil " + org.bytedeco.ffmpeg.global.avutil.avutil_version()
                + " swscale " + org.bytedeco.ffmpeg.global.swscale.swscale_version();
    }

    @Override
    public boolean readsYuv() {
        return true;
    }

    @Override
    public void accept(Frame frame) throws IOException {
        if (finished) {
            throw new IllegalStateException("accept() after finish()");
        }
        if (frame.width() != width || frame.height() != height) {
            throw new IllegalArgumentException("frame " + frame.index() + " is " + frame.width() + "×"
                    + frame.height() + " but the video is " + width + "×" + height);
        }
        if (frames > 0 && frame.index() != lastIndex + 1) {
            // Timestamps count accepted frames, so a skipped or repeated frame would shift the rest.
            throw new IllegalArgumentException(
                    "frames must be consecutive; got frame " + frame.index() + " after frame " + lastIndex);
        }
        Optional<ByteBuffer> converted = frame.yuv();
        ByteBuffer yuv;
        if (converted.isPresent()) {
            yuv = converted.get();
            if (yuv.remaining() != yuvSize) {
                throw new IllegalArgumentException("frame " + frame.index() + " brings " + yuv.remaining()
                        + " bytes of yuv420p but a " + width + "×" + height + " picture has " + yuvSize);
            }
        } else {
            yuv = converter.convert(frame.raster());
        }
        try {
            recorder.recordImage(width, height, org.bytedeco.javacv.Frame.DEPTH_UBYTE, 1, width, AV_PIX_FMT_YUV420P, yuv);
            lastIndex = frame.index();
            frames++;
            if (track != null) {
                track.writeUntil(Pcm.sampleAtFrame(frames, fps));
            }
        } catch (IOException e) {
            throw StorageLimitException.translate(file.target(), e);
        }
    }

    /** Flushes the encoder, writes the index, checks the file is whole and moves it onto the output path. */
    @Override
    public void finish() throws IOException {
        if (finished) {
            throw new IllegalStateException("finish() called twice");
        }
        if (frames == 0) {
            throw new IllegalStateException("no frames were accepted; an MP4 needs at least one");
        }
        try {
            recorder.stop();
        } catch (IOException e) {
            throw StorageLimitException.translate(file.target(), e);
        }
        Mp4Boxes.requireComplete(file.staging(), file.target());
        beforeCommit.accept(file.staging());
        file.commit();
        finished = true;
    }

    @Override
    public void close() throws IOException {
        try (file; converter; audio) {
            recorder.release();
        }
    }

    /** The output path. */
    public Path output() {
        return file.target();
    }
}
