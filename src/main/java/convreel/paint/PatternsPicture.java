package convreel.paint;

import convreel.conv.FeatureMap;
import convreel.model.Matrix;
import convreel.timeline.Easing;
import convreel.timeline.FrameState;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
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
        Rectangle2D stage = context.stage();
        Matrix weights = maps.get(0).kernel().weights();
        Matrix response = maps.get(0).values();
        int columnCells = Math.max(weights.cols(), response.cols());
        double label = Grid.labelHeight(context);
        double arrow = context.height() * 0.07;
        double cell = Math.min(context.height() * 0.08, Math.min(
                stage.getWidth() / (maps.size() * (columnCells + 1.5)),
                (stage.getHeight() - 2 * label - arrow) / (weights.rows() + response.rows())));
        double columnWidth = columnCells * cell;
        this.spill = cell * 0.7;
        double[] widths = new double[maps.size()];
        java.util.Arrays.fill(widths, columnWidth);
        double[] xs = Columns.centred(stage.getX(), stage.getMaxX(), cell * 1.5, widths);
        double blockHeight = (weights.rows() + response.rows()) * cell + arrow;
        double top = stage.getCenterY() - blockHeight / 2;
        this.patterns = new java.util.ArrayList<>();
        this.responses = new java.util.ArrayList<>();
        for (double x : xs) {
            patterns.add(Grid.at(context, x + (columnWidth - weights.cols() * cell) / 2, top, weights.rows(), weights.cols(), cell));
            responses.add(Grid.at(context, x + (columnWidth - response.cols() * cell) / 2,
                    top + weights.rows() * cell + arrow, response.rows(), response.cols(), cell));
        }
    }

    @Override
    public void paint(Canvas canvas, FrameState state) {
        Theme theme = context.theme();
        double p = state.progress();
        for (int i = 0; i < maps.size(); i++) {
            FeatureMap map = maps.get(i);
            double appear = Easing.out(Easing.span(p, 0.05 + 0.12 * i, 0.2 + 0.12 * i));
            double light = Easing.inOut(Easing.span(p, 0.45 + 0.08 * i, 0.7 + 0.08 * i));
            Canvas column = canvas.faded(appear);
            Grid pattern = patterns.get(i);
            pattern.draw(column, map.kernel().weights(), pixels(map.kernel().weights()), "pattern");
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

    /** Weights as grey levels: the largest white, the smallest black; the numbers stay hidden. */
    private static Grid.Look pixels(Matrix weights) {
        double[] range = weights.range();
        return new Grid.Look() {
            @Override
            public Color fill(int r, int c) {
                double span = range[1] - range[0];
                double t = span == 0 ? 0.5 : (weights.get(r, c) - range[0]) / span;
                int level = (int) Math.round(25 + t * 215);
                return new Color(level, level, level);
            }

            @Override
            public Color ink(int r, int c) {
                return Color.WHITE;
            }

            @Override
            public double textAlpha(int r, int c) {
                return 0;
            }
        };
    }
}
