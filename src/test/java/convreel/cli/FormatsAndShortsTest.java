package convreel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.model.Beat;
import convreel.model.Show;
import convreel.model.Ending;
import convreel.model.Format;
import convreel.model.Scene;
import convreel.script.SceneLoader;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FormatsAndShortsTest {
    @TempDir
    Path out;

    @ParameterizedTest
    @EnumSource(Format.class)
    void eachFormatRendersFramesOfItsOwnSize(Format format) throws Exception {
        Path png = out.resolve(format.label() + ".png");
        CliRun run = CliRun.of("frame", "src/test/resources/cli/tiny.yaml", "--at", "2", "--format", format.label(),
                "-o", png.toString());
        assertEquals(0, run.exitCode(), run.err());
        BufferedImage frame = ImageIO.read(png.toFile());
        assertEquals(format.width(), frame.getWidth());
        assertEquals(format.height(), frame.getHeight());
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRun run = CliRun.of("frame", "src/test/resources/cli/tiny.yaml", "--at", "1", "--format", "portrait",
                "-o", out.resolve("x.png").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("unknown format 'portrait'; use landscape, shorts, square"), run.err());
    }

    /** The hook shorts: vertical, 15–60 s, a hook first and a loop or an end card last, the seed's three hook lines. */
    @Test
    void theHookShortsAreVerticalHookedAndShort() throws Exception {
        List<Path> files;
        try (Stream<Path> listed = Files.list(Path.of("scenes/shorts"))) {
            files = listed.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertEquals(4, files.size());
        List<String> hooks = List.of("AI চোখ না থাকলেও দেখে—কীভাবে?", "একটি 3×3 kernel পুরো ছবি বুঝে ফেলে!",
                "CNN আসলে zoom করে zoom করে দেখে", "একটা kernel বাড়িটার কী দেখে?");
        for (int i = 0; i < files.size(); i++) {
            Scene scene = SceneLoader.load(files.get(i));
            assertEquals(Format.SHORTS, scene.format(), files.get(i).toString());
            assertTrue(scene.seconds() >= 15 && scene.seconds() <= 60, files.get(i) + " lasts " + scene.seconds() + " s");
            Show opening = scene.beats().get(0).show();
            assertTrue(opening instanceof Show.Title || opening instanceof Show.Photo,
                    "opens on its hook, or on the picture its hook asks about");
            boolean card = scene.beats().get(scene.beats().size() - 1).show() instanceof Show.Card;
            assertTrue(scene.ending() == Ending.LOOP || scene.ending() == Ending.CARD && card,
                    files.get(i) + " loops back into its hook or ends on its card");
            assertEquals(hooks.get(i), scene.title());
        }
    }
}
