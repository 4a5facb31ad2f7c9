package convreel.export.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import convreel.export.FrameSink;
import convreel.testing.Drawings;
import convreel.testing.FolderListing;
import convreel.testing.ImageDifference;
import convreel.testing.PaintedFrame;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The folder contract both image-sequence sinks share: numbering, whole-folder replacement, cleanup. */
class ImageSequenceSinkTest {

    private static final int WIDTH = 64;
    private static final int HEIGHT = 36;

    @TempDir
    Path dir;

    interface Opener {
        FrameSink open(Path directory) throws IOException;
    }

    static Stream<Arguments> sinks() {
        return Stream.of(
                arguments("png", (Opener) folder -> ImageSequenceSink.open(folder, ImageFormat.PNG)),
                arguments("svg", (Opener) folder -> ImageSequenceSink.open(folder, ImageFormat.SVG)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sinks")
    void numbersFilesFromOneInFrameOrder(String extension, Opener opener) throws IOException {
        Path target = dir.resolve("intro/" + extension);
        try (FrameSink sink = opener.open(target)) {
            for (int n = 0; n < 3; n++) {
                sink.accept(frame(n));
            }
            sink.finish();
        }
        assertEquals(List.of("000001." + extension, "000002." + extension, "000003." + extension), FolderListing.names(target));
        assertEquals(List.of(extension), FolderListing.names(target.getParent()), "no staging folder left beside the target");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sinks")
    void finishReplacesTheWholeOldFolder(String extension, Opener opener) throws IOException {
        Path target = dir.resolve(extension);
        Files.createDirectories(target);
        Files.writeString(target.resolve("000009." + extension), "from a longer, older render");
        Files.writeString(target.resolve("notes.txt"), "stale");
        try (FrameSink sink = opener.open(target)) {
            sink.accept(frame(0));
            assertEquals(List.of("000009." + extension, "notes.txt"), FolderListing.names(target), "old folder untouched until finish");
            sink.finish();
        }
        assertEquals(List.of("000001." + extension), FolderListing.names(target));
        assertEquals(List.of(extension), FolderListing.names(dir));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sinks")
    void aFailedRenderKeepsTheOldFolderAndLeavesNoPartialOutput(String extension, Opener opener) throws IOException {
        Path target = dir.resolve(extension);
        Files.createDirectories(target);
        Files.writeString(target.resolve("000001." + extension), "the last good render");
        PaintedFrame broken = new PaintedFrame(1, WIDTH, HEIGHT, g -> {
            throw new IllegalStateException("painter failed");
        });
        try (FrameSink sink = opener.open(target)) {
            sink.accept(frame(0));
            assertThrows(IllegalStateException.class, () -> sink.accept(broken));
        }
        assertEquals(List.of("000001." + extension), FolderListing.names(target));
        assertEquals("the last good render", Files.readString(target.resolve("000001." + extension)));
        assertEquals(List.of(extension), FolderListing.names(dir));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sinks")
    void closeWithoutFinishLeavesNothingWhereNothingWas(String extension, Opener opener) throws IOException {
        Path target = dir.resolve("scene/" + extension);
        try (FrameSink sink = opener.open(target)) {
            sink.accept(frame(0));
        }
        assertFalse(Files.exists(target));
        assertEquals(List.of(), FolderListing.names(target.getParent()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sinks")
    void rejectsFramesOutOfOrder(String extension, Opener opener) throws IOException {
        try (FrameSink sink = opener.open(dir.resolve(extension))) {
            sink.accept(frame(4));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sink.accept(frame(4)));
            assertEquals("frames must arrive in increasing order; got frame 4 after frame 4", e.getMessage());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sinks")
    void refusesToReplaceAFileWithAFolder(String extension, Opener opener) throws IOException {
        Path target = dir.resolve(extension);
        Files.writeString(target, "not a folder");
        assertThrows(IOException.class, () -> opener.open(target).close());
        assertEquals("not a folder", Files.readString(target));
    }

    @Test
    void pngHoldsTheRasterExactly() throws IOException {
        PaintedFrame frame = new PaintedFrame(0, 120, 68, Drawings.shapesAndBanglaText(120, 68, "কি"));
        try (ImageSequenceSink sink = ImageSequenceSink.open(dir.resolve("png"), ImageFormat.PNG)) {
            sink.accept(frame);
            sink.finish();
        }
        BufferedImage written = ImageIO.read(dir.resolve("png/000001.png").toFile());
        ImageDifference difference = ImageDifference.between(frame.raster(), written);
        assertEquals(0, difference.maxAbsolute(), "PNG is lossless: " + difference);
    }

    private static PaintedFrame frame(int n) {
        return new PaintedFrame(n, WIDTH, HEIGHT, Drawings.movingRectangle(n, WIDTH, HEIGHT));
    }

}
