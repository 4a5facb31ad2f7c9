package convreel.paint;

import convreel.conv.FeatureMap;
import convreel.model.Matrix;
import convreel.paint.BlockFlow.Block;
import convreel.paint.BlockFlow.Length;
import convreel.paint.BlockFlow.Rows;
import convreel.timeline.Cue;
import convreel.timeline.FrameState;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * What each kernel looks for: its weights drawn as a tiny picture of the pattern (light where it
 * adds, dark where it subtracts), and below it the image's response, lighting up where that pattern
 * is. One column per kernel of the scene; the responses come from the engine.
 */
final class PatternsPicture implements BeatPicture {
    private final PaintContext context;
    private final List<FeatureMap> maps;
    private final List<Grid> patterns;
    private final List<Grid> responses;
    private final double spill;

    PatternsPicture(PaintContext context) {
        this.context = context;
        this.maps = context.computation().maps().subList(0, Math.min(4, context.computation().maps().size()));
        Matrix weights = maps.get(0).kernel().weights();
        Matrix response = maps.get(0).values();
        int columnCells = Math.max(weights.cols(), response.cols());
        double label = Grid.labelHeight(context);
        double arrow = context.unit() * 0.07;
        float labelSize = context.theme().labelSize();
        List<Block> columns = new ArrayList<>();
        for (int i = 0; i < maps.size(); i++) {
            columns.add(Block.of("column " + i, Length.cells(columnCells), new Length(weights.rows() + response.rows(), arrow))
                    .gap(Length.cells(i == 0 ? 0 : 1.5))
                    .above(label, context.label(labelSize, true, maps.get(i).kernel().name()))
                    .below(label, context.label(labelSize, false, "সাড়া"))
                    .spill(Length.cells(0.7)));
        }
        int half = (columns.size() + 1) / 2;
        Length margin = Length.cells(1.5);
        double rowGap = context.unit() * 0.01;
        // The patterns hide their numbers: any cell size reads.
        BlockFlow.Placement placed = BlockFlow.place(context, context.unit() * 0.08, 0, List.of(List.of(
                Rows.of(margin, rowGap, columns),
                Rows.of(margin, rowGap, columns.subList(0, half), columns.subList(half, columns.size())))));
        double cell = placed.cell();
        this.spill = cell * 0.7;
        this.patterns = new ArrayList<>();
        this.responses = new ArrayList<>();
        for (int i = 0; i < maps.size(); i++) {
            Rectangle2D column = placed.box("column " + i);
            double x = column.getX();
            double top = column.getY();
            patterns.add(Grid.at(context, x + (column.getWidth() - weights.cols() * cell) / 2, top, weights.rows(), weights.cols(), cell));
            responses.add(Grid.at(context, x + (column.getWidth() - response.cols() * cell) / 2,
                    top + weights.rows() * cell + arrow, response.rows(), response.cols(), cell));
        }
    }

    @Override
    public void paint(Canvas canvas, FrameState state) {
        Theme theme = context.theme();
        for (int i = 0; i < maps.size(); i++) {
            FeatureMap map = maps.get(i);
            double appear = state.cue(Cue.COLUMN, i);
            double light = state.cue(Cue.RESPONSE, i);
            Canvas column = canvas.faded(appear);
            Grid pattern = patterns.get(i);
            pattern.draw(column, map.kernel().weights(), Grid.Look.pixels(map.kernel().weights()), "pattern");
            pattern.label(column, map.kernel().name(), spill, 1);
            Rectangle2D from = pattern.box();
            Grid response = responses.get(i);
            Operators.down(column, context, from.getCenterX(), from.getMaxY(), response.box().getY(), pattern.cell(), light);
            double scale = Heat.scaleOf(map.values());
            response.draw(column, map.values(), new Grid.Look() {
                @Override
                public Color fill(int r, int c) {
                    return Theme.mix(theme.panel(), Heat.color(theme, map.values().get(r, c), scale), light);
                }

                @Override
                public Color ink(int r, int c) {
                    return theme.text();
                }

                @Override
                public double textAlpha(int r, int c) {
                    return 0;
                }
            }, "response");
            response.footnote(column, "সাড়া", spill, light);
        }
    }
}
