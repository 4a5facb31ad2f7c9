package convreel.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoundtrackMixerTest {
    private static final int FPS = 30;

    @TempDir
    Path dir;

    private NarrationClip clip(int beat, Path file) throws IOException {
        Loudness loudness = LoudnessMeter.measure(file, false);
        return new NarrationClip(beat, file, loudness.samples(), loudness.integratedLufs());
    }

    @Test
    void mixIsNormalisedToMinus14LufsUnderTheTruePeakCeilingAndLastsTheVideo() throws Exception {
        NarrationClip first = clip(0, Tones.speech(dir.resolve("a.wav"), 2.5, 22_050, 1, 1));
        NarrationClip second = clip(1, Tones.speech(dir.resolve("b.wav"), 3.0, 44_100, 2, 2));
        MusicTrack music = MusicTrack.prepare(new MusicSettings(Tones.music(dir.resolve("m.wav"), 1.7, 44_100, 2), 0.5));
        Soundtrack soundtrack = Soundtrack.of(FPS, 213, new int[] {0, 90}, List.of(first, second), Optional.of(music));
        long start = System.nanoTime();
        try (MixedAudio mixed = soundtrack.mix(dir.resolve("work"))) {
            double millis = (System.nanoTime() - start) / 1e6;
            System.out.printf("mixed %.2f s in %.0f ms: premix %s, final %s%n",
                    Pcm.seconds(mixed.samples()), millis, mixed.premix(), mixed.loudness());
            assertEquals(213 * 1600, mixed.samples(), "samples: exactly 213 frames at 30 fps");
            assertEquals(-14, mixed.loudness().integratedLufs(), 0.5);
            assertTrue(mixed.loudness().truePeakDbtp() <= -1.8, "true peak " + mixed.loudness().truePeakDbtp());
            Loudness reread = measure(mixed);
            assertEquals(mixed.loudness().integratedLufs(), reread.integratedLufs(), 0.05);
            assertEquals(mixed.samples(), reread.samples());
        }
        try (Stream<Path> left = Files.list(dir.resolve("work"))) {
            assertEquals(List.of(), left.toList(), "temporary PCM files are deleted");
        }
    }

    @Test
    void musicDucksByTwelveDecibelsWhileAVoiceSpeaksAndComesBackBetween() throws Exception {
        // A silent "voice" leaves only the music, so its level can be read straight off the mix.
        NarrationClip voice = clip(1, Tones.silence(dir.resolve("quiet.wav"), 2.0, 48_000, 2));
        MusicTrack music = MusicTrack.prepare(new MusicSettings(Tones.sine(dir.resolve("m.wav"), 10, 48_000, 2, 330, -20), 1));
        Soundtrack soundtrack = Soundtrack.of(FPS, 240, new int[] {0, 90}, List.of(voice), Optional.of(music));
        try (MixedAudio mixed = soundtrack.mix(null)) {
            float[] pcm = read(mixed);
            double before = rmsDb(pcm, 1.5, 2.5);
            double during = rmsDb(pcm, 3.2, 4.8);
            double after = rmsDb(pcm, 5.3, 5.9);
            assertEquals(-12, during - before, 0.3, "ducked level relative to before the voice");
            assertEquals(0, after - before, 0.3, "level after the voice");
            // the ramp: down over the 300 ms before the voice starts (at 3.0 s), smooth, no step
            double rampStart = rmsDb(pcm, 2.68, 2.70);
            double rampMiddle = rmsDb(pcm, 2.84, 2.86);
            double ducked = rmsDb(pcm, 3.00, 3.02);
            assertTrue(rampStart - rampMiddle > 2 && rampMiddle - ducked > 2,
                    "ramp " + rampStart + " → " + rampMiddle + " → " + ducked);
            assertEquals(-12, ducked - before, 0.5, "fully ducked when the voice starts");
        }
    }

    @Test
    void shortMusicLoopsForTheWholeVideoAndFadesOutAtTheEnd() throws Exception {
        MusicTrack music = MusicTrack.prepare(new MusicSettings(Tones.music(dir.resolve("m.wav"), 1.3, 44_100, 2), 0.5));
        Soundtrack soundtrack = new Soundtrack(FPS, 180, List.of(), Optional.of(music));
        try (MixedAudio mixed = soundtrack.mix(null)) {
            float[] pcm = read(mixed);
            for (double t = 1.0; t < 3.9; t += 0.25) {
                assertTrue(rmsDb(pcm, t, t + 0.25) > -40, "music plays at " + t + " s");
            }
            assertTrue(rmsDb(pcm, 5.95, 6.0) < rmsDb(pcm, 3.0, 3.05) - 20, "faded out at the end");
            assertEquals(-14, mixed.loudness().integratedLufs(), 0.5);
        }
    }

    @Test
    void silentSoundtrackStaysSilent() throws Exception {
        try (MixedAudio mixed = new Soundtrack(FPS, 30, List.of(), Optional.empty()).mix(null)) {
            assertEquals(48_000, mixed.samples());
            assertFalse(mixed.loudness().isMeasurable());
            float[] pcm = read(mixed);
            for (float v : pcm) {
                assertEquals(0f, v);
            }
        }
    }

    static float[] read(MixedAudio mixed) throws IOException {
        float[] all = new float[(int) mixed.samples() * Pcm.CHANNELS];
        try (PcmSource in = mixed.open()) {
            float[] block = new float[4800 * Pcm.CHANNELS];
            int at = 0;
            int n;
            while ((n = in.read(block, 4800)) > 0) {
                System.arraycopy(block, 0, all, at, n * Pcm.CHANNELS);
                at += n * Pcm.CHANNELS;
            }
            assertEquals(all.length, at);
        }
        return all;
    }

    private static Loudness measure(MixedAudio mixed) throws IOException {
        try (PcmSource in = mixed.open(); LoudnessMeter meter = LoudnessMeter.open(true)) {
            float[] block = new float[4800 * Pcm.CHANNELS];
            int n;
            while ((n = in.read(block, 4800)) > 0) {
                meter.accept(block, n);
            }
            return meter.finish();
        }
    }

    static double rmsDb(float[] pcm, double fromSeconds, double toSeconds) {
        int from = (int) (fromSeconds * Pcm.SAMPLE_RATE) * Pcm.CHANNELS;
        int to = (int) (toSeconds * Pcm.SAMPLE_RATE) * Pcm.CHANNELS;
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += pcm[i] * (double) pcm[i];
        }
        return 10 * Math.log10(sum / (to - from) + 1e-20);
    }
}
