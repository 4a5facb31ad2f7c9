package convreel.paint;

import convreel.conv.FeatureMap;
import convreel.model.Cell;
import convreel.model.Matrix;
import convreel.timeline.Cue;
import convreel.timeline.FrameState;
import convreel.timeline.Shot;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/**
 * The hook: the scene's title and the question, and under them the kernel already sliding over the
 * image while its numbers land in the feature map (beside it, or on 9:16 under it), from the very
 * first frame. No caption band.
 */
final class TitlePicture implements BeatPicture {
    /** Cells between the image and the map when the map stands under it. */
    private static final double STACK_GAP = 0.5;
    private final PaintContext context;
    private final FeatureMap map;
    private final ShapedText title;
    private final ShapedText hook;
    private final float wrap;
    private final float top;
    /** The demo's grids; {@code null} when the frame has no room for them. */
    private final Grid input;
    private final Grid output;
    /** Whether the map stands under the image (a portrait frame) rather than beside it, after an = sign. */
    private final boolean stacked;

    TitlePicture(PaintContext context, String caption) {
        this.context = context;
        this.map = context.computation().primary();
        this.wrap = (float) context.safe().getWidth() * 0.9f;
        Theme theme = context.theme();
        Rectangle2D safe = context.safe();
        float gap = context.unit() * 0.05f;
        // A long title and question are set a step smaller until both fit the frame, never below the
        // smallest readable size.
        float scale = 1;
        ShapedText title;
        ShapedText hook;
        do {
            title = context.wrappedEvenly(context.scene().title(), theme.titleSize() * scale, true, wrap);
            hook = context.wrappedEvenly(caption, Math.max(Theme.SMALLEST_TEXT, theme.hookSize() * scale), false, wrap);
            scale *= 0.92f;
        } while (title.height() + gap + hook.height() > safe.getHeight() && theme.hookSize() * scale >= Theme.SMALLEST_TEXT);
        this.title = title;
        this.hook = hook;
        Matrix padded = map.padded();
        Matrix values = map.values();
        double text = title.height() + gap + hook.height();
        // The demo takes what the text leaves, its cells never too small to read their numbers; a
        // large image or a long title that leaves too little room for that gets no demo at all. A
        // portrait frame too narrow for the image and the map side by side stands the map under it.
        double room = safe.getHeight() - text - gap * 1.5;
        double beside = Math.min(room / Math.max(padded.rows(), values.rows()),
                safe.getWidth() * 0.8 / (padded.cols() + 1.5 + values.cols()));
        // Half a cell more than the grids: a number's line box reaches a little below its cell.
        double under = Math.min(room / (padded.rows() + STACK_GAP + values.rows() + 0.5),
                safe.getWidth() * 0.8 / Math.max(padded.cols(), values.cols()));
        this.stacked = context.height() > context.width() && beside < Grid.smallestCell(context);
        double cell = stacked ? under : beside;
        boolean demo = cell >= Grid.smallestCell(context);
        double demoWidth = stacked ? Math.max(padded.cols(), values.cols()) * cell : (padded.cols() + 1.5 + values.cols()) * cell;
        double demoHeight = !demo ? 0
                : stacked ? (padded.rows() + STACK_GAP + values.rows()) * cell : Math.max(padded.rows(), values.rows()) * cell;
        this.top = (float) (safe.getCenterY() - (text + (demo ? gap * 1.5 : 0) + demoHeight) / 2);
        double demoTop = top + text + gap * 1.5;
        double left = safe.getCenterX() - demoWidth / 2;
        if (!demo) {
            this.input = null;
            this.output = null;
        } else if (stacked) {
            this.input = Grid.at(context, safe.getCenterX() - padded.cols() * cell / 2, demoTop, padded.rows(), padded.cols(), cell);
            this.output = Grid.at(context, safe.getCenterX() - values.cols() * cell / 2,
                    demoTop + (padded.rows() + STACK_GAP) * cell, values.rows(), values.cols(), cell);
        } else {
            this.input = Grid.at(context, left, demoTop + (demoHeight - padded.rows() * cell) / 2, padded.rows(),
                    padded.cols(), cell);
            this.output = Grid.at(context, left + (padded.cols() + 1.5) * cell,
                    demoTop + (demoHeight - values.rows() * cell) / 2, values.rows(), values.cols(), cell);
        }
    }

    @Override
    public void paint(Canvas canvas, FrameState state) {
        float unit = context.unit();
        Theme theme = context.theme();
        double titleIn = state.cue(Cue.TITLE);
        double hookIn = state.cue(Cue.HOOK);
        float gap = unit * 0.05f;
        float centre = (float) context.safe().getCenterX();
        float left = centre - wrap / 2f;
        canvas.text(title, left, top, wrap, ShapedText.Align.CENTER, theme.text(), 1, "title");
        float barY = top + title.height() + gap / 2;
        float barHalf = (float) (context.safe().getWidth() / 15 * titleIn);
        canvas.fill(new RoundRectangle2D.Float(centre - barHalf, barY - 3, 2 * barHalf, 6, 6, 6), theme.accent(), 1);
        float rise = (float) ((1 - hookIn) * unit * 0.02);
        // The question is readable from the first frame (a thumbnail, a scroll past): it only settles into place.
        canvas.text(hook, left, top + title.height() + gap + rise, wrap, ShapedText.Align.CENTER, theme.accent(), 1, "hook");
        if (input != null) {
            paintDemo(canvas, state.shot());
        }
    }

    /** The window sliding over the image and each sum dropping into its cell of the map. */
    private void paintDemo(Canvas canvas, Shot shot) {
        Theme theme = context.theme();
        Matrix padded = map.padded();
        Matrix values = map.values();
        Grid.Look plain = Grid.Look.uniform(theme.panel(), theme.text());
        input.cells(canvas, padded, input.orPixels(plain, padded), "hook input");
        double s = input.cell();
        Matrix weights = map.kernel().weights();
        Rectangle2D window = new Rectangle2D.Double(input.box().getX() + shot.pose().col() * context.scene().stride().cols() * s,
                input.box().getY() + shot.pose().row() * context.scene().stride().rows() * s, weights.cols() * s, weights.rows() * s);
        canvas.fill(window, theme.window(), 0.16);
        input.numbers(canvas, padded, input.orPixels(plain, padded));
        canvas.stroke(new RoundRectangle2D.Double(window.getX(), window.getY(), window.getWidth(), window.getHeight(), s * 0.12, s * 0.12),
                theme.window(), (float) (s * 0.06), 1);
        double scale = Heat.scaleOf(values);
        output.draw(canvas, values, Heat.revealed(theme, values, scale, shot), "hook feature map");
        Cell landing = shot.window().output();
        if (shot.landingIn(landing, values.cols())) {
            Rectangle2D square = output.square(landing.row(), landing.col());
            ShapedText value = context.shaper().line(context.numbers().format(values.get(landing.row(), landing.col())),
                    new TextStyle((float) (output.cell() * context.geometry().numberShare()), true));
            canvas.textCentered(value, square.getCenterX(), square.getCenterY() - (1 - shot.landing()) * output.cell() * 0.8,
                    theme.accent(), shot.landing(), null);
        }
        if (!stacked) {
            Operators.equals(canvas, context, input.box(), output.box(), input.cell());
        }
    }

    @Override
    public boolean captioned() {
        return false;
    }
}
