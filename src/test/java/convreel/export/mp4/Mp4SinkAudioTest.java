package convreel.export.mp4;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_AAC;
import static org.bytedeco.ffmpeg.global.avcodec.AV_PROFILE_AAC_LOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.audio.Loudness;
import convreel.audio.LoudnessMeter;
import convreel.audio.MixedAudio;
import convreel.audio.MusicSettings;
import convreel.audio.MusicTrack;
import convreel.audio.NarrationClip;
import convreel.audio.Soundtrack;
import convreel.audio.Tones;
import convreel.testing.DecodedAudio;
import convreel.testing.DecodedVideo;
import convreel.testing.Drawings;
import convreel.testing.FolderListing;
import convreel.testing.PaintedFrame;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Mp4SinkAudioTest {
    private static final int WIDTH = 160;
    private static final int HEIGHT = 90;
    private static final int FPS = 30;
    private static final int FRAMES = 195;

    @TempDir
    static Path shared;
    private static Path video;
    private static Loudness mixedLoudness;

    @TempDir
    Path dir;

    private static NarrationClip clip(int beat, Path file) throws IOException {
        Loudness loudness = LoudnessMeter.measure(file, false);
        return new NarrationClip(beat, file, loudness.samples(), loudness.integratedLufs());
    }

    /** 6.5 s: two voices (different rates and channel counts) over looped music. */
    @BeforeAll
    static void writeVideo() throws Exception {
        NarrationClip first = clip(0, Tones.speech(shared.resolve("a.wav"), 2.6, 22_050, 1, 11));
        NarrationClip second = clip(1, Tones.speech(shared.resolve("b.wav"), 2.9, 44_100, 2, 12));
        MusicTrack music = MusicTrack.prepare(new MusicSettings(Tones.music(shared.resolve("m.wav"), 2.2, 44_100, 2), 0.4));
        Soundtrack soundtrack = Soundtrack.of(FPS, FRAMES, new int[] {0, 96}, List.of(first, second), Optional.of(music));
        video = shared.resolve("out/narrated.mp4");
        try (MixedAudio mixed = soundtrack.mix(shared.resolve("work"))) {
            mixedLoudness = mixed.loudness();
            render(video, FRAMES, mixed);
        }
    }

    static void render(Path target, int frames, MixedAudio sound) throws IOException {
        try (Mp4Sink sink = Mp4Sink.open(target, new VideoSpec(WIDTH, HEIGHT, FPS, "ultrafast"), sound)) {
            for (int n = 0; n < frames; n++) {
                sink.accept(new PaintedFrame(n, WIDTH, HEIGHT, Drawings.movingRectangle(n, WIDTH, HEIGHT)));
            }
            sink.finish();
        }
    }

    @Test
    void soundIsAacLowComplexity48kHzStereo() throws IOException {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile())) {
            grabber.start();
            assertEquals(AV_CODEC_ID_AAC, grabber.getAudioCodec());
            AVCodecParameters audio = stream(grabber, grabber.getAudioStream()).codecpar();
            assertEquals(AV_PROFILE_AAC_LOW, audio.profile(), "AAC profile (1 = LC)");
            assertEquals(48_000, audio.sample_rate());
            assertEquals(2, audio.ch_layout().nb_channels());
            assertTrue(audio.bit_rate() > 200_000, "bit rate " + audio.bit_rate());
        }
    }

    @Test
    void soundAndPicturesLastTheSameToWithinAFrame() throws IOException {
        double frame = 1.0 / FPS;
        double pictures = FRAMES / (double) FPS;
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile())) {
            grabber.start();
            assertEquals(pictures, seconds(stream(grabber, grabber.getVideoStream())), frame / 2, "video stream");
            assertEquals(pictures, seconds(stream(grabber, grabber.getAudioStream())), frame, "audio stream");
        }
        DecodedAudio.Measured decoded = DecodedAudio.measure(video);
        assertEquals(pictures, decoded.seconds(), frame, "decoded sound");
        assertEquals(FRAMES, DecodedVideo.frames(video).size(), "decoded pictures");
    }

    @Test
    void soundIsAtYoutubesLoudnessWithTruePeaksUnderMinusOneDbtp() throws IOException {
        Loudness loudness = DecodedAudio.measure(video).loudness();
        System.out.println("mixed: " + mixedLoudness + "; decoded from the MP4: " + loudness);
        assertEquals(-14, loudness.integratedLufs(), 1.0, "integrated loudness of the decoded AAC");
        assertTrue(loudness.truePeakDbtp() <= -1.0, "true peak " + loudness.truePeakDbtp() + " dBTP");
    }

    @Test
    void shortSoundIsPaddedWithSilenceToTheVideosLength() throws IOException {
        Path target = dir.resolve("padded.mp4");
        NarrationClip voice = clip(0, Tones.speech(dir.resolve("v.wav"), 0.8, 48_000, 2, 5));
        try (MixedAudio mixed = Soundtrack.of(FPS, 30, new int[] {0}, List.of(voice), Optional.empty()).mix(dir)) {
            render(target, 75, mixed);
        }
        assertEquals(2.5, DecodedAudio.measure(target).seconds(), 1.0 / FPS);
    }

    @Test
    void closeWithoutFinishLeavesNothingBehind() throws IOException {
        Path target = dir.resolve("out/draft.mp4");
        NarrationClip voice = clip(0, Tones.speech(dir.resolve("v.wav"), 0.8, 48_000, 2, 5));
        try (MixedAudio mixed = Soundtrack.of(FPS, 30, new int[] {0}, List.of(voice), Optional.empty()).mix(dir);
                Mp4Sink sink = Mp4Sink.open(target, new VideoSpec(WIDTH, HEIGHT, FPS, "ultrafast"), mixed)) {
            for (int n = 0; n < 10; n++) {
                sink.accept(new PaintedFrame(n, WIDTH, HEIGHT, Drawings.movingRectangle(n, WIDTH, HEIGHT)));
            }
        }
        assertFalse(java.nio.file.Files.exists(target));
        assertEquals(List.of(), FolderListing.names(target.getParent()));
    }

    private static AVStream stream(FFmpegFrameGrabber grabber, int index) {
        return grabber.getFormatContext().streams(index);
    }

    private static double seconds(AVStream stream) {
        return stream.duration() * stream.time_base().num() / (double) stream.time_base().den();
    }
}
