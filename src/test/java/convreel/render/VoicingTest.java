package convreel.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.audio.Tones;
import convreel.model.Scene;
import convreel.script.SceneException;
import convreel.script.SceneLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VoicingTest {

    @Test
    void aVoiceThatWouldTakeTheVideoPastItsLengthLimitIsASceneErrorAtThatBeat(@TempDir Path dir) throws Exception {
        Tones.speech(dir.resolve("long.wav"), 6, 16_000, 1, 7);
        StringBuilder yaml = new StringBuilder("image: [[1, 2], [3, 4]]\nkernels: [{values: [[1]]}]\nbeats:\n");
        for (int i = 0; i < 6; i++) {
            yaml.append("  - {caption: \"\", seconds: 299}\n");
        }
        yaml.append("  - caption: \"শেষ\"\n    seconds: 1\n    voice: long.wav\n");
        Path file = dir.resolve("long.yaml");
        Files.writeString(file, yaml);
        Scene scene = SceneLoader.load(file);
        SceneException error = assertThrows(SceneException.class, () -> Voicing.of(scene, dir.resolve("cache")));
        assertEquals(12, error.line(), "at the voice: line of the beat that passes the limit");
        assertTrue(error.problem().contains("the video would pass the limit of 1800 s at beat 7"), error.problem());
    }
}
