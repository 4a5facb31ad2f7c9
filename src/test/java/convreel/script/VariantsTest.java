package convreel.script;

import static org.junit.jupiter.api.Assertions.assertEquals;

import convreel.model.Format;
import convreel.model.Scene;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VariantsTest {
    @TempDir
    Path dir;

    private static final String SCENE = """
            title: "CNN আসলে zoom করে zoom করে দেখে"
            format: shorts
            image: [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
            kernels:
              - name: vertical edge
                values: [[1, -1], [1, -1]]
            beats:
              - show: title
                caption: "hook"
                seconds: 1
            variants:
              - name: vertical
              - name: horizontal
                title: "একটি kernel পুরো ছবি বুঝে ফেলে!"
                kernels:
                  - name: horizontal edge
                    values: [[1, 1], [-1, -1]]
            """;

    @Test
    void eachVariantIsTheSceneWithItsOwnKeysAndName() throws Exception {
        List<Scene> scenes = SceneLoader.loadAll(write(SCENE));
        assertEquals(List.of("hooks-vertical", "hooks-horizontal"), scenes.stream().map(Scene::name).toList());
        Scene vertical = scenes.get(0);
        Scene horizontal = scenes.get(1);
        assertEquals("CNN আসলে zoom করে zoom করে দেখে", vertical.title());
        assertEquals("vertical edge", vertical.kernels().get(0).name());
        assertEquals("একটি kernel পুরো ছবি বুঝে ফেলে!", horizontal.title());
        assertEquals("horizontal edge", horizontal.kernels().get(0).name());
        assertEquals(Format.SHORTS, horizontal.format());
        assertEquals(vertical.image(), horizontal.image());
    }

    @Test
    void aSceneWithoutVariantsIsItself() throws Exception {
        List<Scene> scenes = SceneLoader.loadAll(write(SCENE.substring(0, SCENE.indexOf("variants:"))));
        assertEquals(1, scenes.size());
        assertEquals("hooks", scenes.get(0).name());
        assertEquals(Format.SHORTS, scenes.get(0).format());
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("hooks.yaml"), text);
    }
}
