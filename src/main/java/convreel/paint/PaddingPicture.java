package convreel.paint;

import convreel.conv.FeatureMap;
import convreel.model.Matrix;
import convreel.model.Padding;
import convreel.model.Scene;
import convreel.paint.BlockFlow.Block;
import convreel.paint.BlockFlow.Length;
import convreel.paint.BlockFlow.Rows;
import convreel.timeline.Easing;
import convreel.timeline.FrameState;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * Padding: a ring of zeros appears around the image, then the output of each padding is shown
 * beside it with its size (valid: 3×3, same: 5×5), all computed by the engine.
 */
final class PaddingPicture implements BeatPicture {
    private static final String TITLE = "Padding = চারপাশে 0";
    private static final double SMALL_OUTPUTS = 0.5;

    private final PaintContext context;
    private final List<Padding> paddings;
    private final List<FeatureMap> maps = new ArrayList<>();
    private final FeatureMap widest;
    private final Grid input;
    private final List<Grid> outputs = new ArrayList<>();
    private final double cell;
    private final boolean footnotes;

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
        // The outputs as large as the input, with their footnotes, then without; when the input is
        // still too small to read its zeros, the outputs at half its size, where they show colours only.
        List<Rows> full = ways(1);
        List<Rows> small = ways(SMALL_OUTPUTS);
        BlockFlow.Placement placed = BlockFlow.place(context, context.unit() * 0.1, Grid.smallestCell(context),
                List.of(full, withoutFootnotes(full), small, withoutFootnotes(small)));
        this.cell = placed.cell();
        this.footnotes = placed.tier() % 2 == 0;
        this.input = new Grid(context, placed.box("input"), cell);
        double outputCell = cell * (placed.tier() >= 2 ? SMALL_OUTPUTS : 1);
        for (int i = 0; i < maps.size(); i++) {
            outputs.add(new Grid(context, placed.box("output " + i), outputCell));
        }
    }

    /** The ways to lay the input and the outputs out, with the outputs' cells {@code scale} times the input's. */
    private List<Rows> ways(double scale) {
        double label = Grid.labelHeight(context);
        float labelSize = context.theme().labelSize();
        Matrix image = context.scene().image();
        Block in = Block.grid("input", widest.padded().rows(), widest.padded().cols())
                .above(label, context.label(labelSize, true, TITLE))
                .below(label, context.label(labelSize, false, context.numbers().size(image.rows(), image.cols()),
                        context.numbers().size(widest.padded().rows(), widest.padded().cols())))
                .spill(Length.cells(1));
        List<Block> outs = new ArrayList<>();
        for (int i = 0; i < maps.size(); i++) {
            Matrix values = maps.get(i).values();
            outs.add(Block.of("output " + i, Length.cells(values.cols() * scale), Length.cells(values.rows() * scale))
                    .gap(Length.cells(1.2))
                    .above(label, context.label(labelSize, true, paddings.get(i).label()))
                    .below(label, context.label(labelSize, false, outputSize(i, scale < 1)))
                    .spill(Length.cells(0.5)));
        }
        List<Block> all = new ArrayList<>(List.of(in));
        all.addAll(outs);
        double rowGap = context.unit() * 0.01;
        List<Rows> ways = new ArrayList<>(List.of(
                Rows.of(Length.ZERO, rowGap, all),
                Rows.of(Length.ZERO, rowGap, List.of(in), outs)));
        if (outs.size() > 1) {
            ways.add(Rows.of(Length.ZERO, rowGap, all.subList(0, 2), all.subList(2, all.size())));
        }
        return ways;
    }

    private static List<Rows> withoutFootnotes(List<Rows> ways) {
        return ways.stream().map(Rows::withoutFootnotes).toList();
    }

    /** "Output 3×3", or just "3×3" under a small output. */
    private String outputSize(int i, boolean small) {
        Matrix values = maps.get(i).values();
        String size = context.numbers().size(values.rows(), values.cols());
        return small ? size : "Output " + size;
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
        input.label(canvas, TITLE, cell, 1);
        if (footnotes) {
            input.footnote(canvas, context.numbers().size(image.rows(), image.cols()), cell, 1 - ring);
            input.footnote(canvas, context.numbers().size(widest.padded().rows(), widest.padded().cols()), cell, ring);
        }

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
            if (footnotes) {
                output.footnote(shown, outputSize(i, output.cell() < cell), cell * 0.5, 1);
            }
        }
    }
}
