package convreel.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoudnessMeterTest {

    @TempDir
    Path dir;

    /** EBU Tech 3341's first case: a 1 kHz sine at −23 dBFS on both channels reads −23 LUFS. */
    @Test
    void sineOnBothChannelsReadsItsLevelInLufs() throws IOException {
        Path tone = Tones.sine(dir.resolve("tone.wav"), 5, 48_000, 2, 1000, -23);
        Loudness loudness = LoudnessMeter.measure(tone, true);
        assertEquals(-23, loudness.integratedLufs(), 0.1);
        assertEquals(-23, loudness.truePeakDbtp(), 0.2);
        assertEquals(5 * 48_000, loudness.samples());
    }

    @Test
    void monoAndOtherRatesAreResampledToStereo48kHz() throws IOException {
        Path tone = Tones.sine(dir.resolve("tone.wav"), 3, 22_050, 1, 440, -20);
        Loudness loudness = LoudnessMeter.measure(tone, false);
        assertEquals(3 * 48_000, loudness.samples(), 48, "length after resampling, within a millisecond");
        assertTrue(loudness.isMeasurable());
    }

    @Test
    void silenceHasNoMeasurableLoudness() throws IOException {
        Loudness loudness = LoudnessMeter.measure(Tones.silence(dir.resolve("quiet.wav"), 2, 48_000, 2), true);
        assertFalse(loudness.isMeasurable());
        assertEquals(Double.NEGATIVE_INFINITY, loudness.truePeakDbtp());
    }
}
