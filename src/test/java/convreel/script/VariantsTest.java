package convreel.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.model.Format;
import convreel.model.Scene;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scene file's variants and hooks: one scene each, named for it. */
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
    /** The scene without its variants: a template for hooks. */
    private static final String TEMPLATE = SCENE.substring(0, SCENE.indexOf("variants:"));

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
        List<Scene> scenes = SceneLoader.loadAll(write(TEMPLATE));
        assertEquals(1, scenes.size());
        assertEquals("hooks", scenes.get(0).name());
        assertEquals(Format.SHORTS, scenes.get(0).format());
    }

    @Test
    void eachHookIsTheTemplateWithItsLineAsTitleAndItsOwnMatrixOrKernel() throws Exception {
        List<Scene> scenes = SceneLoader.loadAll(write(TEMPLATE + """
                hooks:
                  - {hook: "AI চোখ না থাকলেও দেখে—কীভাবে?"}
                  - {hook: "Edge খোঁজা", image: [[0, 9], [0, 9]]}
                  - {hook: "Blur", name: soft, kernels: [{values: [[1, 1], [1, 1]]}]}
                """));
        assertEquals(List.of("hooks-ai-চোখ-না-থাকলেও-দেখে-কীভাবে", "hooks-edge-খোঁজা", "hooks-soft"),
                scenes.stream().map(Scene::name).toList());
        assertEquals("AI চোখ না থাকলেও দেখে—কীভাবে?", scenes.get(0).title());
        assertEquals(2, scenes.get(1).image().rows());
        assertEquals(3, scenes.get(0).image().rows(), "a hook without image: keeps the template's");
        assertEquals(1, scenes.get(2).kernels().get(0).weights().get(0, 0));
    }

    @Test
    void namesComeFromTheHooksWordsAndStayWithinTheirLength() {
        assertEquals("একটি-3-3-kernel-পুরো-ছবি-বুঝে-ফেলে", SceneVariants.nameOf("একটি 3×3 kernel পুরো ছবি বুঝে ফেলে!"));
        assertEquals("cnn-আসলে-zoom", SceneVariants.nameOf("  CNN আসলে: zoom?! "));
        String longest = SceneVariants.nameOf("এক ".repeat(40));
        assertTrue(longest.codePointCount(0, longest.length()) <= SceneKeys.HOOK_NAME_LETTERS, longest);
        assertTrue(longest.endsWith("এক"), "cut between words: " + longest);
    }

    @Test
    void twoHooksThatWouldShareANameAreRefusedAtTheSecond() throws Exception {
        SceneException clash = assertThrows(SceneException.class, () -> SceneLoader.loadAll(write(TEMPLATE + """
                hooks:
                  - {hook: "Kernel কী?"}
                  - {hook: "kernel কী!"}
                """)));
        assertTrue(clash.getMessage().contains(":13:12:")
                && clash.getMessage().contains("hook 2 would be named 'kernel-কী', like the hook (line 12)"), clash.getMessage());
    }

    @Test
    void aSceneHasVariantsOrHooksNotBoth() throws Exception {
        SceneException both = assertThrows(SceneException.class, () -> SceneLoader.loadAll(write(TEMPLATE + """
                variants:
                  - name: a
                hooks:
                  - {hook: "b"}
                """)));
        assertTrue(both.getMessage().contains("a scene has variants: or hooks:, not both"), both.getMessage());
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("hooks.yaml"), text);
    }
}
