package convreel.script;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NearestWordTest {

    @Test
    void typosAreMatchedToTheKeyTheyWereMeantToBe() {
        assertEquals(Optional.of("kernels"), NearestWord.among("kernal", SceneKeys.SCENE_KEYS));
        assertEquals(Optional.of("values"), NearestWord.among("valeus", SceneKeys.KERNEL_KEYS));
        assertEquals(Optional.of("caption"), NearestWord.among("captoin", SceneKeys.BEAT_KEYS));
    }

    @Test
    void abbreviationPrefersTheWordItStartsLike() {
        assertEquals(Optional.of("seconds"), NearestWord.among("secs", SceneKeys.BEAT_KEYS));
        assertEquals(Optional.of("kernels"), NearestWord.among("kern", SceneKeys.SCENE_KEYS));
    }

    @Test
    void caseIsIgnoredAndDecoratedWordsAreFound() {
        assertEquals(Optional.of("relu"), NearestWord.among("ReLU", List.of("relu", "none")));
        assertEquals(Optional.of("relu"), NearestWord.among("leaky_relu", List.of("relu", "none")));
    }

    @Test
    void unrelatedWordsGetNoSuggestion() {
        assertEquals(Optional.empty(), NearestWord.among("sigmoid", List.of("relu", "none")));
        assertEquals(Optional.empty(), NearestWord.among("tanh", List.of("relu", "none")));
        assertEquals(Optional.empty(), NearestWord.among("duration", List.of("show", "caption", "seconds", "at")));
    }

    @Test
    void swappedNeighboursCountAsOneEdit() {
        assertEquals(1, NearestWord.distance("stpe", "step"));
        assertEquals(2, NearestWord.distance("kernal", "kernels"));
    }
}
