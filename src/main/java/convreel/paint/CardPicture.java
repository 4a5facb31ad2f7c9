package convreel.paint;

import convreel.timeline.Cue;
import convreel.timeline.FrameState;
import java.util.ArrayList;
import java.util.List;

/** Big text, one line at a time: a summary or a hook card. It fills the frame, so it has no caption band. */
final class CardPicture implements BeatPicture {
    private final PaintContext context;
    private final List<ShapedText> lines = new ArrayList<>();
    private final float gap;
    private final float wrap;

    CardPicture(PaintContext context, List<String> texts) {
        this.context = context;
        this.wrap = (float) context.safe().getWidth();
        Theme theme = context.theme();
        // As large as the frame holds, from the title's size down to the hook's: each text on at
        // most two lines, the whole card within most of the frame's height.
        float size = theme.titleSize();
        while (size > theme.hookSize() && !fits(texts, size)) {
            size = Math.max(theme.hookSize(), size * 0.95f);
        }
        for (String text : texts) {
            lines.add(context.wrappedEvenly(text, size, true, wrap));
        }
        this.gap = size * context.unit() * 0.6f;
    }

    private boolean fits(List<String> texts, float size) {
        double height = size * context.unit() * 0.6 * (texts.size() - 1);
        for (String text : texts) {
            ShapedText shaped = context.wrappedEvenly(text, size, true, wrap);
            if (shaped.lineCount() > 2) {
                return false;
            }
            height += shaped.height();
        }
        return height <= context.safe().getHeight() * 0.85;
    }

    @Override
    public void paint(Canvas canvas, FrameState state) {
        Theme theme = context.theme();
        float total = gap * (lines.size() - 1);
        for (ShapedText line : lines) {
            total += line.height();
        }
        float y = (float) (context.safe().getCenterY() - total / 2);
        float left = (float) context.safe().getCenterX() - wrap / 2f;
        for (int i = 0; i < lines.size(); i++) {
            double appear = state.cue(Cue.LINE, i);
            ShapedText line = lines.get(i);
            float rise = (float) ((1 - appear) * context.unit() * 0.02);
            canvas.text(line, left, y + rise, wrap, ShapedText.Align.CENTER, i == 0 ? theme.accent() : theme.text(), appear, "card line");
            y += line.height() + gap;
        }
    }

    @Override
    public boolean captioned() {
        return false;
    }
}
