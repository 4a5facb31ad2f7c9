package convreel.paint;

import convreel.conv.FeatureMap;
import convreel.model.Matrix;
import convreel.model.Padding;
import convreel.model.Scene;
import convreel.timeline.Easing;
import convreel.timeline.FrameState;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Padding: a ring of zeros appears around the image, then the output of each padding is shown
 * beside it with its size (valid: 3×3, same: 5×5), all computed by the engine.
 */
final class PaddingPicture implements BeatPicture {
    private final PaintContext context;
    private final List<Padding> paddings;
    private final List<FeatureMap> maps = new ArrayList<>();
    private final FeatureMap widest;
    private final Grid input;
    private final List<Grid> outputs = new ArrayList<>();
    private final double cell;

    PaddingPicture(PaintContext context, List<Padding> paddings) {
        this.context = context;
        this.paddings = paddings;
        Scene scene = context.scene();
        FeatureMap most = null;
        for (Padding padding : paddings) {
            FeatureMap map = FeatureMap.compute(scene.image(), context.computation().primary().kernel(), scene.stride(),
                    padding, scene.activation());
            maps.add(map);
            if (most == null || map.padded().rows() * map.padded().cols() > most.padded().rows() * most.padded().cols()) {
                most = map;
            }
        }
        this.widest = most;
        Rectangle2D stage = context.stage();
        double label = Grid.labelHeight(context);
        int columns = widest.padded().cols() + maps.stream().mapToInt(m -> m.values().cols()).sum();
        double gapCells = 1.2;
        int rows = Math.max(widest.padded().rows(), maps.stream().mapToInt(m -> m.values().rows()).max().orElse(1));
        this.cell = Math.min(context.height() * 0.1, Math.min(
                stage.getWidth() / (columns + gapCells * maps.size()), (stage.getHeight() - 2 * label) / rows));
        double[] widths = new double[maps.size() + 1];
        widths[0] = widest.padded().cols() * cell;
        for (int i = 0; i < maps.size(); i++) {
            widths[i + 1] = maps.get(i).values().cols() * cell;
        }
        double[] xs = Columns.centred(stage.getX(), stage.getMaxX(), gapCells * cell, widths);
        double cy = stage.getCenterY();
        this.input = Grid.at(context, xs[0], cy - widest.padded().rows() * cell / 2, widest.padded().rows(),
                widest.padded().cols(), cell);
        for (int i = 0; i < maps.size(); i++) {
            Matrix values = maps.get(i).values();
            outputs.add(Grid.at(context, xs[i + 1], cy - values.rows() * cell / 2, values.rows(), values.cols(), cell));
        }
    }

    @Override
    public void paint(Canvas canvas, FrameState state) {
        Theme theme = context.theme();
        double p = state.progress();
        double ring = Easing.inOut(Easing.span(p, 0.08, 0.35));
        int top = widest.rowPads().before();
        int left = widest.colPads().before();
        Matrix image = context.scene().image();
        input.draw(canvas, widest.padded(), new Grid.Look() {
            @Override
            public Color fill(int r, int c) {
                return inside(r, c) ? theme.panel() : Theme.mix(theme.background(), Theme.mix(theme.panel(), theme.kernel(), 0.25), ring);
            }

            @Override
            public Color ink(int r, int c) {
                return inside(r, c) ? theme.text() : theme.kernel();
            }

            @Override
            public double textAlpha(int r, int c) {
                return inside(r, c) ? 1 : ring;
            }

            private boolean inside(int r, int c) {
                return r >= top && r < top + image.rows() && c >= left && c < left + image.cols();
            }
        }, "input grid");
        input.label(canvas, "Padding = চারপাশে 0", cell, 1);
        input.footnote(canvas, context.numbers().size(image.rows(), image.cols()), cell, 1 - ring);
        input.footnote(canvas, context.numbers().size(widest.padded().rows(), widest.padded().cols()), cell, ring);

        for (int i = 0; i < maps.size(); i++) {
            FeatureMap map = maps.get(i);
            double appear = Easing.out(Easing.span(p, 0.4 + 0.18 * i, 0.55 + 0.18 * i));
            Canvas shown = canvas.faded(appear);
            Grid output = outputs.get(i);
            double scale = Heat.scaleOf(map.values());
            output.draw(shown, map.values(), new Grid.Look() {
                @Override
                public Color fill(int r, int c) {
                    return Heat.color(theme, map.values().get(r, c), scale);
                }

                @Override
                public Color ink(int r, int c) {
                    return theme.text();
                }
            }, "feature map grid");
            output.label(shown, paddings.get(i).label(), cell * 0.5, 1);
            output.footnote(shown, "Output " + context.numbers().size(map.values().rows(), map.values().cols()), cell * 0.5, 1);
        }
    }
}
