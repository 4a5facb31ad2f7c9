package convreel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** {@code convreel studio} refuses what it cannot serve with a message and exit 2, before it loads anything. */
class StudioCommandTest {
    private static final String SCENE = "src/test/resources/cli/tiny.yaml";

    @Test
    void aMissingSceneIsRefused() {
        CliRun run = CliRun.of("studio", "no/such/scene.yaml");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no/such/scene.yaml: no such scene file"), run.err());
    }

    @Test
    void aPortInUseIsSaidWithWhatToDo() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CliRun run = CliRun.of("studio", SCENE, "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(2, run.exitCode(), run.err());
            assertTrue(run.err().contains("cannot listen there") && run.err().contains("--port 0 for any free one"), run.err());
        }
    }

    @Test
    void aPortOutOfRangeIsRefused() {
        CliRun port = CliRun.of("studio", SCENE, "--port", "70000");
        assertEquals(2, port.exitCode());
        assertTrue(port.err().contains("--port 70000: a port is 0 to 65535"), port.err());
    }
}
