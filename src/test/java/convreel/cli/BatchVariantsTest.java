package convreel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchVariantsTest {
    @TempDir
    Path dir;

    @Test
    void aBatchRendersEveryVariantOfEveryScene() throws Exception {
        Path scenes = Files.createDirectories(dir.resolve("scenes"));
        Files.writeString(scenes.resolve("hooks.yaml"), """
                title: "হুক"
                format: shorts
                image: [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
                kernels:
                  - values: [[1, -1], [1, -1]]
                beats:
                  - show: title
                    caption: "দেখুন"
                    seconds: 0.2
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
}
