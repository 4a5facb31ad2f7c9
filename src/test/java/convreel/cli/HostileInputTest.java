package convreel.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.audio.Tones;
import convreel.render.ScenePrograms;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Scene files and command lines as a hostile or careless user writes them. Each ends with a plain
 * message (a scene's at its line, with a caret), the exit code the README promises, nothing run that
 * the user did not allow, and nothing written or overwritten.
 */
class HostileInputTest {
    /** A valid 0.2 s scene (6 frames), the start of the others. */
    private static final String VALID = """
            title: "ছবি"
            image: [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
            kernels:
              - values: [[1, 0], [0, -1]]
            """;
    private static final String BEAT = """
            beats:
              - show: step
                at: [1, 1]
                caption: "এটি বলা হবে"
                seconds: 0.2
            """;

    @TempDir
    Path dir;

    /** Where the stand-in text-to-speech program leaves its mark each time it runs. */
    private Path marker() {
        return dir.resolve("the-program-ran");
    }

    /**
     * A scene whose {@code tts: command} (line 7, column 12) is a program that leaves {@link #marker()}
     * and "speaks" a generated 1.5 s clip.
     */
    private Path commandScene() throws Exception {
        Path voice = Tones.speech(dir.resolve("voice.wav"), 1.5, 22_050, 1, 7);
        Path program = dir.resolve("speak.sh");
        Files.writeString(program, "#!/bin/sh\ntouch '" + marker() + "'\ncp '" + voice + "' \"$2\"\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
        return write("spoken.yaml", VALID + """
                tts:
                  engine: command
                  command: "%s {text} {out}"
                """.formatted(program) + BEAT);
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static List<String> namesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    // Trust boundary: a scene file runs no program unless the user allows it.

    @Test
    void renderRefusesASceneCommandAtItsLineRunsNothingAndLeavesTheOldVideo() throws Exception {
        Path scene = commandScene();
        Path out = dir.resolve("out");
        byte[] old = "the video of yesterday".getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(out);
        Files.write(out.resolve("spoken.mp4"), old);

        CliRun run = CliRun.of("render", scene.toString(), "--out", out.toString());

        assertEquals(2, run.exitCode(), run.err());
        assertEquals(scene + ":7:12: this scene runs the program '" + dir.resolve("speak.sh") + "' to speak its narration "
                + "(tts engine: command), and a scene file runs programs only when you allow it; if you trust this file, "
                + "run again with --allow-commands (or CONVREEL_ALLOW_COMMANDS=1); or use engine: espeak-ng, which needs "
                + "no permission\n"
                + "    7 |   command: \"" + dir.resolve("speak.sh") + " {text} {out}\"\n"
                + "      |            ^", run.err().strip());
        assertFalse(Files.exists(marker()), "the program did not run");
        assertEquals(List.of("spoken.mp4"), namesIn(out), "nothing written, not even the cache");
        assertArrayEquals(old, Files.readAllBytes(out.resolve("spoken.mp4")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"batch", "frame", "validate", "bench"})
    void everyOtherCommandRefusesItToo(String command) throws Exception {
        Path scene = commandScene();
        Path out = dir.resolve("out");
        List<String> args = switch (command) {
            case "batch" -> List.of("batch", scene.toString(), "--out", out.toString());
            case "frame" -> List.of("frame", scene.toString(), "--at", "0", "-o", out.resolve("frame.png").toString());
            default -> List.of(command, scene.toString());
        };

        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(scene + ":7:12: this scene runs the program '" + dir.resolve("speak.sh") + "'"), run.err());
        assertFalse(Files.exists(marker()), "the program did not run");
        assertFalse(Files.exists(out), "nothing written");
        if (command.equals("batch")) {
            assertTrue(run.out().contains("1 scene: 0 rendered, 0 up to date, 1 failed"), "the summary: " + run.out());
        }
    }

    @Test
    void inspectNeverRunsTheProgramWritesNothingAndSaysWhichBeatsItCouldNotTime() throws Exception {
        Path scene = commandScene();
        Path out = dir.resolve("out");

        CliRun text = CliRun.of("inspect", scene.toString(), "--out", out.toString());
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("   0.00 –    0.20 s  এটি বলা হবে"), text.out());
        assertTrue(text.out().contains("Not synthesised yet, so timed by the scene's seconds: the voice of beat 1. inspect "
                + "never runs a text-to-speech program"), text.out());
        CliRun json = CliRun.of("inspect", scene.toString(), "--out", out.toString(), "--json");
        assertTrue(json.out().contains("{\"start\":0.0,\"end\":0.2,\"caption\":\"এটি বলা হবে\",\"voiceUnknown\":true,"), json.out());
        assertEquals(0, CliRun.of("validate", scene.toString(), "--allow-commands").exitCode());
        assertFalse(Files.exists(marker()), "neither inspect nor validate ran the program");
        assertFalse(Files.exists(out), "inspect made no folder");

        CliRun render = CliRun.of("render", scene.toString(), "--out", out.toString(), "--allow-commands");
        assertEquals(0, render.exitCode(), render.err());
        assertTrue(Files.exists(marker()), "allowed, the command speaks");
        Files.delete(marker());
        CliRun after = CliRun.of("inspect", scene.toString(), "--out", out.toString(), "--json");
        double end = Double.parseDouble(after.out().replaceAll("(?s).*\"beats\":\\[\\{\"start\":0.0,\"end\":([0-9.]+).*", "$1"));
        assertEquals(1.9, end, 1e-9, "timed by the 1.5 s clip the render left, and 0.4 s after it: " + after.out());
        assertFalse(after.out().contains("voiceUnknown"), after.out());
        assertFalse(Files.exists(marker()), "the cached clip was read, the program not run");
    }

    @Test
    void theEnvironmentVariableAllowsCommandsOnlyWhenItIsOne() {
        assertEquals(ScenePrograms.ALLOWED, ScenePrograms.of(false, Map.of("CONVREEL_ALLOW_COMMANDS", "1")));
        assertEquals(ScenePrograms.REFUSED, ScenePrograms.of(false, Map.of("CONVREEL_ALLOW_COMMANDS", "0")));
        assertEquals(ScenePrograms.REFUSED, ScenePrograms.of(false, Map.of()));
        assertEquals(ScenePrograms.ALLOWED, ScenePrograms.of(true, Map.of()));
    }

    // Batch isolation: no item can stop the others.

    @Test
    void aDeeplyNestedFileAndAHugePaddingFailAloneAndTheSummaryPrints() throws Exception {
        Path deep = write("scenes/deep.yaml", "title: x\nimage: " + "[".repeat(4096) + "\n");
        Path huge = write("scenes/huge.yaml", VALID + "padding: 1000000000\n" + BEAT);
        write("scenes/fine.yaml", VALID + BEAT);
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("batch", dir.resolve("scenes").toString(), "--out", out.toString(), "--jobs", "1");

        assertEquals(2, run.exitCode(), "only invalid scene files failed: " + run.err());
        assertTrue(run.out().contains("3 scenes: 1 rendered, 0 up to date, 2 failed"), run.out());
        assertTrue(run.err().contains("2 scenes failed:\n\n" + deep + ":"), run.err());
        assertTrue(run.err().contains("\n\n" + huge + ":"), run.err());
        assertFalse(run.err().contains("\tat ") || run.err().contains("Error"), "a plain message, no stack trace: " + run.err());
        assertEquals(List.of("fine.mp4"),
                namesIn(out).stream().filter(name -> !name.startsWith(".")).toList());
    }

    @Test
    void aBeatThatCannotBeLaidOutIsASceneErrorWhenRenderedAndInABatch() throws Exception {
        StringBuilder image = new StringBuilder("image:\n");
        StringBuilder kernel = new StringBuilder("  - values:\n");
        for (int i = 0; i < 14; i++) {
            image.append("  - [").append(String.join(", ", java.util.Collections.nCopies(14, "1"))).append("]\n");
            if (i < 12) {
                kernel.append("    - [").append(String.join(", ", java.util.Collections.nCopies(12, "1"))).append("]\n");
            }
        }
        Path scene = write("scenes/crowded.yaml", "title: \"ভিড়\"\n" + image + "kernels:\n" + kernel + """
                beats:
                  - show: step
                    at: [0, 0]
                    caption: "সব এক সাথে"
                    seconds: 0.2
                """);
        Path out = dir.resolve("out");

        CliRun render = CliRun.of("render", scene.toString(), "--out", out.toString());
        assertEquals(2, render.exitCode(), render.err());
        String message = render.err().substring(render.err().indexOf(scene.toString()));
        assertTrue(message.matches("(?s)" + java.util.regex.Pattern.quote(scene.toString()) + ":\\d+:\\d+: .*\n +\\d+ \\| .*\n +\\| +\\^\\s*"),
                "a scene error at a line, with a caret: " + render.err());
        assertFalse(Files.exists(out), "nothing written");

        CliRun batch = CliRun.of("batch", scene.toString(), "--out", out.toString());
        assertEquals(2, batch.exitCode(), "the scene's fault, not worth a retry: " + batch.err());
        assertTrue(batch.out().contains("1 scene: 0 rendered, 0 up to date, 1 failed"), batch.out());
        assertFalse(Files.exists(out.resolve("crowded.mp4")));
    }

    @Test
    void aLinkedSceneLeadingOutOfTheGivenFolderIsSkippedWithANote() throws Exception {
        write("scenes/fine.yaml", VALID + BEAT);
        Path secret = write("elsewhere/secret.yaml", VALID + BEAT);
        Path link = Files.createSymbolicLink(dir.resolve("scenes/secret.yaml"), secret);
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("batch", dir.resolve("scenes").toString(), "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("note: " + link + ": skipped, a symbolic link to " + secret.toRealPath()
                + ", outside the folders given; name the file itself to render it"), run.err());
        assertTrue(run.out().contains("1 scene: 1 rendered"), run.out());
        assertFalse(Files.exists(out.resolve("secret.mp4")));
    }

    // Small things a careless command line does.

    @ParameterizedTest
    @ValueSource(strings = {"50", "0.2", "-1"})
    void frameOutsideTheVideoIsAnErrorThatSaysHowLongTheVideoIs(String at) throws Exception {
        Path scene = write("fine.yaml", VALID + BEAT);
        Path png = dir.resolve("frame.png");

        CliRun run = CliRun.of("frame", scene.toString(), "--at", at, "-o", png.toString());

        assertEquals(2, run.exitCode(), run.err());
        assertEquals("convreel: --at " + at + ": outside the video, which lasts 0.20 s; give a time of at least 0 and "
                + "less than 0.20", run.err().strip());
        assertFalse(Files.exists(png));
    }

    @ParameterizedTest
    @ValueSource(strings = {"render", "batch"})
    void outNamingAFileSaysSoAndLeavesTheFileAlone(String command) throws Exception {
        Path scene = write("fine.yaml", VALID + BEAT);
        byte[] old = "not a folder".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("videos"), old);

        CliRun run = CliRun.of(command, scene.toString(), "--out", file.toString());

        assertEquals(2, run.exitCode(), run.err());
        assertEquals("convreel: --out " + file + ": this is a file, not a folder; name a folder for the outputs (it is "
                + "made if it does not exist)", run.err().strip());
        assertArrayEquals(old, Files.readAllBytes(file));
        CliRun inside = CliRun.of(command, scene.toString(), "--out", file.resolve("sub").toString());
        assertEquals(2, inside.exitCode(), inside.err());
        assertEquals("convreel: --out " + file.resolve("sub") + ": " + file + " is a file, so no folder can be made inside it; "
                + "name a folder for the outputs", inside.err().strip());
    }

    @Test
    void debugAfterTheSubcommandPrintsTheStackTrace() throws Exception {
        Path scene = write("fine.yaml", VALID + BEAT);
        Path file = Files.writeString(dir.resolve("videos"), "");

        CliRun run = CliRun.of("render", "--debug", scene.toString(), "--out", file.toString());

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("convreel: --out " + file + ": this is a file"), run.err());
        assertTrue(run.err().contains("\tat convreel.cli.RenderCommand.call("), "the stack trace: " + run.err());
    }
}
