package convreel.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.render.ProgramIdentity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FreshnessTest {
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    @TempDir
    Path dir;

    private Path scene;
    private Path music;
    private Path video;
    private final Freshness freshness = new Freshness("sha256:0123456789abcdef java:17");

    @BeforeEach
    void files() throws Exception {
        scene = write("scenes/intro.yaml", "title: x", NOW.minusSeconds(3600));
        music = write("scenes/intro.ogg", "ogg", NOW.minusSeconds(3600));
        video = write("out/intro.mp4", "video", NOW);
    }

    private Path write(String name, String text, Instant modified) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    @Test
    void aVideoNewerThanItsInputsAndStampedByThisProgramIsUpToDate() throws Exception {
        assertFalse(freshness.isUpToDate(video, List.of(scene, music)), "no stamp yet: made by some other program");
        freshness.recordBuilt(video);
        assertTrue(freshness.isUpToDate(video, List.of(scene, music)));
        assertEquals(List.of(dir.resolve("out/.convreel/intro.mp4.stamp")), list(dir.resolve("out/.convreel")),
                "one stamp in the output folder's hidden .convreel folder, nothing else left behind");
    }

    @Test
    void anyInputAsNewAsTheVideoMakesItStale() throws Exception {
        freshness.recordBuilt(video);
        Files.setLastModifiedTime(music, FileTime.from(NOW));
        assertFalse(freshness.isUpToDate(video, List.of(scene, music)), "same time counts as not older");
        assertTrue(freshness.isUpToDate(video, List.of(scene)), "the scene alone is still older");
        Files.setLastModifiedTime(scene, FileTime.from(NOW.plusSeconds(1)));
        assertFalse(freshness.isUpToDate(video, List.of(scene)));
    }

    @Test
    void aMissingVideoOrInputIsNeverUpToDate() throws Exception {
        freshness.recordBuilt(video);
        assertFalse(freshness.isUpToDate(video, List.of(scene, dir.resolve("scenes/voice.wav"))));
        assertFalse(freshness.isUpToDate(dir.resolve("out/other.mp4"), List.of(scene)));
        Files.delete(video);
        assertFalse(freshness.isUpToDate(video, List.of(scene)));
    }

    @Test
    void anotherConvreelMakesTheVideoStale() throws Exception {
        new Freshness("sha256:fedcba9876543210 java:17").recordBuilt(video);
        assertFalse(freshness.isUpToDate(video, List.of(scene)));
        freshness.recordBuilt(video);
        assertTrue(freshness.isUpToDate(video, List.of(scene)));
    }

    @Test
    void aVideoReplacedSinceItWasStampedIsStale() throws Exception {
        freshness.recordBuilt(video);
        Files.writeString(video, "another video");
        Files.setLastModifiedTime(video, FileTime.from(NOW.plusSeconds(60)));
        assertFalse(freshness.isUpToDate(video, List.of(scene)), "rendered by something that wrote no stamp");
    }

    @Test
    void theProgramIdentityIsAHashOfTheRunningCodeAndTheJavaVersion() {
        String identity = ProgramIdentity.current();
        assertTrue(identity.matches("sha256:[0-9a-f]{16} java:\\S+"), identity);
        assertEquals(identity, ProgramIdentity.current());
    }

    @Test
    void theIdentityOfAFolderChangesWithAnyFileInIt() throws Exception {
        Path code = dir.resolve("classes");
        Files.createDirectories(code.resolve("convreel"));
        Files.writeString(code.resolve("convreel/A.class"), "one");
        String before = ProgramIdentity.digest(code);
        assertEquals(before, ProgramIdentity.digest(code));
        Files.writeString(code.resolve("convreel/A.class"), "two");
        String changed = ProgramIdentity.digest(code);
        assertFalse(before.equals(changed));
        Files.writeString(code.resolve("convreel/B.class"), "");
        assertFalse(changed.equals(ProgramIdentity.digest(code)), "a new file counts, even an empty one");
    }

    private static List<Path> list(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
