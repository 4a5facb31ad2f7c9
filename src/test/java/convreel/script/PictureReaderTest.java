package convreel.script;

import static org.junit.jupiter.api.Assertions.assertEquals;

import convreel.model.Cell;
import convreel.model.Matrix;
import convreel.model.Picture;
import convreel.model.Scene;
import convreel.model.Show;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scene's image given as a picture file: grey levels by BT.601 luma over white, and its patch as the image. */
class PictureReaderTest {
    @TempDir
    Path folder;

    @Test
    void eachPixelIsItsLumaOverWhiteRoundedAndThePatchIsTheImage() throws IOException, SceneException {
        BufferedImage image = new BufferedImage(8, 7, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, 8, 7, new int[8 * 7], 0, 8);
        image.setRGB(0, 0, 0xffff0000);   // red: 0.299 × 255 = 76.245
        image.setRGB(1, 0, 0xff00ff00);   // green: 0.587 × 255 = 149.685
        image.setRGB(2, 0, 0xff0000ff);   // blue: 0.114 × 255 = 29.07
        image.setRGB(0, 1, 0xff0a141e);   // (10, 20, 30): 2.99 + 11.74 + 3.42 = 18.15
        image.setRGB(1, 1, 0x00000000);   // transparent: white shows through, 255
        image.setRGB(2, 1, 0x80000000);   // black at 128/255 over white: 255 × 127/255 = 127
        ImageIO.write(image, "png", folder.resolve("tiny.png").toFile());

        Scene scene = load("image: {file: tiny.png, patch: {at: [0, 0], size: [2, 3]}}\n", "  - show: photo\n");

        Matrix expected = Matrix.of(new double[][] {{76, 150, 29}, {18, 255, 127}});
        assertEquals(expected, scene.image());
        Picture picture = scene.picture().orElseThrow();
        assertEquals(8, picture.width());
        assertEquals(7, picture.height());
        assertEquals(255, picture.grey(6, 7), "a transparent pixel is white");
        assertEquals(new Show.Photo(picture), scene.beats().get(0).show(), "a photo beat shows the scene's picture");
    }

    @Test
    void aGreyPictureKeepsItsLevelsAndAPatchMayLieAnywhereInside() throws IOException, SceneException {
        BufferedImage image = new BufferedImage(7, 7, BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setSample(5, 6, 0, 100);
        image.getRaster().setSample(6, 6, 0, 200);
        ImageIO.write(image, "png", folder.resolve("grey.png").toFile());

        Scene scene = load("image: {file: grey.png, patch: {at: [5, 5], size: [2, 2]}}\n", "");

        assertEquals(Matrix.of(new double[][] {{0, 0}, {100, 200}}), scene.image());
        assertEquals(new Cell(5, 5), scene.picture().orElseThrow().at());
    }

    @Test
    void widthScalesFirstEachNewPixelAveragingThePixelsItCovers() throws IOException, SceneException {
        BufferedImage image = new BufferedImage(14, 14, BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setSample(0, 0, 0, 10);
        image.getRaster().setSample(1, 0, 0, 20);
        image.getRaster().setSample(0, 1, 0, 30);
        image.getRaster().setSample(1, 1, 0, 41);
        image.getRaster().setSample(2, 0, 0, 3);
        ImageIO.write(image, "png", folder.resolve("large.png").toFile());

        Scene scene = load("image: {file: large.png, patch: {at: [0, 0], size: [1, 2]}, width: 7}\n", "");

        Picture picture = scene.picture().orElseThrow();
        assertEquals(7, picture.width());
        assertEquals(7, picture.height(), "the picture keeps its shape");
        // (10 + 20 + 30 + 41) / 4 = 25.25 and (3 + 0 + 0 + 0) / 4 = 0.75, each rounded once.
        assertEquals(Matrix.of(new double[][] {{25, 1}}), scene.image());
    }

    @Test
    void aPhotoBeatMayShowAPictureOfItsOwnBesideANumberImage() throws IOException, SceneException {
        ImageIO.write(new BufferedImage(9, 7, BufferedImage.TYPE_BYTE_GRAY), "png", folder.resolve("own.png").toFile());

        Scene scene = load("image: [[1, 2], [3, 4]]\n",
                "  - show: photo\n    image: {file: own.png, patch: {at: [1, 1], size: [3, 3]}}\n");

        assertEquals(Matrix.of(new double[][] {{1, 2}, {3, 4}}), scene.image());
        assertEquals(false, scene.picture().isPresent());
        Picture own = ((Show.Photo) scene.beats().get(0).show()).picture();
        assertEquals(9, own.width());
        assertEquals(Matrix.of(new double[3][3]), own.patch());
    }

    /** A scene with {@code image}, a 1×2 kernel, and {@code beat} before a plain one. */
    private Scene load(String image, String beat) throws IOException, SceneException {
        Path scene = folder.resolve("scene.yaml");
        String first = beat.replace("  - show", "  - caption: \"x\"\n    seconds: 1\n    show");
        Files.writeString(scene, image + "kernels:\n  - values: [[1, -1]]\nbeats:\n" + first
                + "  - caption: \"x\"\n    seconds: 1\n");
        return SceneLoader.load(scene);
    }
}
