package convreel.paint;

import convreel.model.Show;
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
    /** A mark's size as a share of the text size: as tall as a line's letters, not its whole line. */
    private static final double MARK = 0.9;
    /** The room from a mark's left edge to its text, in mark sizes. */
    private static final double MARK_ROOM = 1.8;
    /** The space between one item and the next, in lines. */
    private static final double GAP = 0.6;

    private final PaintContext context;
    private final List<ShapedText> myths = new ArrayList<>();
    private final List<ShapedText> facts = new ArrayList<>();
    private final float lineHeight;
    private final double markSize;
    private final double left;
    private final double top;

    MythsPicture(PaintContext context, List<Show.Myth> items) {
        this.context = context;
        Rectangle2D stage = context.geometry().largestStage();
        Theme theme = context.theme();
        // As large as the stage holds, up to the title's size, one size for every line: step down
        // while the lines, wrapped where they must be, are too wide or too tall for the stage.
        float size = Math.max(Theme.SMALLEST_TEXT, theme.titleSize());
        while (true) {
            myths.clear();
            facts.clear();
            double textRoom = stage.getWidth() - marksRoom(size);
            boolean fits = true;
            int count = 0;
            for (Show.Myth item : items) {
                ShapedText myth = context.wrappedEvenly(item.myth(), size, false, textRoom);
                ShapedText fact = context.wrappedEvenly(item.fact(), size, true, textRoom);
                myths.add(myth);
                facts.add(fact);
                fits &= Math.max(myth.width(), fact.width()) <= textRoom + 0.5;
                count += myth.lineCount() + fact.lineCount();
            }
            fits &= lineHeight(size) * (count + items.size() * GAP - GAP) <= stage.getHeight();
            if (fits || size <= Theme.SMALLEST_TEXT) {
                break;
            }
            size = Math.max(Theme.SMALLEST_TEXT, size * 0.95f);
        }
        double widest = 0;
        int count = 0;
        for (int i = 0; i < items.size(); i++) {
            widest = Math.max(widest, Math.max(myths.get(i).width(), facts.get(i).width()));
            count += myths.get(i).lineCount() + facts.get(i).lineCount();
        }
        this.markSize = size * context.unit() * MARK;
        this.lineHeight = lineHeight(size);
        double height = lineHeight * (count + items.size() * GAP - GAP);
        this.left = stage.getCenterX() - (widest + markSize * MARK_ROOM) / 2;
        this.top = stage.getCenterY() - height / 2;
    }

    private float lineHeight(float size) {
        return size * context.unit() * 1.5f;
    }

    /** The room the marks take beside the texts at {@code size}. */
    private double marksRoom(float size) {
        return size * context.unit() * MARK * MARK_ROOM;
    }

    @Override
    public void paint(Canvas canvas, FrameState state) {
        Theme theme = context.theme();
        int count = myths.size();
        double y = top;
        double textX = left + markSize * MARK_ROOM;
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
            y += lineHeight * (fact.lineCount() + GAP);
        }
    }
}
