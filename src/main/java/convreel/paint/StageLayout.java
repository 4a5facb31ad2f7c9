package convreel.paint;

import convreel.conv.FeatureMap;
import convreel.paint.BlockFlow.Block;
import convreel.paint.BlockFlow.Length;
import convreel.paint.BlockFlow.Rows;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Where the step and slide stage sits: the padded input grid with the sliding window, the kernel,
 * the feature map and the worked arithmetic. On a 16:9 frame they stand side by side above the
 * caption band; on a narrower one they stack, on 9:16 the input on top, the kernel and the feature
 * map under it, then the arithmetic, all above the caption, so every number stays readable on a phone.
 *
 * @param cell      side of one grid cell in pixels, the same for all three grids
 * @param input     the padded input grid
 * @param kernel    the kernel grid
 * @param output    the feature-map grid
 * @param math      the panel where products and sums are written out
 * @param gap       space between neighbouring grids; labels may spill half of it on each side
 * @param footnotes whether the grids' footnotes (their sizes) are shown; left out only when the
 *                  stage would otherwise be too small to read
 * @param convolveSign whether the input and kernel share a row, with the ⊛ between them
 * @param equalsSign   whether the kernel and the feature map share a row, with the = between them
 */
public record StageLayout(double cell, Rectangle2D input, Rectangle2D kernel, Rectangle2D output, Rectangle2D math,
        double gap, boolean footnotes, boolean convolveSign, boolean equalsSign) {

    public static StageLayout of(PaintContext context, FeatureMap map) {
        // 3% of a 16:9 frame's width: in units of its height, which is the type unit.
        double gap = context.unit() * 0.03 * 16 / 9;
        double label = Grid.labelHeight(context);
        float labelSize = context.theme().labelSize();
        Numbers numbers = context.numbers();
        String padding = map.rowPads().total() + map.colPads().total() == 0 ? "" : " · padding " + context.scene().padding().label();
        String outSize = numbers.size(map.values().rows(), map.values().cols());
        Length spill = Length.pixels(gap / 2);
        Block input = Block.grid("input", map.padded().rows(), map.padded().cols())
                .above(label, context.label(labelSize, true, "ইনপুট ছবি"))
                .below(label, context.label(labelSize, false,
                        numbers.size(context.scene().image().rows(), context.scene().image().cols()) + padding))
                .spill(spill);
        Block kernel = Block.grid("kernel", map.kernel().weights().rows(), map.kernel().weights().cols())
                .gap(Length.pixels(gap))
                .above(label, context.label(labelSize, true, "Kernel"))
                .below(label, context.label(labelSize, false, kernelFootnote(context, map)))
                .spill(spill);
        Block output = Block.grid("output", map.values().rows(), map.values().cols())
                .gap(Length.pixels(gap))
                .above(label, context.label(labelSize, true, "Feature Map"))
                .below(label, context.label(labelSize, false, outSize, outSize + " · " + Heat.activationName(context.scene().activation())))
                .spill(spill);
        // A quarter of a 16:9 frame's width, or wider if the products need it, up to the stage's
        // width within its margin: products longer than that are written smaller.
        double mathWidth = Math.min(Math.max(context.width() * 0.24, Products.widest(context, map)),
                context.geometry().largestStage().getWidth() - gap);
        Block math = Block.of("math", Length.pixels(mathWidth), Length.pixels(Products.height(context, map)))
                .gap(Length.pixels(gap));

        Length margin = Length.pixels(gap);
        double rowGap = context.unit() * 0.01;
        List<Rows> ways = List.of(
                Rows.of(margin, rowGap, List.of(input, kernel, output, math)),
                Rows.of(margin, rowGap, List.of(input, kernel), List.of(output, math)),
                Rows.of(margin, rowGap, List.of(input, kernel, output), List.of(math)),
                Rows.of(margin, rowGap, List.of(input, math), List.of(kernel, output)),
                Rows.of(margin, rowGap, List.of(input), List.of(kernel, output), List.of(math)),
                Rows.of(margin, rowGap, List.of(input, kernel), List.of(output), List.of(math)));
        BlockFlow.Placement placed = BlockFlow.place(context, context.unit() * 0.1, Grid.smallestCell(context),
                List.of(ways, ways.stream().map(Rows::withoutFootnotes).toList()));
        return new StageLayout(placed.cell(), placed.box("input"), placed.box("kernel"), placed.box("output"),
                placed.box("math"), gap, placed.tier() == 0, placed.sameRow("input", "kernel"),
                placed.sameRow("kernel", "output"));
    }

    static String kernelFootnote(PaintContext context, FeatureMap map) {
        return context.numbers().size(map.kernel().weights().rows(), map.kernel().weights().cols()) + " · " + map.kernel().name();
    }

    /**
     * The kernel's footnote as it fits under a kernel {@code room} pixels wide with its spill: on
     * one line, or, rather than shrink it, the size over the name.
     */
    static String kernelFootnote(PaintContext context, FeatureMap map, double room) {
        String line = kernelFootnote(context, map);
        if (context.line(line, context.theme().labelSize(), false).width() <= room + 0.5) {
            return line;
        }
        return context.numbers().size(map.kernel().weights().rows(), map.kernel().weights().cols()) + "\n" + map.kernel().name();
    }

    /** The boxes of the three grids and the arithmetic panel. */
    public List<Rectangle2D> boxes() {
        return List.of(input, kernel, output, math);
    }
}
