package convreel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class InspectCommandTest {

    @Test
    void jsonGivesTheSeedFeatureMapBeforeAndAfterReluAndTheBeatTimes() {
        CliRun run = CliRun.of("inspect", "src/test/resources/cli/tiny.yaml", "--json");
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out().strip();
        String expected = "{\"output\":{\"rows\":3,\"cols\":3},"
                + "\"image\":[[1,2,3,0,1],[0,1,2,3,1],[1,0,1,2,3],[2,1,0,1,2],[1,2,1,0,1]],\"maps\":[{\"kernel\":\"vertical edge\","
                + "\"featureMap\":[[-4,-2,1],[0,-4,-3],[2,0,-4]],\"activated\":[[0,0,1],[0,0,0],[2,0,0]]}],"
                + "\"beats\":[{\"start\":0.0,\"end\":0.5,\"caption\":\"AI চোখ না থাকলেও দেখে—কীভাবে?\",\"cues\":[";
        assertTrue(out.startsWith(expected), out);
        assertTrue(out.contains("{\"start\":0.5,\"end\":1.5,\"caption\":\"সব যোগ করলে একটি সংখ্যা\",\"cues\":["), out);
        assertTrue(out.contains("{\"start\":1.5,\"end\":3.0,\"caption\":\"Kernel বাম থেকে ডানে যায়\",\"cues\":["), out);
    }

    /** Each beat says its kind, as its show: key names it (a beat without one is a slide). */
    @Test
    void jsonNamesEachBeatsKind() {
        CliRun run = CliRun.of("inspect", "src/test/resources/cli/tiny.yaml", "--json");
        assertEquals(List.of("title", "step", "slide"), Pattern.compile("\\],\"show\":\"([a-z]+)\"\\}").matcher(run.out())
                .results().map(m -> m.group(1)).toList(), run.out());
    }

    /** A photo beat names its picture: the file, its size after scaling and where the patch lies. */
    @Test
    void jsonGivesAPhotoBeatsPictureSizeAndPatch() {
        CliRun run = CliRun.of("inspect", "src/test/resources/paint/every-beat.yaml", "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"picture\":{\"file\":\"images/facade.png\",\"width\":240,\"height\":160,"
                + "\"patch\":{\"at\":[60,25],\"size\":[5,5]}}"), run.out());
    }

    /** Each beat lists its cues with their start and end in seconds into the beat, in the order they are written. */
    @Test
    void jsonListsEachBeatsCuesWithTheirTimes() {
        CliRun run = CliRun.of("inspect", "src/test/resources/cli/tiny.yaml", "--json");
        String out = run.out();
        // The step: its products, then the sum, then the sum landing in its cell, over the beat's 29 frames after the first.
        String step = out.substring(out.indexOf("সব যোগ করলে"), out.indexOf("Kernel বাম"));
        int products = step.indexOf("{\"cue\":\"products 1\"");
        int sum = step.indexOf("{\"cue\":\"sum 1\"");
        int land = step.indexOf("{\"cue\":\"land 1\"");
        assertTrue(products > 0 && products < sum && sum < land, step);
        assertTrue(step.contains("{\"cue\":\"push\",\"start\":0.0,\"end\":0.967}"), "the read's push spans the beat: " + step);
    }

    @Test
    void textShowsTheMapsAsTables() {
        CliRun run = CliRun.of("inspect", "src/test/resources/cli/tiny.yaml");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("     -4     -2      1"), run.out());
        assertTrue(run.out().contains("after relu:"), run.out());
    }

    @Test
    void validateAcceptsTheDefaultSceneAndRejectsABrokenOne() {
        assertEquals(0, CliRun.of("validate", "scenes/convolution.yaml").exitCode());
        CliRun broken = CliRun.of("validate", "src/test/resources/cli/broken.yaml");
        assertEquals(2, broken.exitCode());
        assertTrue(broken.err().contains("^"), "the message points at the column: " + broken.err());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"render", "frame", "inspect", "validate"}) {
            CliRun run = CliRun.of(command, "--help");
            assertEquals(0, run.exitCode());
            assertTrue(run.out().contains("Usage: convreel " + command), run.out());
        }
    }
}
