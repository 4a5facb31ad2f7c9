package convreel.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BeatTimingTest {

    private static NarrationClip clip(int beat, double seconds) {
        return new NarrationClip(beat, Path.of("clip.wav"), Pcm.samples(seconds), -20);
    }

    @Test
    void beatLastsItsSecondsOrItsVoicePlusTheTailWhicheverIsLonger() {
        double[] scene = {3, 6, 9, 2};
        double[] resolved = BeatTiming.resolve(scene, List.of(clip(0, 4.1), clip(1, 2.0), clip(3, 1.6)));
        assertArrayEquals(new double[] {4.5, 6, 9, 2.0}, resolved, 1e-9);
    }

    @Test
    void voiceJustUnderTheSecondsStillGetsItsTail() {
        assertArrayEquals(new double[] {5.3}, BeatTiming.resolve(new double[] {5}, List.of(clip(0, 4.9))), 1e-9);
    }

    @Test
    void leavesTheScenesSecondsAlone() {
        double[] scene = {1, 1};
        BeatTiming.resolve(scene, List.of(clip(0, 5)));
        assertArrayEquals(new double[] {1, 1}, scene);
    }

    @Test
    void rejectsClipsForMissingBeats() {
        assertThrows(IllegalArgumentException.class, () -> BeatTiming.resolve(new double[] {1}, List.of(clip(1, 1))));
    }

    @Test
    void aBeatSaidInPhrasesLastsUntilItsLastPhraseEnds() {
        NarrationClip second = clip(0, 1.5).at(Pcm.samples(2.5));
        assertArrayEquals(new double[] {4.4}, BeatTiming.resolve(new double[] {1}, List.of(clip(0, 2), second)), 1e-9);
    }
}
