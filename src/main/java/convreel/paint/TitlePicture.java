package convreel.paint;

import convreel.timeline.FrameState;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/** The title card: the scene's title, an accent bar, and the beat's caption as the hook line. */
final class TitlePicture implements BeatPicture {
    private final PaintContext context;
    private final ShapedText title;
    private final ShapedText hook;
    private final float wrap;

    TitlePicture(PaintContext context, String caption) {
        this.context = context;
        this.wrap = (float) context.safe().getWidth() * 0.9f;
        Theme theme = context.theme();
        this.title = context.wrappedEvenly(context.scene().title(), theme.titleSize(), true, wrap);
        this.hook = context.wrappedEvenly(caption, theme.hookSize(), false, wrap);
    }

    @Override
    public void paint(Canvas canvas, FrameState state) {
        Rectangle2D safe = context.safe();
        float unit = context.unit();
        Theme theme = context.theme();
        float rise = (float) ((1 - state.enter()) * unit * 0.03);
        float gap = unit * 0.05f;
        float top = (float) (safe.getCenterY() - (title.height() + gap + hook.height()) / 2 + rise);
        float centre = (float) safe.getCenterX();
        float left = centre - wrap / 2f;
        canvas.text(title, left, top, wrap, ShapedText.Align.CENTER, theme.text(), 1, "title");
        float barY = top + title.height() + gap / 2;
        float barHalf = (float) (safe.getWidth() / 15 * state.enter());
        canvas.fill(new RoundRectangle2D.Float(centre - barHalf, barY - 3, 2 * barHalf, 6, 6, 6), theme.accent(), 1);
        canvas.text(hook, left, top + title.height() + gap, wrap, ShapedText.Align.CENTER, theme.accent(), state.caption(), "hook");
    }

    @Override
    public boolean captioned() {
        return false;
    }
}
