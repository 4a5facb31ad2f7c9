package convreel.export.mp4;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.testing.SmallScenes;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An MP4 that FFmpeg finished but whose end never reached the disk is not taken for a whole one. */
class Mp4BoxesTest {
    @TempDir
    Path dir;

    private static byte[] whole;

    @BeforeAll
    static void encodeAShortVideo(@TempDir Path scratch) throws IOException {
        Path video = scratch.resolve("whole.mp4");
        SmallScenes.render(SmallScenes.fourBeats(scratch, "x"), 2)
                .video(Mp4Sink.open(video, VideoSpec.of(SmallScenes.WIDTH, SmallScenes.HEIGHT, 30)), done -> { });
        whole = Files.readAllBytes(video);
    }

    @Test
    void aWholeVideoPassesWithOrWithoutPaddingAfterIt() throws IOException {
        assertDoesNotThrow(() -> Mp4Boxes.requireComplete(write("copy.mp4", whole), dir.resolve("copy.mp4")));
        byte[] padded = Arrays.copyOf(whole, whole.length + 16);
        ByteBuffer.wrap(padded, whole.length, 8).putInt(16).put("free".getBytes(StandardCharsets.US_ASCII));
        assertDoesNotThrow(() -> Mp4Boxes.requireComplete(write("padded.mp4", padded), dir.resolve("padded.mp4")));
    }

    @Test
    void aVideoCutShortAnywhereIsRefusedWithItsName() throws IOException {
        for (int length : new int[] {0, 5, 12, 40, whole.length / 3, whole.length / 2, whole.length - 1}) {
            Path cut = write("cut.mp4", Arrays.copyOf(whole, length));
            IOException refused = assertThrows(IOException.class, () -> Mp4Boxes.requireComplete(cut, Path.of("out", "intro.mp4")),
                    "cut to " + length + " bytes");
            assertTrue(refused.getMessage().startsWith("cannot write out/intro.mp4: it was cut short"), refused.getMessage());
            assertFalse(refused instanceof StorageLimitException, "this disk has room: " + refused.getMessage());
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
