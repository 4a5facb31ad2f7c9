package convreel.paint;

import convreel.conv.FeatureMap;
import convreel.conv.Window;
import convreel.model.Cell;
import convreel.model.Matrix;
import convreel.paint.BlockFlow.Block;
import convreel.paint.BlockFlow.Length;
import convreel.paint.BlockFlow.Rows;
import convreel.timeline.Actor;
import convreel.timeline.Cue;
import convreel.timeline.FrameState;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import java.util.Map;

/**
 * The formula FeatureMap(i, j) = Σ Image × Kernel + Bias, then the same with one real cell's numbers
 * put in: the window on the image, its products, the bias, the result. All from the engine, so a
 * scene with a bias shows it.
 */
final class FormulaPicture implements BeatPicture {
    private final PaintContext context;
    private final FeatureMap map;
    private final Window window;
    /** The window's place in reading order: its cues are numbered by it. */
    private final int index;
    private final Grid input;
    private final Rectangle2D text;
    private final ShapedText general;
    private final Rectangle2D formula;

    FormulaPicture(PaintContext context, Cell at) {
        this.context = context;
        this.map = context.computation().primary();
        this.window = map.window(at);
        this.index = map.windows().indexOf(window);
        Theme theme = context.theme();
        Rectangle2D stage = context.stages().get(0);
        this.general = context.fitted("FeatureMap(i, j) = Σ Image × Kernel + Bias", theme.hookSize(), true, stage.getWidth());
        double label = Grid.labelHeight(context);
        Matrix padded = map.padded();
        // 42% of a 16:9 frame's width, or wider if the arithmetic needs it.
        double textWidth = Math.max(context.width() * 0.42, arithmeticWidth());
        float size = context.mathSize();
        double textHeight = (map.kernel().weights().rows() + 3) * size * 1.5 + size * 0.7;
        Block formula = Block.of("formula", Length.pixels(general.width()), Length.pixels(general.height()));
        Block grid = Block.grid("input", padded.rows(), padded.cols())
                .above(label, context.label(theme.labelSize(), true, "Image")).below(label, BlockFlow.Label.NONE)
                .spill(Length.cells(1));
        Block arithmetic = Block.of("arithmetic", Length.pixels(textWidth), Length.pixels(textHeight)).gap(Length.cells(1.5));
        double rowGap = general.height() * 0.3;
        BlockFlow.Placement placed = BlockFlow.place(context, context.unit() * 0.1, Grid.smallestCell(context),
                List.of(List.of(
                        Rows.of(Length.ZERO, rowGap, List.of(formula), List.of(grid, arithmetic)),
                        Rows.of(Length.ZERO, rowGap, List.of(formula), List.of(grid), List.of(arithmetic)))));
        this.formula = placed.box("formula");
        this.input = new Grid(context, placed.box("input"), placed.cell());
        this.text = placed.box("arithmetic");
    }

    /** The widest line this beat writes, at the theme's size. */
    private double arithmeticWidth() {
        float size = context.mathSize();
        Products products = Products.of(context, window, map.kernel(), Double.MAX_VALUE);
        double widest = Math.max(head(size).width(), Math.max(bias(products).width(), result(size).width()));
        for (int r = 0; r < window.inputs().rows(); r++) {
            widest = Math.max(widest, context.shaper().line(products.row(r), products.style()).width());
        }
        return widest;
    }

    private ShapedText head(float size) {
        Numbers numbers = context.numbers();
        Cell at = window.output();
        return context.shaper().line("FeatureMap(" + numbers.format(at.row()) + ", " + numbers.format(at.col()) + ") =",
                new TextStyle(size, true));
    }

    private ShapedText bias(Products products) {
        return context.shaper().line("+ Bias (" + context.numbers().format(map.kernel().bias()) + ")", products.style());
    }

    private ShapedText result(float size) {
        return context.shaper().line("= " + context.numbers().format(window.biased()), new TextStyle(size * 1.25f, true));
    }

    @Override
    public Map<Actor, Rectangle2D> actors() {
        return Map.of(Actor.INPUT, input.box());
    }

    @Override
    public void paint(Canvas canvas, FrameState state) {
        Theme theme = context.theme();
        Numbers numbers = context.numbers();
        canvas.textCentered(general, formula.getCenterX(), formula.getCenterY(), theme.accent(), state.cue(Cue.FORMULA),
                "formula");

        double windowIn = state.cue(Cue.WINDOW);
        Canvas image = canvas.actor(Actor.INPUT);
        input.draw(image, map.padded(), input.orPixels(Grid.Look.uniform(theme.panel(), theme.text()), map.padded()), "input grid");
        input.label(image, "Image", input.cell(), 1);
        double s = input.cell();
        Matrix weights = map.kernel().weights();
        Rectangle2D frame = new Rectangle2D.Double(input.box().getX() + window.left() * s, input.box().getY() + window.top() * s,
                weights.cols() * s, weights.rows() * s);
        image.fill(frame, theme.window(), 0.16 * windowIn);
        image.stroke(new RoundRectangle2D.Double(frame.getX(), frame.getY(), frame.getWidth(), frame.getHeight(), s * 0.12, s * 0.12),
                theme.window(), (float) (s * 0.06), windowIn);

        Products products = Products.of(context, window, map.kernel(), text.getWidth());
        float size = products.style().size();
        ShapedText head = head(size);
        float lineHeight = products.lineHeight();
        float y = (float) (text.getCenterY() - (weights.rows() + 3) * lineHeight / 2);
        float x = (float) text.getX();
        canvas.text(head, x, y, head.width(), ShapedText.Align.LEFT, theme.text(), windowIn, null);
        y += lineHeight;
        double shown = state.cue(Cue.PRODUCTS, index) * weights.rows() * weights.cols();
        y = products.paint(canvas, x, y, shown);
        ShapedText bias = bias(products);
        canvas.text(bias, x, y, bias.width(), ShapedText.Align.LEFT, theme.kernel(), state.cue(Cue.BIAS), null);
        y += lineHeight;
        ShapedText result = result(size);
        canvas.text(result, x, y, result.width(), ShapedText.Align.LEFT, theme.accent(), state.cue(Cue.RESULT), null);
        canvas.block(text, "arithmetic", 1);
    }
}
