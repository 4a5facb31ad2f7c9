package convreel.paint;

import convreel.model.Beat;
import convreel.timeline.Cue;
import convreel.timeline.FrameState;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Misconceptions and facts: each myth appears with a red cross and is struck through, then its fact
 * appears with a green tick; one item after another.
 */
final class MythsPicture implements BeatPicture {
    private final PaintContext context;
    private final List<ShapedText> myths = new ArrayList<>();
    private final List<ShapedText> facts = new ArrayList<>();
    private final float lineHeight;
    private final double markSize;
    private final double left;
    private final double top;

    MythsPicture(PaintContext context, List<Beat.Myth> items) {
        this.context = context;
        Rectangle2D stage = context.geometry().largestStage();
        Theme theme = context.theme();
        int lines = items.size() * 2;
        float size = (float) Math.max(Theme.SMALLEST_TEXT,
                Math.min(theme.hookSize(), stage.getHeight() / (lines + items.size() * 0.6) / 1.5 / context.unit()));
        this.markSize = size * context.unit() * 1.05;
        double textRoom = stage.getWidth() - markSize * 2;
        double widest = 0;
        int count = 0;
        for (Beat.Myth item : items) {
            ShapedText myth = context.fittedOrWrapped(item.myth(), size, false, textRoom);
            ShapedText fact = context.fittedOrWrapped(item.fact(), size, true, textRoom);
            myths.add(myth);
            facts.add(fact);
            widest = Math.max(widest, Math.max(myth.width(), fact.width()));
            count += myth.lineCount() + fact.lineCount();
        }
        this.lineHeight = size * context.unit() * 1.5f;
        double height = lineHeight * (count + items.size() * 0.6 - 0.6);
        this.left = stage.getCenterX() - (widest + markSize * 1.6) / 2;
        this.top = stage.getCenterY() - height / 2;
    }

    @Override
    public void paint(Canvas canvas, FrameState state) {
        Theme theme = context.theme();
        int count = myths.size();
        double y = top;
        double textX = left + markSize * 1.6;
        for (int i = 0; i < count; i++) {
            double mythIn = state.cue(Cue.ROW, i);
            double strike = state.cue(Cue.STRIKE, i);
            double factIn = state.cue(Cue.FACT, i);
            ShapedText myth = myths.get(i);
            Marks.cross(canvas, left + markSize / 2, y + lineHeight / 2, markSize, mythIn);
            canvas.text(myth, (float) textX, (float) y, myth.width(), ShapedText.Align.LEFT, theme.mutedText(), mythIn, "myth");
            for (int line = 0; line < myth.lineCount(); line++) {
                double strikeY = y + myth.lineHeight() * line + lineHeight / 2;
                double length = myth.lines().get(line).getVisibleAdvance();
                canvas.stroke(new Line2D.Double(textX, strikeY, textX + length * strike, strikeY), Marks.WRONG,
                        (float) (lineHeight * 0.06), mythIn * (strike > 0 ? 1 : 0));
            }
            y += lineHeight * myth.lineCount();
            ShapedText fact = facts.get(i);
            Marks.tick(canvas, left + markSize / 2, y + lineHeight / 2, markSize, factIn);
            canvas.text(fact, (float) textX, (float) y, fact.width(), ShapedText.Align.LEFT, theme.text(), factIn, "fact");
            y += lineHeight * (fact.lineCount() + 0.6);
        }
    }
}
