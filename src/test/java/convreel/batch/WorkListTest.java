package convreel.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files, folders and globs become the sorted list of scene files; relative paths are resolved against a base. */
class WorkListTest {
    @TempDir
    Path base;

    @BeforeEach
    void scenes() throws Exception {
        for (String file : new String[] {"scenes/b.yaml", "scenes/a.yml", "scenes/notes.txt", "scenes/.backup.yaml",
                "scenes/shorts/c.yaml", "scenes/shorts/D.YAML", "scenes/.git/e.yaml", "scenes/odd[1].yaml",
                "empty/readme.md"}) {
            Path path = base.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "title: x\n");
        }
    }

    private List<Path> scenes(String... arguments) throws WorkListException {
        return WorkList.of(List.of(arguments), base).scenes();
    }

    private static List<Path> paths(String... paths) {
        return java.util.Arrays.stream(paths).map(Path::of).toList();
    }

    @Test
    void aFolderStandsForEveryYamlAndYmlFileInsideItSortedAndSkippingHiddenOnes() throws Exception {
        assertEquals(paths("scenes/a.yml", "scenes/b.yaml", "scenes/odd[1].yaml", "scenes/shorts/D.YAML",
                "scenes/shorts/c.yaml"), scenes("scenes"));
    }

    @Test
    void aFileIsTakenAsItIsEvenWithGlobCharactersInItsName() throws Exception {
        assertEquals(paths("scenes/odd[1].yaml"), scenes("scenes/odd[1].yaml"));
        assertEquals(paths("scenes/notes.txt"), scenes("scenes/notes.txt"), "a file named outright is a scene file");
    }

    @Test
    void aGlobMatchesRelativeToTheBaseAndStarStaysInOneFolder() throws Exception {
        assertEquals(paths("scenes/b.yaml", "scenes/odd[1].yaml"), scenes("scenes/*.yaml"));
        assertEquals(paths("scenes/shorts/c.yaml"), scenes("scenes/*/*.yaml"));
        assertEquals(paths("scenes/b.yaml", "scenes/odd[1].yaml", "scenes/shorts/c.yaml"), scenes("scenes/**.yaml"));
        assertEquals(paths("scenes/a.yml", "scenes/b.yaml"), scenes("scenes/{a,b}.y*ml"));
        assertEquals(paths("scenes/shorts/D.YAML", "scenes/shorts/c.yaml"), scenes("scenes/sh?rts"),
                "a glob that matches a folder stands for the scene files in it");
    }

    @Test
    void anAbsoluteGlobWorksToo() throws Exception {
        Path shorts = base.resolve("scenes/shorts");
        assertEquals(List.of(shorts.resolve("c.yaml")), scenes(shorts + "/*.yaml"));
    }

    @Test
    void filesNamedTwiceAreRenderedOnceAndTheListIsSorted() throws Exception {
        assertEquals(paths("scenes/a.yml", "scenes/b.yaml", "scenes/shorts/c.yaml"),
                scenes("scenes/shorts/c.yaml", "./scenes/b.yaml", "scenes/*.yml", "scenes/b.yaml", "scenes/shorts/../b.yaml"));
        assertEquals(1, scenes("scenes/b.yaml", base.resolve("scenes/b.yaml").toString()).size(),
                "the same file named relatively and absolutely");
    }

    @Test
    void aShellExpandedGlobIsJustFiles() throws Exception {
        assertEquals(paths("scenes/b.yaml", "scenes/shorts/c.yaml"), scenes("scenes/shorts/c.yaml", "scenes/b.yaml"));
    }

    @Test
    void anArgumentThatNamesNoSceneIsAnErrorThatNamesIt() {
        assertEquals("scenes/shortz: no such file or folder",
                assertThrows(WorkListException.class, () -> scenes("scenes", "scenes/shortz")).getMessage());
        assertEquals("empty: no .yaml or .yml scene files in this folder",
                assertThrows(WorkListException.class, () -> scenes("empty")).getMessage());
        assertEquals("scenes/*.json: matches no .yaml or .yml scene files",
                assertThrows(WorkListException.class, () -> scenes("scenes/*.json")).getMessage());
        assertEquals("nowhere/*.yaml: matches no .yaml or .yml scene files",
                assertThrows(WorkListException.class, () -> scenes("nowhere/*.yaml")).getMessage());
        assertEquals("no scene files given; name scene files, folders or globs",
                assertThrows(WorkListException.class, () -> WorkList.of(List.of(), base)).getMessage());
    }

    @Test
    void aLinkedSceneThatLeadsOutOfTheGivenFoldersIsSkippedWithANote() throws Exception {
        Path secret = base.resolve("private/secret.yaml");
        Files.createDirectories(secret.getParent());
        Files.writeString(secret, "title: x\n");
        Files.createSymbolicLink(base.resolve("scenes/shorts/escape.yaml"), secret);
        Files.createSymbolicLink(base.resolve("scenes/alias.yaml"), Path.of("shorts/c.yaml"));
        String note = "scenes/shorts/escape.yaml: skipped, a symbolic link to " + secret.toRealPath()
                + ", outside the folders given; name the file itself to render it";

        WorkList folder = WorkList.of(List.of("scenes"), base);
        assertEquals(paths("scenes/a.yml", "scenes/alias.yaml", "scenes/b.yaml", "scenes/odd[1].yaml",
                "scenes/shorts/D.YAML", "scenes/shorts/c.yaml"), folder.scenes(), "a link to a file inside is taken");
        assertEquals(List.of(note), folder.notes());
        WorkList glob = WorkList.of(List.of("scenes/**.yaml"), base);
        assertFalse(glob.scenes().contains(Path.of("scenes/shorts/escape.yaml")), glob.scenes().toString());
        assertEquals(List.of(note), glob.notes());

        assertTrue(WorkList.of(List.of("scenes", "private"), base).scenes().contains(Path.of("scenes/shorts/escape.yaml")),
                "its target's folder is given too");
        WorkList named = WorkList.of(List.of("scenes/shorts/escape.yaml"), base);
        assertEquals(paths("scenes/shorts/escape.yaml"), named.scenes(), "a file named outright is taken as it is");
        assertEquals(List.of(), named.notes());
    }

    @Test
    void aBrokenGlobIsAnError() {
        String message = assertThrows(WorkListException.class, () -> scenes("scenes/[ab.yaml")).getMessage();
        assertTrue(message.startsWith("scenes/[ab.yaml: not a valid glob (Missing '"), message);
    }
}
