package convreel.testing;

import convreel.model.Activation;
import convreel.model.Beat;
import convreel.model.Show;
import convreel.model.Cell;
import convreel.model.Format;
import convreel.model.Kernel;
import convreel.model.Matrix;
import convreel.model.Numerals;
import convreel.model.Padding;
import convreel.model.Scene;
import convreel.model.Stride;
import java.util.List;

/** The explainer's 5×5 image and 3×3 vertical-edge kernel, built in code for tests that do not read YAML. */
public final class SeedScene {
    public static final Matrix IMAGE = Matrix.of(new double[][] {
        {1, 2, 3, 0, 1},
        {0, 1, 2, 3, 1},
        {1, 0, 1, 2, 3},
        {2, 1, 0, 1, 2},
        {1, 2, 1, 0, 1}});
    public static final Kernel VERTICAL_EDGE = new Kernel("vertical edge",
            Matrix.of(new double[][] {{1, 0, -1}, {1, 0, -1}, {1, 0, -1}}), 0);

    /** The same image and kernel as scene-file lines, for tests that write a scene around them. */
    public static final String YAML = """
            image:
              - [1, 2, 3, 0, 1]
              - [0, 1, 2, 3, 1]
              - [1, 0, 1, 2, 3]
              - [2, 1, 0, 1, 2]
              - [1, 2, 1, 0, 1]
            kernels:
              - values: [[1, 0, -1], [1, 0, -1], [1, 0, -1]]
            """;

    private SeedScene() {
    }

    /** Title 2 s, a step at [0, 0] for 4 s, a slide for 6 s, at 30 fps. */
    public static Scene withPadding(Padding padding) {
        return new Scene("seed", "Convolution — CNN-এর চোখ", IMAGE, List.of(VERTICAL_EDGE), Stride.of(1), padding,
                Activation.RELU,
                List.of(new Beat("AI চোখ না থাকলেও দেখে—কীভাবে?", 2, new Show.Title()),
                        new Beat("সব যোগ করলে একটি সংখ্যা—সেটাই Feature Map-এর একটি pixel।", 4, new Show.Step(new Cell(0, 0))),
                        new Beat("Kernel বাম থেকে ডানে যায়, তারপর নিচে নামে—পুরো ছবি কভার করে।", 6, new Show.Slide())),
                30, Numerals.LATIN, Format.LANDSCAPE);
    }

    public static Scene scene() {
        return withPadding(Padding.valid());
    }
}
