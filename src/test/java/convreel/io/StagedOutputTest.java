package convreel.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.testing.FolderListing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedOutputTest {

    @TempDir
    Path dir;

    @Test
    void stagesAHiddenFileBesideTheTargetKeepingItsExtension() throws IOException {
        Path target = dir.resolve("out/intro.mp4");
        try (StagedOutput staged = StagedOutput.file(target)) {
            Path staging = staged.staging();
            assertEquals(target.getParent(), staging.getParent());
            String name = staging.getFileName().toString();
            assertTrue(name.startsWith(".intro.partial-") && name.endsWith(".mp4"), name);
            assertTrue(Files.exists(staging));
            assertFalse(Files.exists(target));
        }
    }

    @Test
    void commitReplacesTheTarget() throws IOException {
        Path target = dir.resolve("captions.srt");
        Files.writeString(target, "old");
        try (StagedOutput staged = StagedOutput.file(target)) {
            Files.writeString(staged.staging(), "new");
            assertEquals("old", Files.readString(target));
            staged.commit();
        }
        assertEquals("new", Files.readString(target));
        assertEquals(List.of("captions.srt"), FolderListing.names(dir));
    }

    @Test
    void closeWithoutCommitDeletesTheStagingFileAndKeepsTheTarget() throws IOException {
        Path target = dir.resolve("captions.srt");
        Files.writeString(target, "old");
        try (StagedOutput staged = StagedOutput.file(target)) {
            Files.writeString(staged.staging(), "half writ");
        }
        assertEquals("old", Files.readString(target));
        assertEquals(List.of("captions.srt"), FolderListing.names(dir));
    }

    @Test
    void committedFileGetsOrdinaryPermissionsNotOwnerOnly() throws IOException {
        Path target = dir.resolve("video.mp4");
        Path ordinary = Files.createFile(dir.resolve("ordinary"));
        try (StagedOutput staged = StagedOutput.file(target)) {
            staged.commit();
        }
        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(ordinary)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }
}
