package convreel.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DuckingEnvelopeTest {
    private static final long RAMP = 14_400;
    private static final float DUCK = 0.25f;

    private static DuckingEnvelope envelope(long[]... spans) {
        return new DuckingEnvelope(List.of(spans), RAMP, DUCK, 48_000);
    }

    @Test
    void downBeforeTheVoiceUpAfterItAndWholeBetween() {
        DuckingEnvelope envelope = envelope(new long[] {100_000, 200_000});
        assertEquals(1f, envelope.gainAt(100_000 - RAMP - 1));
        assertEquals(DUCK, envelope.gainAt(100_000));
        assertEquals(DUCK, envelope.gainAt(199_999));
        assertEquals(1f, envelope.gainAt(200_000 + RAMP));
        assertEquals((1 + DUCK) / 2, envelope.gainAt(100_000 - RAMP / 2), 1e-3, "halfway down the ramp");
    }

    @Test
    void rampsAreSmoothWithNoStepLargerThanASliverOfTheRange() {
        DuckingEnvelope envelope = envelope(new long[] {100_000, 200_000});
        float[] gains = new float[300_000];
        envelope.fill(0, gains, gains.length);
        float largest = 0;
        for (int i = 1; i < gains.length; i++) {
            largest = Math.max(largest, Math.abs(gains[i] - gains[i - 1]));
            assertEquals(envelope.gainAt(i), gains[i], 1e-6, "fill and gainAt agree at " + i);
        }
        assertTrue(largest < (1 - DUCK) * 2.0 / RAMP, "largest step " + largest);
    }

    @Test
    void voicesLessThanTheMergeGapApartAreOneStretch() {
        DuckingEnvelope envelope = envelope(new long[] {400_000, 500_000}, new long[] {100_000, 200_000},
                new long[] {230_000, 290_000});
        assertEquals(2, envelope.stretches(), "the 30 000-sample gap merges (under 48 000), the 110 000 one does not");
        assertEquals(DUCK, envelope.gainAt(215_000), "no bobbing between close voices");
        assertEquals(1f, envelope.gainAt(345_000), 0.01f, "music back up in a long pause");
    }
}
