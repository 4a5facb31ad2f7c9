package convreel.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.model.Scene;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HooksTest {
    @TempDir
    Path dir;

    private static final String TEMPLATE = """
            title: "template"
            format: shorts
            image: [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
            kernels:
              - name: vertical edge
                values: [[1, -1], [1, -1]]
            beats:
              - show: title
                caption: "দেখুন"
                seconds: 1
            """;

    @Test
    void eachHookIsTheTemplateWithItsLineAsTitleAndItsOwnMatrixOrKernel() throws Exception {
        List<Scene> scenes = SceneLoader.loadAll(write(TEMPLATE + """
                hooks:
                  - {hook: "AI চোখ না থাকলেও দেখে—কীভাবে?"}
                  - {hook: "Edge খোঁজা", image: [[0, 9], [0, 9]]}
                  - {hook: "Blur", name: soft, kernels: [{values: [[1, 1], [1, 1]]}]}
                """));
        assertEquals(List.of("shorts-ai-চোখ-না-থাকলেও-দেখে-কীভাবে", "shorts-edge-খোঁজা", "shorts-soft"),
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

    private Path write(String yaml) throws Exception {
        Path file = dir.resolve("shorts.yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
