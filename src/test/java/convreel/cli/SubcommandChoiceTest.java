package convreel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The command line builds only the sub-command it is asked for, and every one when it is asked for
 * none, or for one that does not exist: the usage still lists them all and a misspelling still finds
 * its nearest.
 */
class SubcommandChoiceTest {
    private static final List<String> ALL = List.of("render", "batch", "watch", "frame", "inspect", "validate", "bench", "schema");

    @Test
    void aNamedSubcommandIsTheOnlyOneBuiltWhateverOptionsComeBeforeIt() {
        assertEquals(Set.of("validate"), Main.commandLine("validate", "scenes/convolution.yaml").getSubcommands().keySet());
        assertEquals(Set.of("frame"), Main.commandLine("--debug", "frame", "x.yaml", "--at", "1", "-o", "render")
                .getSubcommands().keySet());
    }

    @Test
    void withoutASubcommandTheUsageListsEveryOne() {
        CliRun run = CliRun.of();
        assertEquals(0, run.exitCode(), run.err());
        for (String command : ALL) {
            assertTrue(run.out().contains("  " + command + " "), command + " is listed:\n" + run.out());
        }
    }

    @Test
    void aMisspeltSubcommandIsMatchedAgainstEveryOne() {
        CliRun run = CliRun.of("valdate", "scenes/convolution.yaml");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Did you mean: convreel validate"), run.err());
    }
}
