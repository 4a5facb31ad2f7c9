package convreel.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OutputNamesTest {
    private static final Path OUT = Path.of("/tmp/renders/output");

    private static List<String> names(String... scenes) {
        List<WorkItem> items = java.util.Arrays.stream(scenes).map(s -> WorkItem.whole(Path.of(s))).toList();
        Map<WorkItem, Path> videos = OutputNames.assign(items, OUT);
        List<String> names = new ArrayList<>();
        for (WorkItem item : items) {
            Path video = videos.get(item);
            assertEquals(OUT, video.getParent(), "directly in the output folder: " + video);
            names.add(video.getFileName().toString());
        }
        assertDistinctIgnoringCase(names);
        return names;
    }

    private static void assertDistinctIgnoringCase(List<String> names) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            assertTrue(seen.add(name.toLowerCase(Locale.ROOT)), "two outputs named " + name + ": " + names);
        }
    }

    @Test
    void aSceneWritesItsOwnNameAsConvreelRenderDoes() {
        assertEquals(List.of("intro.mp4", "outro.mp4", "short.mp4"),
                names("/work/a/b/intro.yaml", "/work/a/outro.yml", "/work/c/short.YAML"));
    }

    @Test
    void sameNamedScenesInDifferentFoldersGetTheirFolderInFront() {
        assertEquals(List.of("bn-intro.mp4", "en-intro.mp4", "outro.mp4"),
                names("/work/scenes/bn/intro.yaml", "/work/scenes/en/intro.yaml", "/work/scenes/en/outro.yaml"));
    }

    @Test
    void foldersAreAddedUntilTheNamesDiffer() {
        assertEquals(List.of("a-shorts-intro.mp4", "b-shorts-intro.mp4"),
                names("/work/a/shorts/intro.yaml", "/work/b/shorts/intro.yaml"));
    }

    @Test
    void aLongerNameThatCollidesWithAnotherSceneIsDisambiguatedToo() {
        // b/intro and c/intro become b-intro and c-intro; b-intro then collides with x/b-intro.yaml.
        List<String> names = names("/w/b/intro.yaml", "/w/c/intro.yaml", "/w/x/b-intro.yaml");
        assertEquals("c-intro.mp4", names.get(1));
        assertEquals(List.of("w-b-intro.mp4", "c-intro.mp4", "x-b-intro.mp4"), names);
    }

    @Test
    void namesThatDifferOnlyInCaseDoNotShareAFileOnCaseInsensitiveDisks() {
        assertEquals(List.of("a-Intro.mp4", "b-intro.mp4"), names("/w/a/Intro.yaml", "/w/b/intro.yaml"));
        assertEquals(List.of("Intro.mp4", "intro-2.mp4"), names("/w/a/Intro.yaml", "/w/a/intro.yaml"),
                "no folder can tell them apart, so a number does");
        assertEquals(List.of("a_.mp4", "a_-2.mp4", "a_-3.mp4"), names("/w/a*.yaml", "/w/a?.yaml", "/w/a|.yaml"));
    }

    @Test
    void theNamesDoNotDependOnTheOrderOfTheList() {
        List<WorkItem> items = new ArrayList<>();
        for (String scene : new String[] {"/w/a/Intro.yaml", "/w/a/intro.yaml", "/w/b/intro.yaml", "/w/x/b-intro.yaml",
                "/w/c/shorts/x.yaml", "/w/d/shorts/x.yaml", "/w/x.yaml"}) {
            items.add(WorkItem.whole(Path.of(scene)));
        }
        Map<WorkItem, Path> expected = OutputNames.assign(items, OUT);
        Random random = new Random(5);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(items, random);
            assertEquals(expected, OutputNames.assign(items, OUT));
        }
    }

    @Test
    void variantsRenderToSceneDashVariant() {
        WorkItem plain = WorkItem.whole(Path.of("/w/intro.yaml"));
        WorkItem dark = new WorkItem(Path.of("/w/intro.yaml"), Optional.of("dark"));
        WorkItem escape = new WorkItem(Path.of("/w/intro.yaml"), Optional.of("../../etc/passwd"));
        Map<WorkItem, Path> videos = OutputNames.assign(List.of(plain, dark, escape), OUT);
        assertEquals(OUT.resolve("intro.mp4"), videos.get(plain));
        assertEquals(OUT.resolve("intro-dark.mp4"), videos.get(dark));
        assertEquals(OUT.resolve("intro-_.._etc_passwd.mp4"), videos.get(escape));
    }

    @Test
    void hostileNamesBecomeSafeFileNames() {
        assertEquals("scene", OutputNames.safe(".."));
        assertEquals("scene", OutputNames.safe("."));
        assertEquals("scene", OutputNames.safe(""));
        assertEquals("_etc_passwd", OutputNames.safe("/etc/passwd"));
        assertEquals("_.._x", OutputNames.safe("../../x"));
        assertEquals("a_b", OutputNames.safe("a\\b"));
        assertEquals("a_b", OutputNames.safe("a\nb"));
        assertEquals("rf", OutputNames.safe("-rf"));
        assertEquals("hidden", OutputNames.safe(".hidden"));
        assertEquals("x_ _y_", OutputNames.safe("x; $y`"));
        assertEquals("my intro (v2)", OutputNames.safe("my intro (v2)"));
        assertEquals("trailing", OutputNames.safe("trailing. "));
        assertEquals("চোখ-কীভাবে_ক্ষ", OutputNames.safe("চোখ-কীভাবে?ক্ষ"), "Bangla letters and vowel signs are kept");
        String longName = OutputNames.safe("ক".repeat(500));
        assertTrue(longName.getBytes(StandardCharsets.UTF_8).length <= OutputNames.MAX_NAME_BYTES, longName);
        assertTrue(longName.startsWith("কককক"));
    }

    @Test
    void hostileSceneFileNamesStayInTheOutputFolder() {
        List<String> names = names("/w/..yaml", "/w/...yaml", "/w/a\nb.yaml", "/w/.yaml", "/w/" + "x".repeat(300) + ".yaml");
        // "..yaml" and "...yaml" are called "." and ".."; both become "scene", told apart by a number.
        assertEquals(List.of("scene-2.mp4", "scene.mp4", "a_b.mp4", "yaml.mp4", "x".repeat(200) + ".mp4"), names);
    }

    @Test
    void aPathOutsideTheOutputFolderIsRefused() {
        for (String bad : new String[] {"../x.mp4", "a/b.mp4", "..", ".", "/etc/x.mp4", ""}) {
            assertThrows(IllegalArgumentException.class, () -> OutputNames.inside(OUT, bad), bad);
        }
        assertEquals(OUT.resolve("ok.mp4"), OutputNames.inside(OUT, "ok.mp4"));
        assertEquals(Path.of("").toAbsolutePath().resolve("output/ok.mp4"), OutputNames.inside(Path.of("output"), "ok.mp4"));
    }
}
