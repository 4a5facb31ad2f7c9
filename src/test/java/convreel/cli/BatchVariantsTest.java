package convreel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.testing.SmallScenes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchVariantsTest {
    @TempDir
    Path dir;

    /** A one-beat short: the template of variants and hooks. */
    private static final String SHORT = SmallScenes.oneBeat("shorts", "title", "দেখুন", 0.2);

    @Test
    void aBatchRendersEveryVariantOfEveryScene() throws Exception {
        Path scenes = Files.createDirectories(dir.resolve("scenes"));
        Files.writeString(scenes.resolve("hooks.yaml"), "title: \"হুক\"\n" + SHORT + """
                variants:
                  - name: first
                  - name: second
                    title: "দ্বিতীয়"
                """);
        Files.writeString(scenes.resolve("plain.yaml"), """
                image: [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
                kernels:
                  - values: [[1, -1], [1, -1]]
                beats:
                  - caption: "এক"
                    seconds: 0.2
                """);
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("batch", scenes.toString(), "--out", out.toString(), "--jobs", "2");
        assertEquals(0, run.exitCode(), run.err() + run.out());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(java.util.List.of("hooks-first.mp4", "hooks-second.mp4", "plain.mp4"),
                    files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".mp4")).sorted().toList());
        }
        assertTrue(run.out().contains("[second]"), "the summary names the variant: " + run.out());
    }

    @Test
    void aTemplateRendersOneVideoPerHookNamedFromTheHook() throws Exception {
        Path scenes = Files.createDirectories(dir.resolve("scenes"));
        Path template = scenes.resolve("shorts.yaml");
        Files.writeString(template, SHORT + """
                hooks:
                  - {hook: "AI চোখ ছাড়াই দেখে?"}
                  - {hook: "Blur-এর গোপন kernel", kernels: [{values: [[1, 1], [1, 1]]}]}
                  - {hook: "৯টি গুণ", name: nine, image: [[0, 9], [0, 9]]}
                """);
        List<String> expected = List.of("shorts-ai-চোখ-ছাড়াই-দেখে.mp4", "shorts-blur-এর-গোপন-kernel.mp4", "shorts-nine.mp4");

        CliRun validate = CliRun.of("validate", template.toString());
        assertEquals(0, validate.exitCode(), validate.err());
        assertEquals(3, validate.out().lines().filter(line -> line.contains(" is valid")).count(), validate.out());

        Path out = dir.resolve("out");
        CliRun run = CliRun.of("batch", scenes.toString(), "--out", out.toString(), "--jobs", "2", "--quality", "draft");
        assertEquals(0, run.exitCode(), run.err() + run.out());
        assertEquals(expected.stream().sorted().toList(), videos(out));
        assertTrue(run.out().contains("[nine]"), "the summary names each hook's video: " + run.out());

        // Rendering the same file again writes the same names: a team's uploads keep their files.
        CliRun again = CliRun.of("batch", scenes.toString(), "--out", out.toString(), "--jobs", "2", "--quality", "draft");
        assertEquals(0, again.exitCode(), again.err());
        assertEquals(expected.stream().sorted().toList(), videos(out));
    }

    private static List<String> videos(Path out) throws Exception {
        try (Stream<Path> files = Files.list(out)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".mp4")).sorted().toList();
        }
    }
}
