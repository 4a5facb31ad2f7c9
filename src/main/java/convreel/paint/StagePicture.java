package convreel.paint;

import convreel.conv.FeatureMap;
import convreel.conv.Window;
import convreel.model.Cell;
import convreel.model.Matrix;
import convreel.model.Scene;
import convreel.timeline.Actor;
import convreel.timeline.Cue;
import convreel.timeline.FrameState;
import convreel.timeline.Shot;
import convreel.timeline.WindowPose;
import java.awt.Color;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Map;

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
    public Map<Actor, Rectangle2D> actors() {
        return Map.of(Actor.INPUT, layout.input(), Actor.KERNEL, layout.kernel(), Actor.FEATURE_MAP, layout.output(),
                Actor.ARITHMETIC, layout.math());
    }

    @Override
    public Rectangle2D window(FrameState state) {
        return windowBox(state.shot().pose());
    }

    @Override
    public void paint(Canvas canvas, FrameState state) {
        Shot shot = state.shot();
        double window = state.cue(Cue.WINDOW);
        paintInput(canvas.actor(Actor.INPUT), shot, window);
        paintKernel(canvas.actor(Actor.KERNEL), shot);
        paintOutput(canvas.actor(Actor.FEATURE_MAP), shot);
        if (layout.convolveSign()) {
            Operators.convolve(canvas, context, layout.input(), layout.kernel(), layout.cell());
        }
        if (layout.equalsSign()) {
            Operators.equals(canvas, context, layout.kernel(), layout.output(), layout.cell());
        }
        // In close on the window, the camera leaves the arithmetic beside it out of the picture: it
        // fades rather than being cut off at the frame's edge.
        double filmed = 1 - state.camera().toward();
        paintMath(canvas.actor(Actor.ARITHMETIC).faded(filmed), canvas, shot);
    }

    private void paintInput(Canvas canvas, Shot shot, double window) {
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
        paintWindow(canvas.faded(window), shot, false);
        input.numbers(canvas, map.padded(), look);
        paintWindow(canvas.faded(window), shot, true);
        input.label(canvas, "ইনপুট ছবি", layout.gap() / 2, 1);
        if (layout.footnotes()) {
            String padding = map.rowPads().total() + map.colPads().total() == 0 ? "" : " · padding " + scene.padding().label();
            input.footnote(canvas, context.numbers().size(rows, cols) + padding, layout.gap() / 2, 1);
        }
    }

    /** The window's route so far: centre to centre, left to right, then down, as a faint trail. */
    private void paintPath(Canvas canvas, Shot shot) {
        WindowPose pose = shot.pose();
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

    private Rectangle2D windowBox(WindowPose pose) {
        Matrix weights = map.kernel().weights();
        double s = layout.cell();
        return new Rectangle2D.Double(layout.input().getX() + pose.col() * scene.stride().cols() * s,
                layout.input().getY() + pose.row() * scene.stride().rows() * s, weights.cols() * s, weights.rows() * s);
    }

    /** The kernel cell of the product appearing now, or -1 when none is. */
    private static int litCell(Shot shot, int cells) {
        int lit = (int) Math.floor(shot.productsShown());
        return shot.productsShown() > 0 && lit < cells ? lit : -1;
    }

    /**
     * The window: its tint and the image cell being multiplied (under the numbers), or its amber
     * frame ({@code outline}, over them).
     */
    private void paintWindow(Canvas canvas, Shot shot, boolean outline) {
        Theme theme = context.theme();
        Matrix weights = map.kernel().weights();
        double s = layout.cell();
        Rectangle2D box = windowBox(shot.pose());
        if (outline) {
            canvas.stroke(new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(), s * 0.12, s * 0.12),
                    theme.window(), (float) (s * 0.06), 1);
            return;
        }
        canvas.fill(box, theme.window(), 0.16);
        int lit = litCell(shot, weights.rows() * weights.cols());
        if (lit >= 0) {
            canvas.fill(new Rectangle2D.Double(box.getX() + lit % weights.cols() * s, box.getY() + lit / weights.cols() * s, s, s),
                    theme.window(), 0.45);
        }
    }

    /** The kernel, the cell whose product is appearing lit together with its image cell. */
    private void paintKernel(Canvas canvas, Shot shot) {
        Theme theme = context.theme();
        Matrix weights = map.kernel().weights();
        Color fill = Theme.mix(theme.panel(), theme.kernel(), 0.18);
        kernel.cells(canvas, weights, kernel.orPixels(Grid.Look.uniform(fill, theme.kernel()), weights), "kernel grid");
        int lit = litCell(shot, weights.rows() * weights.cols());
        if (lit >= 0) {
            canvas.fill(kernel.square(lit / weights.cols(), lit % weights.cols()), theme.window(), 0.45);
        }
        kernel.numbers(canvas, weights, kernel.orPixels(Grid.Look.uniform(fill, theme.kernel()), weights));
        kernel.label(canvas, "Kernel", layout.gap() / 2, 1);
        if (layout.footnotes()) {
            kernel.footnote(canvas, StageLayout.kernelFootnote(context, map, layout.kernel().getWidth() + layout.gap()),
                    layout.gap() / 2, 1);
        }
    }

    /** The feature map: the cells worked out so far, in heat colours, and the one being worked on outlined. */
    private void paintOutput(Canvas canvas, Shot shot) {
        Theme theme = context.theme();
        Matrix values = map.values();
        output.draw(canvas, values, Heat.revealed(theme, values, valueScale, shot), "feature map grid");
        Cell writing = shot.window().output();
        output.outline(canvas, writing.row(), writing.col(), theme.window(), 1);
        output.label(canvas, "Feature Map", layout.gap() / 2, 1);
        if (layout.footnotes()) {
            output.footnote(canvas, context.numbers().size(values.rows(), values.cols()), layout.gap() / 2, 1);
        }
    }

    /**
     * The products written out row by row as in the explainer, then their sum (with the bias when
     * there is one); the sum's value then flies into its feature-map cell.
     */
    private void paintMath(Canvas canvas, Canvas frame, Shot shot) {
        Theme theme = context.theme();
        Window window = shot.window();
        Rectangle2D box = layout.math();
        Products products = Products.of(context, window, map.kernel(), box.getWidth());
        float lineHeight = products.lineHeight();
        boolean rolling = context.geometry().rollingProducts();
        int lines = (rolling ? 1 : window.inputs().rows()) + 1;
        float y = (float) (box.getCenterY() - lines * lineHeight / 2);
        y = rolling ? products.paintRolling(canvas, (float) box.getX(), y, shot.productsShown())
                : products.paint(canvas, (float) box.getX(), y, shot.productsShown());
        float sumWidth = products.paintSum(canvas, (float) box.getX(), y, shot.sumShown());
        ShapedText sum = products.sum();
        canvas.block(box, "arithmetic", 1);
        if (shot.landingIn(window.output(), map.values().cols())) {
            ShapedText value = products.result();
            Rectangle2D cell = output.square(window.output().row(), window.output().col());
            double fromX = box.getX() + sumWidth - value.width() / 2;
            double fromY = y + sum.height() / 2;
            double t = shot.landing();
            double x = fromX + (cell.getCenterX() - fromX) * t;
            // An arc: the value rises a little before it drops into its cell.
            double y0 = fromY + (cell.getCenterY() - fromY) * t - Math.sin(Math.PI * t) * layout.cell() * 0.6;
            frame.textCentered(value, x, y0, theme.accent(), 1, null);
        }
    }
}
