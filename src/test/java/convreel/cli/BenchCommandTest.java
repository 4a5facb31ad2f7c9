package convreel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.model.Beat;
import convreel.model.Scene;
import convreel.script.SceneLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark runs end to end; its figures are measured on real scenes by hand, not judged by a test. */
class BenchCommandTest {
    private static final Path TINY = Path.of("src/test/resources/cli/tiny.yaml");

    @Test
    void benchPrintsEveryMeasure() {
        CliRun run = CliRun.of("bench", TINY.toString(), "--motion", TINY.toString(), "--quality", "draft", "--threads", "2",
                "--start-up-runs", "1");
        assertEquals(0, run.exitCode(), run.err());
        for (String line : List.of("90 frames (3 s), 960×540 at 30 fps, draft quality", "  render ", "  memory ",
                "  resident ", "  re-render ", "after changing the caption of beat 3", "  paint ", "  first frame ", "  x264 floor ", "  ratio ",
                "motion-heavy " + TINY + ": 90 frames", "  command ", "the whole render command, start-up included",
                "start-up: whole commands, 1 runs each", "  validate ", "(target ≤ 0.5 s): convreel validate " + TINY,
                "  frame ", "(target ≤ 0.8 s): convreel frame " + TINY + " --at 1.50 -o <temporary folder>/frame.png")) {
            assertTrue(run.out().contains(line), "'" + line + "' in:\n" + run.out());
        }
        java.util.regex.Matcher resident = java.util.regex.Pattern.compile("resident +(\\d+) MiB").matcher(run.out());
        assertTrue(resident.find() && Integer.parseInt(resident.group(1)) > 0, "the resident set is measured: " + run.out());
        java.util.regex.Matcher ratios = java.util.regex.Pattern.compile("ratio +(\\d+\\.\\d+) ").matcher(run.out());
        for (int r = 0; r < 2; r++) {
            assertTrue(ratios.find() && Double.parseDouble(ratios.group(1)) > 0, "two ratios, to the two floors: " + run.out());
        }
    }

    @Test
    void aLengthenedSceneRepeatsTheBeatsWithNumberedCaptions() throws Exception {
        Scene scene = SceneLoader.loadAll(TINY).get(0);
        Scene longer = BenchCommand.lengthened(scene, 10);
        assertEquals(10, longer.seconds(), 1e-9);
        List<String> captions = longer.beats().stream().map(Beat::caption).toList();
        assertEquals(scene.beats().get(0).caption(), captions.get(0));
        assertEquals(scene.beats().get(0).caption() + " (2)", captions.get(3));
        assertEquals(captions.size(), captions.stream().distinct().count(), "no two beats alike");
    }
}
