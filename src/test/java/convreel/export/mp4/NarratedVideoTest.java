package convreel.export.mp4;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.audio.BeatTiming;
import convreel.audio.ClipCache;
import convreel.audio.MixedAudio;
import convreel.audio.NarrationClip;
import convreel.audio.NarrationException;
import convreel.audio.NarrationRequest;
import convreel.audio.Narrator;
import convreel.audio.Soundtrack;
import convreel.audio.Tones;
import convreel.audio.TtsEngine;
import convreel.export.CompositeSink;
import convreel.export.FrameSink;
import convreel.export.subtitle.BeatSubtitle;
import convreel.export.subtitle.SubtitleSink;
import convreel.export.subtitle.SubtitleTrack;
import convreel.testing.DecodedAudio;
import convreel.testing.DecodedVideo;
import convreel.testing.Drawings;
import convreel.testing.FolderListing;
import convreel.testing.PaintedFrame;
import convreel.testing.ParsedSubtitles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A narrated render end to end, in the order the render command takes its steps: voices first (so a
 * missing file or a failing engine stops everything before any output is opened), then beat times
 * from the voices, the mix, and the video and subtitles written together.
 */
class NarratedVideoTest {
    private static final int FPS = 30;
    private static final int SIZE = 64;

    @TempDir
    Path dir;

    private record Rendered(double[] seconds, int[] starts, int frames, SubtitleTrack subtitles) {
    }

    private Rendered render(List<NarrationRequest> requests, Optional<TtsEngine> tts, double[] sceneSeconds, String[] texts)
            throws Exception {
        List<NarrationClip> clips = new Narrator(tts, new ClipCache(dir.resolve("out/.cache/tts"))).prepare(requests);
        double[] seconds = BeatTiming.resolve(sceneSeconds, clips);
        // the timeline's rule: beat i ends on the frame nearest the sum of the seconds so far
        int[] starts = new int[seconds.length + 1];
        double elapsed = 0;
        for (int i = 0; i < seconds.length; i++) {
            elapsed += seconds[i];
            starts[i + 1] = Math.max(starts[i] + 1, (int) Math.round(elapsed * FPS));
        }
        int frames = starts[seconds.length];
        List<BeatSubtitle> beats = new ArrayList<>();
        for (int i = 0; i < seconds.length; i++) {
            int beat = i;
            Optional<NarrationClip> voice = clips.stream().filter(c -> c.beatIndex() == beat).findFirst();
            beats.add(voice.isPresent()
                    ? BeatSubtitle.voiced(starts[i], starts[i + 1], voice.get().seconds(), FPS, texts[i])
                    : BeatSubtitle.silent(starts[i], starts[i + 1], texts[i]));
        }
        SubtitleTrack subtitles = SubtitleTrack.fromBeats(FPS, beats);
        Path out = dir.resolve("out");
        try (MixedAudio sound = Soundtrack.of(FPS, frames, starts, clips, Optional.empty()).mix(out.resolve(".cache"));
                FrameSink sink = CompositeSink.of(
                        Mp4Sink.open(out.resolve("scene.mp4"), new VideoSpec(SIZE, SIZE, FPS, "ultrafast"), sound),
                        SubtitleSink.open(out.resolve("scene.srt"), out.resolve("scene.vtt"), subtitles))) {
            for (int n = 0; n < frames; n++) {
                sink.accept(new PaintedFrame(n, SIZE, SIZE, Drawings.movingRectangle(n, SIZE, SIZE)));
            }
            sink.finish();
        }
        return new Rendered(seconds, starts, frames, subtitles);
    }

    private Path fakeTts(String body) throws IOException {
        Path script = dir.resolve("tts.sh");
        Files.writeString(script, "#!/bin/sh\n" + body + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    private List<String> outputs() throws IOException {
        Path out = dir.resolve("out");
        return Files.exists(out) ? FolderListing.names(out).stream().filter(n -> !n.equals(".cache")).toList() : List.of();
    }

    @Test
    void beatsStretchToTheirVoicesAndVideoSoundAndSubtitlesAgree() throws Exception {
        Path recorded = Tones.speech(dir.resolve("beat1.wav"), 2.0, 44_100, 2, 1);
        Path spoken = Tones.speech(dir.resolve("tts.wav"), 1.0, 22_050, 1, 2);
        TtsEngine tts = TtsEngine.Command.parse(fakeTts("cp '" + spoken + "' \"$2\"") + " {text} {out}", "wav");
        String[] texts = {"প্রথম কথা", "দ্বিতীয় কথা", "নীরব"};
        Rendered rendered = render(List.of(NarrationRequest.recorded(0, texts[0], recorded), NarrationRequest.spoken(1, texts[1])),
                Optional.of(tts), new double[] {1, 3, 0.5}, texts);

        assertArrayEquals(new double[] {2.4, 3, 0.5}, rendered.seconds(), 1e-3, "beat 1 stretched to its 2 s voice + 0.4 s");
        assertArrayEquals(new int[] {0, 72, 162, 177}, rendered.starts());
        assertEquals(List.of("scene.mp4", "scene.srt", "scene.vtt"), outputs());
        assertEquals(177, DecodedVideo.frames(dir.resolve("out/scene.mp4")).size());
        assertEquals(177 / (double) FPS, DecodedAudio.measure(dir.resolve("out/scene.mp4")).seconds(), 1.0 / FPS);
        List<ParsedSubtitles.Cue> cues = ParsedSubtitles.parse(
                Files.readString(dir.resolve("out/scene.srt"), StandardCharsets.UTF_8), false);
        assertEquals(List.of(new ParsedSubtitles.Cue(0, 2400, texts[0]),
                new ParsedSubtitles.Cue(2400, 5400, texts[1]),
                new ParsedSubtitles.Cue(5400, 5900, texts[2])), cues);
    }

    @Test
    void missingVoiceFileStopsTheRenderBeforeAnyOutput() {
        NarrationException e = assertThrows(NarrationException.class, () -> render(
                List.of(NarrationRequest.recorded(1, "", dir.resolve("voices/missing.mp3"))), Optional.empty(),
                new double[] {1, 1}, new String[] {"এক", "দুই"}));
        assertEquals(1, e.beatIndex());
        assertTrue(e.problem().contains("missing.mp3' does not exist"), e.problem());
        assertFalse(Files.exists(dir.resolve("out/scene.mp4")));
    }

    @Test
    void failingTtsCommandStopsTheRenderBeforeAnyOutput() throws Exception {
        TtsEngine broken = TtsEngine.Command.parse(fakeTts("echo 'quota exceeded' >&2; exit 1") + " {text} {out}", "mp3");
        NarrationException e = assertThrows(NarrationException.class, () -> render(
                List.of(NarrationRequest.spoken(0, "এক")), Optional.of(broken), new double[] {1}, new String[] {"এক"}));
        assertEquals(0, e.beatIndex());
        assertTrue(e.problem().endsWith("failed with exit code 1: quota exceeded"), e.problem());
        assertEquals(List.of(), outputs(), "no video, no subtitles");
        assertEquals(List.of(), FolderListing.names(dir.resolve("out/.cache/tts")), "no clip, no partial file");
    }
}
