package convreel.paint;

import convreel.conv.FeatureMap;
import convreel.conv.Window;
import convreel.model.Activation;
import convreel.model.Cell;
import convreel.model.Matrix;
import convreel.model.Scene;
import convreel.timeline.FrameState;
import convreel.timeline.Shot;
import convreel.timeline.WindowPose;
import java.awt.Color;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/**
 * The step and slide beats: the padded input with the sliding window, the kernel, the feature map
 * filling in, and the products and their sum written out as in the explainer.
 */
final class StagePicture implements BeatPicture {
    private final PaintContext context;
    private final Scene scene;
    private final FeatureMap map;
    private final StageLayout layout;
    private final Grid input;
    private final Grid kernel;
    private final Grid output;
    private final double valueScale;
    private final boolean slide;

    /** {@code layout} is the stage laid out for the context's primary map. */
    StagePicture(PaintContext context, StageLayout layout, boolean slide) {
        this.context = context;
        this.scene = context.scene();
        this.map = context.computation().primary();
        this.layout = layout;
        this.input = new Grid(context, layout.input(), layout.cell());
        this.kernel = new Grid(context, layout.kernel(), layout.cell());
        this.output = new Grid(context, layout.output(), layout.cell());
        this.valueScale = Heat.scaleOf(map.values());
        this.slide = slide;
    }

    StageLayout layout() {
        return layout;
    }

    @Override
    public void paint(Canvas canvas, FrameState state) {
        Shot shot = state.shot();
        paintInput(canvas, shot);
        paintKernel(canvas);
        paintOutput(canvas, shot);
        if (layout.convolveSign()) {
            Operators.convolve(canvas, context, layout.input(), layout.kernel(), layout.cell());
        }
        if (layout.equalsSign()) {
            Operators.equals(canvas, context, layout.kernel(), layout.output(), layout.cell());
        }
        paintMath(canvas, shot);
    }

    private void paintInput(Canvas canvas, Shot shot) {
        Theme theme = context.theme();
        int top = map.rowPads().before();
        int left = map.colPads().before();
        int rows = scene.image().rows();
        int cols = scene.image().cols();
        Grid.Look look = new Grid.Look() {
            @Override
            public Color fill(int r, int c) {
                return inside(r, c) ? theme.panel() : theme.background();
            }

            @Override
            public Color ink(int r, int c) {
                return inside(r, c) ? theme.text() : theme.mutedText();
            }

            private boolean inside(int r, int c) {
                return r >= top && r < top + rows && c >= left && c < left + cols;
            }
        };
        input.cells(canvas, map.padded(), input.orPixels(look, map.padded()), "input grid");
        if (slide) {
            paintPath(canvas, shot);
        }
        paintWindow(canvas, shot, false);
        input.numbers(canvas, map.padded(), look);
        paintWindow(canvas, shot, true);
        input.label(canvas, "ইনপুট ছবি", layout.gap() / 2, 1);
        if (layout.footnotes()) {
            String padding = map.rowPads().total() + map.colPads().total() == 0 ? "" : " · padding " + scene.padding().label();
            input.footnote(canvas, context.numbers().size(rows, cols) + padding, layout.gap() / 2, 1);
        }
    }

    /** The window's route so far: centre to centre, left to right, then down, as a faint trail. */
    private void paintPath(Canvas canvas, Shot shot) {
        WindowPose pose = shot.window();
        Path2D trail = new Path2D.Double();
        boolean started = false;
        for (Window window : map.windows()) {
            Cell at = window.output();
            double order = at.row() * map.values().cols() + at.col();
            double current = Math.round(pose.row()) * map.values().cols() + Math.round(pose.col());
            if (order > current) {
                break;
            }
            double[] centre = windowCentre(at.row(), at.col());
            if (started) {
                trail.lineTo(centre[0], centre[1]);
            } else {
                trail.moveTo(centre[0], centre[1]);
                started = true;
            }
        }
        double[] now = windowCentre(pose.row(), pose.col());
        if (started) {
            trail.lineTo(now[0], now[1]);
        }
        canvas.stroke(trail, context.theme().window(), (float) (layout.cell() * 0.04), 0.4);
    }

    private double[] windowCentre(double row, double col) {
        Matrix weights = map.kernel().weights();
        double s = layout.cell();
        return new double[] {
            layout.input().getX() + (col * scene.stride().cols() + weights.cols() / 2.0) * s,
            layout.input().getY() + (row * scene.stride().rows() + weights.rows() / 2.0) * s};
    }

    /**
     * The window: its tint and the lit cell being multiplied (under the numbers), or its amber
     * frame ({@code outline}, over them).
     */
    private void paintWindow(Canvas canvas, Shot shot, boolean outline) {
        Theme theme = context.theme();
        WindowPose pose = shot.window();
        Matrix weights = map.kernel().weights();
        double s = layout.cell();
        double x = layout.input().getX() + pose.col() * scene.stride().cols() * s;
        double y = layout.input().getY() + pose.row() * scene.stride().rows() * s;
        double w = weights.cols() * s;
        double h = weights.rows() * s;
        if (outline) {
            canvas.stroke(new RoundRectangle2D.Double(x, y, w, h, s * 0.12, s * 0.12), theme.window(), (float) (s * 0.06), 1);
            return;
        }
        canvas.fill(new Rectangle2D.Double(x, y, w, h), theme.window(), 0.16);
        int lit = (int) Math.floor(shot.productsShown());
        if (lit < weights.rows() * weights.cols() && shot.productsShown() > 0) {
            int kr = lit / weights.cols();
            int kc = lit % weights.cols();
            canvas.fill(new Rectangle2D.Double(x + kc * s, y + kr * s, s, s), theme.window(), 0.35);
        }
    }

    private void paintKernel(Canvas canvas) {
        Theme theme = context.theme();
        Matrix weights = map.kernel().weights();
        Color fill = Theme.mix(theme.panel(), theme.kernel(), 0.18);
        kernel.draw(canvas, weights, kernel.orPixels(Grid.Look.uniform(fill, theme.kernel()), weights), "kernel grid");
        kernel.label(canvas, "Kernel", layout.gap() / 2, 1);
        if (layout.footnotes()) {
            kernel.footnote(canvas, StageLayout.kernelFootnote(context, map), layout.gap() / 2, 1);
        }
    }

    private void paintOutput(Canvas canvas, Shot shot) {
        Theme theme = context.theme();
        Matrix values = map.values();
        Matrix activated = map.activated();
        // A step applies the activation in its arithmetic only; the map is activated after a full pass.
        double a = shot.reveal() instanceof Shot.Reveal.Prefix ? shot.activation() : 0;
        Matrix shown = Heat.blend(values, activated, a);
        output.draw(canvas, shown, new Grid.Look() {
            @Override
            public Color fill(int r, int c) {
                return Theme.mix(theme.panel(), Heat.color(theme, shown.get(r, c), valueScale), revealed(r, c));
            }

            @Override
            public Color ink(int r, int c) {
                return theme.text();
            }

            @Override
            public double textAlpha(int r, int c) {
                return 0;
            }

            private double revealed(int r, int c) {
                return shot.reveal().alpha(new Cell(r, c), values.cols());
            }
        }, "feature map grid");
        for (int r = 0; r < values.rows(); r++) {
            for (int c = 0; c < values.cols(); c++) {
                double revealed = shot.reveal().alpha(new Cell(r, c), values.cols());
                Heat.crossfadeNumber(canvas, context, output, r, c, values.get(r, c), activated.get(r, c), a, revealed);
            }
        }
        Cell writing = shot.math().output();
        output.outline(canvas, writing.row(), writing.col(), theme.window(), 1 - a);
        output.label(canvas, "Feature Map", layout.gap() / 2, 1);
        if (layout.footnotes()) {
            String size = context.numbers().size(values.rows(), values.cols());
            output.footnote(canvas, size, layout.gap() / 2, 1 - a);
            output.footnote(canvas, size + " · " + Heat.activationName(scene.activation()), layout.gap() / 2, a);
        }
    }

    /** The products written out row by row as in the explainer, then their sum, bias and activation. */
    private void paintMath(Canvas canvas, Shot shot) {
        Theme theme = context.theme();
        Window window = shot.math();
        Rectangle2D box = layout.math();
        Products products = Products.of(context, window, map.kernel(), box.getWidth());
        float lineHeight = products.lineHeight();
        int lines = window.inputs().rows() + 2;
        float y = (float) (box.getCenterY() - lines * lineHeight / 2);
        y = products.paint(canvas, (float) box.getX(), y, shot.productsShown());
        ShapedText sum = products.sum();
        canvas.text(sum, (float) box.getX(), y, sum.width(), ShapedText.Align.LEFT, theme.accent(), shot.sumShown(), null);
        y += lineHeight * 1.2f;
        if (scene.activation() != Activation.NONE) {
            ShapedText relu = products.activation(scene.activation());
            canvas.text(relu, (float) box.getX(), y, relu.width(), ShapedText.Align.LEFT, theme.kernel(), shot.activation(), null);
        }
        canvas.block(box, "arithmetic", 1);
    }
}
