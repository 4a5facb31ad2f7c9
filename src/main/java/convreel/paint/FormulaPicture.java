package convreel.paint;

import convreel.conv.FeatureMap;
import convreel.conv.Window;
import convreel.model.Cell;
import convreel.model.Matrix;
import convreel.timeline.Easing;
import convreel.timeline.FrameState;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/**
 * The formula FeatureMap(i, j) = Σ Image × Kernel + Bias, then the same with one real cell's numbers
 * put in: the window on the image, its products, the bias, the result. All from the engine, so a
 * scene with a bias shows it.
 */
final class FormulaPicture implements BeatPicture {
    private final PaintContext context;
    private final FeatureMap map;
    private final Window window;
    private final Grid input;
    private final Rectangle2D text;
    private final ShapedText general;
    private final double formulaTop;

    FormulaPicture(PaintContext context, Cell at) {
        this.context = context;
        this.map = context.computation().primary();
        this.window = map.window(at);
        Rectangle2D stage = context.stage();
        Theme theme = context.theme();
        this.general = context.fitted("FeatureMap(i, j) = Σ Image × Kernel + Bias", theme.hookSize(), true, stage.getWidth());
        this.formulaTop = stage.getY();
        double below = stage.getY() + general.height() * 1.3;
        double label = Grid.labelHeight(context);
        Matrix padded = map.padded();
        double textWidth = context.width() * 0.42;
        double cell = Math.min(context.height() * 0.1, Math.min(
                (stage.getWidth() - textWidth) / (padded.cols() + 1.5), (stage.getMaxY() - below - 2 * label) / padded.rows()));
        double[] xs = Columns.centred(stage.getX(), stage.getMaxX(), 1.5 * cell, padded.cols() * cell, textWidth);
        double cy = (below + stage.getMaxY()) / 2;
        this.input = Grid.at(context, xs[0], cy - padded.rows() * cell / 2, padded.rows(), padded.cols(), cell);
        this.text = new Rectangle2D.Double(xs[1], cy - padded.rows() * cell / 2, textWidth, padded.rows() * cell);
    }

    @Override
    public void paint(Canvas canvas, FrameState state) {
        Theme theme = context.theme();
        Numbers numbers = context.numbers();
        double p = state.progress();
        canvas.textCentered(general, context.stage().getCenterX(), formulaTop + general.height() / 2, theme.accent(),
                Easing.out(Easing.span(p, 0.02, 0.15)), "formula");

        double windowIn = Easing.out(Easing.span(p, 0.2, 0.3));
        input.draw(canvas, map.padded(), Grid.Look.uniform(theme.panel(), theme.text()), "input grid");
        input.label(canvas, "Image", input.cell(), 1);
        double s = input.cell();
        Matrix weights = map.kernel().weights();
        Rectangle2D frame = new Rectangle2D.Double(input.box().getX() + window.left() * s, input.box().getY() + window.top() * s,
                weights.cols() * s, weights.rows() * s);
        canvas.fill(frame, theme.window(), 0.16 * windowIn);
        canvas.stroke(new RoundRectangle2D.Double(frame.getX(), frame.getY(), frame.getWidth(), frame.getHeight(), s * 0.12, s * 0.12),
                theme.window(), (float) (s * 0.06), windowIn);

        Products products = Products.of(context, window, map.kernel(), text.getWidth());
        Cell at = window.output();
        float size = products.style().size();
        ShapedText head = context.shaper().line(
                "FeatureMap(" + numbers.format(at.row()) + ", " + numbers.format(at.col()) + ") =", new TextStyle(size, true));
        float lineHeight = products.lineHeight();
        float y = (float) (text.getCenterY() - (weights.rows() + 3) * lineHeight / 2);
        float x = (float) text.getX();
        canvas.text(head, x, y, head.width(), ShapedText.Align.LEFT, theme.text(), windowIn, null);
        y += lineHeight;
        double shown = Easing.span(p, 0.3, 0.6) * weights.rows() * weights.cols();
        y = products.paint(canvas, x, y, shown);
        ShapedText bias = context.shaper().line("+ Bias (" + numbers.format(map.kernel().bias()) + ")", products.style());
        canvas.text(bias, x, y, bias.width(), ShapedText.Align.LEFT, theme.kernel(), Easing.out(Easing.span(p, 0.62, 0.7)), null);
        y += lineHeight;
        ShapedText result = context.shaper().line("= " + numbers.format(window.biased()), new TextStyle(size * 1.25f, true));
        canvas.text(result, x, y, result.width(), ShapedText.Align.LEFT, theme.accent(), Easing.out(Easing.span(p, 0.72, 0.8)), null);
        canvas.block(text, "arithmetic", 1);
    }
}
