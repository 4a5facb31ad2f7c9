package convreel.paint;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays a picture's blocks (grids, panels, lines of text) out in the frame's stage areas, sized by
 * one cell side that every grid shares.
 *
 * <p>A picture lists the ways its blocks may be grouped into {@link Rows}, in tiers: the first tier
 * keeps every footnote, a later one may leave some out. Each way is tried with its rows spread over
 * the stage areas in order (a format with more than one area fills them top to bottom) and
 * given the largest cell at which every row fits its area's width, every area's rows fit its
 * height, and no label runs into its neighbour's or out of its area. The best way of the first tier
 * that reaches a readable cell wins; when no tier does, the largest cell of all. So a 16:9 stage
 * keeps its blocks in one row, and a narrow frame stacks them.
 */
final class BlockFlow {
    private static final double EPSILON = 1e-9;
    private static final int SCAN_STEPS = 256;
    private static final int BISECTIONS = 60;

    private BlockFlow() {
    }

    /** A length that grows with the cell: {@code cells} × the cell's side + {@code pixels}. */
    record Length(double cells, double pixels) {
        static final Length ZERO = new Length(0, 0);

        static Length cells(double count) {
            return new Length(count, 0);
        }

        static Length pixels(double count) {
            return new Length(0, count);
        }

        double at(double cell) {
            return cells * cell + pixels;
        }
    }

    /**
     * A label centred above or below a block: its width at its own size, and at the smallest size
     * it may be shrunk to. It is set as {@link PaintContext#fitted} sets it.
     */
    record Label(double natural, double least) {
        static final Label NONE = new Label(0, 0);

        /** Its width when it may take {@code room} pixels. */
        double width(double room) {
            return natural <= room ? natural : Math.max(room, least);
        }
    }

    /**
     * One thing to place.
     *
     * @param name   how the picture finds it in the {@link Placement}
     * @param width  its box's width
     * @param height its box's height
     * @param gap    the space before it when it follows another block in a row
     * @param above  room kept above the box, for its label
     * @param below  room kept below the box, for its footnote
     * @param top    the label above it
     * @param bottom the footnote below it
     * @param spill  how far past each side of the box its labels may reach before they shrink
     * @param floor  whether it stands on the floor of its row rather than in the row's middle
     */
    record Block(String name, Length width, Length height, Length gap, double above, double below, Label top,
            Label bottom, Length spill, boolean floor) {

        static Block of(String name, Length width, Length height) {
            return new Block(name, width, height, Length.ZERO, 0, 0, Label.NONE, Label.NONE, Length.ZERO, false);
        }

        /** A grid of {@code cols}×{@code rows} cells. */
        static Block grid(String name, int rows, int cols) {
            return of(name, Length.cells(cols), Length.cells(rows));
        }

        Block gap(Length space) {
            return new Block(name, width, height, space, above, below, top, bottom, spill, floor);
        }

        Block above(double room, Label label) {
            return new Block(name, width, height, gap, room, below, label, bottom, spill, floor);
        }

        Block below(double room, Label label) {
            return new Block(name, width, height, gap, above, room, top, label, spill, floor);
        }

        Block spill(Length reach) {
            return new Block(name, width, height, gap, above, below, top, bottom, reach, floor);
        }

        /** The same block on the floor of its row. */
        Block onFloor() {
            return new Block(name, width, height, gap, above, below, top, bottom, spill, true);
        }

        /** The same block without its footnote and the room kept for it. */
        Block withoutFootnote() {
            return new Block(name, width, height, gap, above, 0, top, Label.NONE, spill, floor);
        }
    }

    /**
     * One way to group the blocks: rows from top to bottom, each row's blocks from left to right and
     * centred in its area.
     *
     * @param margin  width each row leaves spare, half at either end
     * @param rowGap  space between two rows in the same area
     */
    record Rows(List<List<Block>> rows, Length margin, double rowGap) {
        Rows {
            rows = rows.stream().map(List::copyOf).toList();
        }

        @SafeVarargs
        static Rows of(Length margin, double rowGap, List<Block>... rows) {
            return new Rows(List.of(rows), margin, rowGap);
        }

        /** The same rows with every footnote left out. */
        Rows withoutFootnotes() {
            return new Rows(rows.stream().map(row -> row.stream().map(Block::withoutFootnote).toList()).toList(),
                    margin, rowGap);
        }
    }

    /**
     * Where the blocks went.
     *
     * @param cell  the side of a grid cell
     * @param tier  the tier of the way chosen: 0 is the picture's first choice
     * @param way   the way chosen
     */
    record Placement(double cell, int tier, Rows way, Map<String, Rectangle2D> boxes, Map<String, Integer> rows) {
        Rectangle2D box(String name) {
            Rectangle2D box = boxes.get(name);
            if (box == null) {
                throw new IllegalArgumentException("no block called " + name + " was placed; placed: " + boxes.keySet());
            }
            return box;
        }

        boolean has(String name) {
            return boxes.containsKey(name);
        }

        boolean sameRow(String a, String b) {
            return rows.get(a).equals(rows.get(b));
        }
    }

    /**
     * Places the blocks in the frame's stage areas, trying every way of every tier.
     *
     * @param cap      the largest cell wanted
     * @param readable the smallest cell whose number reads on a phone; 0 when the grids show no numbers
     */
    static Placement place(PaintContext context, double cap, double readable, List<List<Rows>> tiers) {
        // A format that keeps every number however small (landscape) takes its first tier that fits.
        double wanted = context.geometry().hidesSmallNumbers() ? readable : 0;
        return place(context.stages(), context.geometry().labelAir(), cap, wanted, tiers);
    }

    /** Places the blocks in {@code areas}, keeping at least {@code air} between labels side by side. */
    static Placement place(List<Rectangle2D> areas, double air, double cap, double readable, List<List<Rows>> tiers) {
        Sized best = null;
        for (int tier = 0; tier < tiers.size(); tier++) {
            Sized tierBest = null;
            for (Rows way : tiers.get(tier)) {
                for (List<Integer> split : splits(way.rows().size(), areas.size())) {
                    Sized sized = Sized.of(new Fit(areas, air, way, split), cap, tier);
                    if (sized != null && (tierBest == null || better(sized, tierBest))) {
                        tierBest = sized;
                    }
                }
            }
            if (tierBest != null && tierBest.cell >= readable - EPSILON && !tierBest.crowded) {
                return tierBest.placement();
            }
            if (tierBest != null && (best == null || better(tierBest, best))) {
                best = tierBest;
            }
        }
        if (best == null) {
            throw new LayoutException("its grids and panels do not fit the stage at any size");
        }
        return best.placement();
    }

    private static boolean better(Sized a, Sized b) {
        if (a.crowded != b.crowded) {
            return !a.crowded;
        }
        return a.cell > b.cell + EPSILON;
    }

    /** Every way to give {@code rows} rows, in order, to {@code areas} areas in order: each row's area. */
    private static List<List<Integer>> splits(int rows, int areas) {
        List<List<Integer>> all = new ArrayList<>();
        collect(new int[rows], 0, 0, areas, all);
        return all;
    }

    private static void collect(int[] chosen, int row, int from, int areas, List<List<Integer>> all) {
        if (row == chosen.length) {
            all.add(Arrays.stream(chosen).boxed().toList());
            return;
        }
        for (int area = from; area < areas; area++) {
            chosen[row] = area;
            collect(chosen, row + 1, area, areas, all);
        }
    }

    /** A way with its rows given to areas, sized: {@code crowded} when its labels collide at every cell that fits. */
    private record Sized(Fit fit, double cell, int tier, boolean crowded) {
        static Sized of(Fit fit, double cap, int tier) {
            double cell = largest(fit, cap, true);
            if (cell > 0) {
                return new Sized(fit, exact(fit, cell, true), tier, false);
            }
            cell = largest(fit, cap, false);
            return cell > 0 ? new Sized(fit, exact(fit, cell, false), tier, true) : null;
        }

        /**
         * The bisected {@code cell} replaced by the exact cell at which a row fills its area's width,
         * or a lone row its height, when that is the limit: the same number, to the last bit, as the
         * one a picture computes directly, so frames do not shift by a rounding.
         */
        private static double exact(Fit fit, double cell, boolean clear) {
            List<Double> candidates = new ArrayList<>(fit.heightLimits());
            candidates.addAll(fit.widthLimits());
            for (double candidate : candidates) {
                if (Math.abs(candidate - cell) <= cell * 1e-9 && fit.works(candidate, clear)) {
                    return candidate;
                }
            }
            return cell;
        }

        /**
         * The largest cell up to {@code cap} at which the way fits (and, if {@code clear}, its labels
         * stay apart), or 0. Fitting only gets harder as the cell grows, and labels only get apart,
         * so the cells that work form one span: scan down to it, then bisect its upper end. The scan
         * starts at the tightest of the {@link Fit#widthLimits() width} and {@link Fit#heightLimits()
         * height} limits, since no cell above it fits: the same steps are tried from there, so the
         * cell found is the same, for a fraction of the tries.
         */
        private static double largest(Fit fit, double cap, boolean clear) {
            if (fit.works(cap, clear)) {
                return cap;
            }
            double limit = Double.POSITIVE_INFINITY;
            for (double candidate : fit.heightLimits()) {
                limit = Math.min(limit, candidate);
            }
            for (double candidate : fit.widthLimits()) {
                limit = Math.min(limit, candidate);
            }
            double above = cap;
            for (int step = 1; step < SCAN_STEPS; step++) {
                double cell = cap * (1 - (double) step / SCAN_STEPS);
                // Past a limit by far more than rounding: a row would be too wide or a block too tall.
                if (cell > limit * (1 + 1e-6)) {
                    above = cell;
                    continue;
                }
                if (fit.works(cell, clear)) {
                    double below = cell;
                    for (int i = 0; i < BISECTIONS; i++) {
                        double middle = (below + above) / 2;
                        if (fit.works(middle, clear)) {
                            below = middle;
                        } else {
                            above = middle;
                        }
                    }
                    return below;
                }
                above = cell;
            }
            return 0;
        }

        Placement placement() {
            return fit.placement(cell, tier);
        }
    }

    /** One way with its rows given to areas: lays it out at any cell and checks that it fits. */
    private record Fit(List<Rectangle2D> areas, double air, Rows way, List<Integer> areaOf) {

        boolean works(double cell, boolean clear) {
            for (int a = 0; a < areas.size(); a++) {
                Rectangle2D area = areas.get(a);
                double height = 0;
                int count = 0;
                for (int r = 0; r < areaOf.size(); r++) {
                    if (areaOf.get(r) != a) {
                        continue;
                    }
                    List<Block> row = way.rows().get(r);
                    if (width(row, cell) + way.margin().at(cell) > area.getWidth() + EPSILON) {
                        return false;
                    }
                    if (clear && !apart(row, cell, area, air)) {
                        return false;
                    }
                    height += rowHeight(row, cell);
                    count++;
                }
                if (count > 1) {
                    height += way.rowGap() * (count - 1);
                }
                if (height > area.getHeight() + EPSILON) {
                    return false;
                }
            }
            return true;
        }

        /**
         * For each row, the cell at which it fills its area's width with its margin. Whole cells are
         * added up first, as a picture writing the sum out by hand would.
         */
        List<Double> widthLimits() {
            List<Double> limits = new ArrayList<>();
            for (int r = 0; r < areaOf.size(); r++) {
                List<Block> row = way.rows().get(r);
                double whole = 0;
                double parts = 0;
                double pixels = 0;
                for (Block block : row) {
                    double cells = block.width().cells();
                    if (cells == Math.rint(cells)) {
                        whole += cells;
                    } else {
                        parts += cells;
                    }
                    pixels += block.width().pixels();
                }
                Length gaps = gaps(row);
                double cells = whole + parts + gaps.cells() + way.margin().cells();
                if (cells > 0) {
                    limits.add((areas.get(areaOf.get(r)).getWidth() - pixels - gaps.pixels() - way.margin().pixels()) / cells);
                }
            }
            return limits;
        }

        /** For each area holding one row, the cell at which each of its blocks fills the area's height. */
        List<Double> heightLimits() {
            List<Double> limits = new ArrayList<>();
            for (int a = 0; a < areas.size(); a++) {
                List<List<Block>> here = new ArrayList<>();
                for (int r = 0; r < areaOf.size(); r++) {
                    if (areaOf.get(r) == a) {
                        here.add(way.rows().get(r));
                    }
                }
                if (here.size() != 1) {
                    continue;
                }
                for (Block block : here.get(0)) {
                    Length height = block.height();
                    if (height.cells() > 0) {
                        limits.add((areas.get(a).getHeight() - (block.above() + block.below() + height.pixels())) / height.cells());
                    }
                }
            }
            return limits;
        }

        /**
         * No two labels on the same line come closer than {@code air}, none leaves the area, and,
         * where air is kept at all, no label comes closer than that to a taller grid beside it.
         */
        private static boolean apart(List<Block> row, double cell, Rectangle2D area, double air) {
            double[] xs = lefts(row, cell, area);
            List<Rectangle2D> boxes = new ArrayList<>();
            List<Rectangle2D> labels = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                Block block = row.get(i);
                double w = block.width().at(cell);
                double h = block.height().at(cell);
                // Heights measured from the row's middle line.
                double top = -h / 2 + (block.above() - block.below()) / 2;
                Rectangle2D box = new Rectangle2D.Double(xs[i], top, w, h);
                boxes.add(box);
                double room = w + 2 * block.spill().at(cell);
                double over = block.top().width(room);
                double under = block.bottom().width(room);
                Rectangle2D label = over > 0
                        ? new Rectangle2D.Double(box.getCenterX() - over / 2, top - block.above(), over, block.above()) : null;
                Rectangle2D footnote = under > 0
                        ? new Rectangle2D.Double(box.getCenterX() - under / 2, box.getMaxY(), under, block.below()) : null;
                for (Rectangle2D text : new Rectangle2D[] {label, footnote}) {
                    if (text == null) {
                        continue;
                    }
                    if (text.getX() < area.getX() - EPSILON || text.getMaxX() > area.getMaxX() + EPSILON) {
                        return false;
                    }
                    labels.add(text);
                }
            }
            for (int i = 0; i < labels.size(); i++) {
                for (int j = i + 1; j < labels.size(); j++) {
                    if (near(labels.get(i), labels.get(j), air)) {
                        return false;
                    }
                }
                if (air > 0) {
                    for (Rectangle2D box : boxes) {
                        if (near(labels.get(i), box, air)) {
                            return false;
                        }
                    }
                }
            }
            return true;
        }

        /** Whether two boxes, overlapping in height, come closer side by side than {@code air}. */
        private static boolean near(Rectangle2D a, Rectangle2D b, double air) {
            boolean level = a.getY() < b.getMaxY() - EPSILON && b.getY() < a.getMaxY() - EPSILON;
            boolean close = a.getX() < b.getMaxX() + air - EPSILON && b.getX() < a.getMaxX() + air - EPSILON;
            return level && close;
        }

        private static double width(List<Block> row, double cell) {
            double total = gaps(row, cell);
            for (Block block : row) {
                total += block.width().at(cell);
            }
            return total;
        }

        private static double rowHeight(List<Block> row, double cell) {
            double height = 0;
            for (Block block : row) {
                height = Math.max(height, block.above() + block.height().at(cell) + block.below());
            }
            return height;
        }

        /**
         * Each block's left edge: the row centred between the area's sides. (Summed in the order
         * the pictures used before they shared this code, so their frames stay bit for bit the same.)
         */
        private static double[] lefts(List<Block> row, double cell, Rectangle2D area) {
            double total = width(row, cell);
            double[] xs = new double[row.size()];
            double x = (area.getX() + area.getMaxX() - total) / 2;
            for (int i = 0; i < row.size(); i++) {
                xs[i] = x;
                x += row.get(i).width().at(cell) + (i + 1 < row.size() ? row.get(i + 1).gap().at(cell) : 0);
            }
            return xs;
        }

        /** The gaps between a row's blocks, added up. */
        private static double gaps(List<Block> row, double cell) {
            if (row.size() < 2) {
                return 0;
            }
            if (evenGaps(row)) {
                return row.get(1).gap().at(cell) * (row.size() - 1);
            }
            double total = 0;
            for (int i = 1; i < row.size(); i++) {
                total += row.get(i).gap().at(cell);
            }
            return total;
        }

        /** The gaps between a row's blocks, added up as a length. */
        private static Length gaps(List<Block> row) {
            if (row.size() < 2) {
                return Length.ZERO;
            }
            if (evenGaps(row)) {
                Length gap = row.get(1).gap();
                return new Length(gap.cells() * (row.size() - 1), gap.pixels() * (row.size() - 1));
            }
            double cells = 0;
            double pixels = 0;
            for (int i = 1; i < row.size(); i++) {
                cells += row.get(i).gap().cells();
                pixels += row.get(i).gap().pixels();
            }
            return new Length(cells, pixels);
        }

        private static boolean evenGaps(List<Block> row) {
            return row.stream().skip(1).allMatch(block -> block.gap().equals(row.get(1).gap()));
        }

        Placement placement(double cell, int tier) {
            Map<String, Rectangle2D> boxes = new HashMap<>();
            Map<String, Integer> rowOf = new HashMap<>();
            for (int a = 0; a < areas.size(); a++) {
                Rectangle2D area = areas.get(a);
                List<Integer> here = new ArrayList<>();
                double total = 0;
                for (int r = 0; r < areaOf.size(); r++) {
                    if (areaOf.get(r) == a) {
                        total += (here.isEmpty() ? 0 : way.rowGap()) + rowHeight(way.rows().get(r), cell);
                        here.add(r);
                    }
                }
                double y = area.getCenterY() - total / 2;
                for (int r : here) {
                    List<Block> row = way.rows().get(r);
                    double height = rowHeight(row, cell);
                    double middle = here.size() == 1 ? area.getCenterY() : y + height / 2;
                    double[] xs = lefts(row, cell, area);
                    for (int i = 0; i < row.size(); i++) {
                        Block block = row.get(i);
                        double h = block.height().at(cell);
                        double top = block.floor()
                                ? middle + height / 2 - block.below() - h
                                : middle - h / 2 + (block.above() - block.below()) / 2;
                        boxes.put(block.name(), new Rectangle2D.Double(xs[i], top, block.width().at(cell), h));
                        rowOf.put(block.name(), r);
                    }
                    y += height + way.rowGap();
                }
            }
            return new Placement(cell, tier, way, Map.copyOf(boxes), Map.copyOf(rowOf));
        }
    }
}
