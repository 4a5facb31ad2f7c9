package convreel.paint;

import convreel.conv.PhotoMaps;
import convreel.model.Matrix;
import convreel.model.Picture;
import convreel.model.Show;
import convreel.timeline.Cue;
import convreel.timeline.FrameState;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * A real picture: shown whole, then seen closer and closer until the pixels of its patch are cells
 * with their grey levels written in; then back out, the photo moving aside for each kernel's feature
 * map of the whole picture, in heat colours (the legend under them). The images are made once, at
 * the sizes the picture rests at, so a frame at rest costs a few copies; only the moves scale.
 */
final class PhotoPicture implements BeatPicture {
    /** How much larger than the patch the close-up's view is: the patch and a ring of its neighbours. */
    private static final double CLOSE_MARGIN = 1.3;
    /** The share of map values drawn weaker than full strength: a few very strong edges do not wash out the rest. */
    private static final double HEAT_PERCENTILE = 0.995;

    private final PaintContext context;
    private final Picture picture;
    private final List<Matrix> maps;
    private final List<String> names;
    /**
     * The picture at its own size, for moves and the close-up; and at the sizes it rests at. Each is
     * made when a canvas first draws it, as the layout check never does.
     */
    private final Supplier<BufferedImage> pixels;
    private final Supplier<BufferedImage> whole;
    private final Supplier<BufferedImage> aside;
    private final List<Supplier<BufferedImage>> mapImages;
    /** Where the photo is shown alone, and where it and each map stand once pulled back. */
    private final Rectangle2D alone;
    private final List<Rectangle2D> tiles;
    /** The part of the picture (in its pixels) the close-up shows. */
    private final Rectangle2D close;
    /** The patch as cells at the height of the close-up. */
    private final Grid cells;
    /** The patch's grey levels, and each as a colour, row by row: what its cells are filled with. */
    private final Matrix patch;
    private final Color[] patchGreys;
    private final int kernelRows;
    private final int kernelCols;

    PhotoPicture(PaintContext context, Show.Photo show) {
        this.context = context;
        this.picture = show.picture();
        PhotoMaps computed = context.computation().photo(picture);
        int count = Math.min(Show.Photo.MAPS, computed.maps().size());
        this.maps = computed.maps().subList(0, count);
        this.names = context.scene().kernels().subList(0, count).stream().map(k -> k.name()).toList();
        this.kernelRows = context.scene().kernels().get(0).weights().rows();
        this.kernelCols = context.scene().kernels().get(0).weights().cols();
        Rectangle2D stage = context.geometry().largestStage();
        double label = Grid.labelHeight(context);
        double aspect = (double) picture.width() / picture.height();
        this.alone = fit(inset(stage, label), aspect);
        this.tiles = tiles(stage, count + 1, aspect, label);
        this.close = close(aspect);
        double cell = alone.getHeight() / close.getHeight();
        this.cells = Grid.at(context, alone.getX() + (picture.at().col() - close.getX()) * cell,
                alone.getY() + (picture.at().row() - close.getY()) * cell, picture.patchRows(), picture.patchCols(), cell);
        this.patch = picture.patch();
        this.patchGreys = new Color[patch.rows() * patch.cols()];
        for (int r = 0; r < patch.rows(); r++) {
            for (int c = 0; c < patch.cols(); c++) {
                int level = (int) patch.get(r, c);
                patchGreys[r * patch.cols() + c] = new Color(level, level, level);
            }
        }
        this.pixels = once(() -> greyImage(computed.grey()));
        this.whole = once(() -> scaled(pixels.get(), (int) alone.getWidth(), (int) alone.getHeight()));
        this.aside = once(() -> scaled(pixels.get(), (int) tiles.get(0).getWidth(), (int) tiles.get(0).getHeight()));
        double scale = tiles.get(0).getWidth() / picture.width();
        this.mapImages = new ArrayList<>();
        for (Matrix map : maps) {
            mapImages.add(once(() -> scaled(heatImage(map), (int) Math.round(map.cols() * scale),
                    (int) Math.round(map.rows() * scale))));
        }
    }

    @Override
    public void paint(Canvas canvas, FrameState state) {
        double appear = state.cue(Cue.IMAGE);
        double wide = state.cue(Cue.WIDE);
        double closer = state.cue(Cue.CLOSE_UP) * (1 - wide);
        Rectangle2D shown = lerp(alone, tiles.get(0), wide);
        Rectangle2D view = view(closer);
        Canvas photo = canvas.faded(appear);
        if (closer == 0 && wide == 0) {
            photo.image(whole, AffineTransform.getTranslateInstance(alone.getX(), alone.getY()), alone, false, 1, "photo");
        } else if (wide == 1) {
            photo.image(aside, AffineTransform.getTranslateInstance(shown.getX(), shown.getY()), shown, false, 1, "photo");
        } else {
            photo.image(pixels, placing(view, shown), shown, shown.getHeight() / view.getHeight() > 2, 1, "photo");
        }
        // The numbers go as the pull-back starts: they belong to the close-up, not to the moving photo.
        // They are written in one by one, in reading order: the pixels turning into numbers.
        double written = state.cue(Cue.NUMBERS);
        double numbers = Math.min(1, written * 4) * Math.max(0, 1 - 4 * wide);
        if (numbers > 0) {
            int count = patch.rows() * patch.cols();
            cells.draw(canvas.faded(numbers), patch, new Grid.Look() {
                @Override
                public double textAlpha(int row, int col) {
                    return Math.max(0, Math.min(1, written * count - (row * patch.cols() + col)));
                }

                @Override
                public Color fill(int row, int col) {
                    return patchGreys[row * patch.cols() + col];
                }

                @Override
                public Color ink(int row, int col) {
                    return patch.get(row, col) > 110 ? Color.BLACK : Color.WHITE;
                }
            }, "patch");
        } else {
            // Where the patch lies, until the close-up reaches it and again once pulled back.
            double scale = shown.getWidth() / view.getWidth();
            Rectangle2D where = new Rectangle2D.Double(shown.getX() + (picture.at().col() - view.getX()) * scale,
                    shown.getY() + (picture.at().row() - view.getY()) * scale, picture.patchCols() * scale,
                    picture.patchRows() * scale);
            double outline = appear * Math.max(1 - closer, wide);
            photo.stroke(grown(where, context.unit() * 0.006), context.theme().window(), context.unit() * 0.004f, outline);
        }
        label(canvas, "ছবি", tiles.get(0), Math.max(0, (wide - 0.7) / 0.3));
        double sweep = state.cue(Cue.SWEEP);
        for (int i = 0; i < maps.size(); i++) {
            double light = state.cue(Cue.RESPONSE, i);
            Rectangle2D tile = tiles.get(i + 1);
            // The first map fills in behind the kernel sweeping down the photo.
            Rectangle2D filled = i > 0 ? tile : new Rectangle2D.Double(tile.getX(), tile.getY(), tile.getWidth(),
                    tile.getHeight() * sweep);
            double scale = tile.getWidth() / picture.width();
            // Map cell (r, c) is the window whose top-left pixel is (r, c): it sits under the window's centre.
            AffineTransform at = AffineTransform.getTranslateInstance(
                    Math.round(tile.getX() + (kernelCols - 1) / 2.0 * scale), Math.round(tile.getY() + (kernelRows - 1) / 2.0 * scale));
            canvas.fill(tile, context.theme().panel(), light);
            canvas.block(tile, "map", light);
            if (filled.getHeight() > 0) {
                canvas.image(mapImages.get(i), at, filled, false, light, null);
            }
            label(canvas, names.get(i), tile, light);
        }
        if (sweep > 0 && sweep < 1) {
            sweeping(canvas, sweep);
        }
        if (!maps.isEmpty()) {
            // Under the maps when they stand in one row with the photo; under the whole block when they wrap.
            Rectangle2D maps = tiles.get(1).createUnion(tiles.get(tiles.size() - 1));
            Rectangle2D under = maps.getMinY() > tiles.get(0).getMaxY() || maps.getMaxY() > tiles.get(1).getMaxY()
                    ? tiles.get(0).createUnion(tiles.get(tiles.size() - 1)) : maps;
            Legend.paint(canvas, context, under, 0, state.cue(Cue.LEGEND));
        }
    }

    /**
     * The first kernel at {@code sweep} of its way down: a band as tall as the kernel across the
     * photo, and the map's edge at the same height.
     */
    private void sweeping(Canvas canvas, double sweep) {
        Rectangle2D photo = tiles.get(0);
        double scale = photo.getHeight() / picture.height();
        double band = kernelRows * scale;
        double y = (picture.height() - kernelRows) * sweep * scale;
        Color window = context.theme().window();
        float line = context.unit() * 0.003f;
        canvas.stroke(new Rectangle2D.Double(photo.getX(), photo.getY() + y, photo.getWidth(), band), window, line, 1);
        Rectangle2D map = tiles.get(1);
        canvas.stroke(new java.awt.geom.Line2D.Double(map.getX(), map.getY() + map.getHeight() * sweep, map.getMaxX(),
                map.getY() + map.getHeight() * sweep), window, line, 1);
    }

    private void label(Canvas canvas, String text, Rectangle2D tile, double alpha) {
        ShapedText shaped = context.fitted(text, context.theme().labelSize(), true, tile.getWidth());
        canvas.textCentered(shaped, tile.getCenterX(), tile.getY() - Grid.labelHeight(context) / 2, context.theme().mutedText(),
                alpha, "label");
    }

    /** The part of the picture in view, {@code closer} of the way from the whole picture to the close-up. */
    private Rectangle2D view(double closer) {
        Rectangle2D all = new Rectangle2D.Double(0, 0, picture.width(), picture.height());
        if (closer == 0) {
            return all;
        }
        // The size shrinks evenly on a log scale, so the approach neither rushes nor crawls at the end;
        // the centre follows the size, so the patch stays in view all the way.
        double height = all.getHeight() * Math.pow(close.getHeight() / all.getHeight(), closer);
        double travelled = (all.getHeight() - height) / (all.getHeight() - close.getHeight());
        double width = height * all.getWidth() / all.getHeight();
        double cx = all.getCenterX() + (close.getCenterX() - all.getCenterX()) * travelled;
        double cy = all.getCenterY() + (close.getCenterY() - all.getCenterY()) * travelled;
        return new Rectangle2D.Double(cx - width / 2, cy - height / 2, width, height);
    }

    /** The close-up's view: the patch and its neighbours, the picture's shape, kept inside the picture. */
    private Rectangle2D close(double aspect) {
        double height = Math.min(picture.height(), Math.max(picture.patchRows(), picture.patchCols() / aspect) * CLOSE_MARGIN);
        double width = height * aspect;
        double x = picture.at().col() + picture.patchCols() / 2.0 - width / 2;
        double y = picture.at().row() + picture.patchRows() / 2.0 - height / 2;
        x = Math.max(0, Math.min(picture.width() - width, x));
        y = Math.max(0, Math.min(picture.height() - height, y));
        return new Rectangle2D.Double(x, y, width, height);
    }

    /** From the picture's pixels in {@code view} to {@code shown} on the canvas. */
    private static AffineTransform placing(Rectangle2D view, Rectangle2D shown) {
        AffineTransform at = AffineTransform.getTranslateInstance(shown.getX(), shown.getY());
        at.scale(shown.getWidth() / view.getWidth(), shown.getHeight() / view.getHeight());
        at.translate(-view.getX(), -view.getY());
        return at;
    }

    /**
     * {@code count} tiles of the picture's shape, in one row or, if larger so, two, each with room for
     * its label above, and the legend's line below; whole pixels, so the images rest unscaled.
     */
    private List<Rectangle2D> tiles(Rectangle2D stage, int count, double aspect, double label) {
        double gap = context.unit() * 0.03;
        List<Rectangle2D> best = null;
        double bestWidth = 0;
        for (int rows = 1; rows <= 2; rows++) {
            int cols = (count + rows - 1) / rows;
            double width = Math.min((stage.getWidth() * 0.94 - gap * (cols - 1)) / cols,
                    ((stage.getHeight() - label * (rows + 1)) / rows - gap * (rows - 1)) * aspect);
            if (width <= bestWidth) {
                continue;
            }
            bestWidth = width;
            double height = width / aspect;
            double top = stage.getCenterY() - (rows * (height + label) + (rows - 1) * gap + label) / 2 + label;
            best = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int row = i / cols;
                int inRow = Math.min(cols, count - row * cols);
                double left = stage.getCenterX() - (inRow * width + (inRow - 1) * gap) / 2;
                best.add(new Rectangle2D.Double(Math.round(left + (i % cols) * (width + gap)),
                        Math.round(top + row * (height + label + gap)), Math.floor(width), Math.floor(height)));
            }
        }
        return best;
    }

    private static Rectangle2D inset(Rectangle2D box, double by) {
        return new Rectangle2D.Double(box.getX() + by, box.getY() + by, box.getWidth() - 2 * by, box.getHeight() - 2 * by);
    }

    private static Rectangle2D grown(Rectangle2D box, double by) {
        return new Rectangle2D.Double(box.getX() - by, box.getY() - by, box.getWidth() + 2 * by, box.getHeight() + 2 * by);
    }

    /** The largest box of {@code aspect} centred in {@code box}, in whole pixels. */
    private static Rectangle2D fit(Rectangle2D box, double aspect) {
        double width = Math.min(box.getWidth(), box.getHeight() * aspect);
        double height = width / aspect;
        return new Rectangle2D.Double(Math.round(box.getCenterX() - width / 2), Math.round(box.getCenterY() - height / 2),
                Math.floor(width), Math.floor(height));
    }

    private static Rectangle2D lerp(Rectangle2D from, Rectangle2D to, double t) {
        return new Rectangle2D.Double(from.getX() + (to.getX() - from.getX()) * t, from.getY() + (to.getY() - from.getY()) * t,
                from.getWidth() + (to.getWidth() - from.getWidth()) * t, from.getHeight() + (to.getHeight() - from.getHeight()) * t);
    }

    /** {@code make}'s image, made on the first call and kept (a picture is drawn by one thread at a time). */
    private static Supplier<BufferedImage> once(Supplier<BufferedImage> make) {
        BufferedImage[] made = new BufferedImage[1];
        return () -> {
            if (made[0] == null) {
                made[0] = make.get();
            }
            return made[0];
        };
    }

    private static BufferedImage greyImage(Matrix grey) {
        int[] rgb = new int[grey.rows() * grey.cols()];
        for (int r = 0; r < grey.rows(); r++) {
            for (int c = 0; c < grey.cols(); c++) {
                int level = (int) grey.get(r, c);
                rgb[r * grey.cols() + c] = level << 16 | level << 8 | level;
            }
        }
        return image(rgb, grey.cols(), grey.rows());
    }

    /** A map in the feature map's colours: the panel at zero, warmer the more positive, cooler the more negative. */
    private BufferedImage heatImage(Matrix map) {
        Theme theme = context.theme();
        double[] sizes = new double[map.rows() * map.cols()];
        for (int r = 0; r < map.rows(); r++) {
            for (int c = 0; c < map.cols(); c++) {
                sizes[r * map.cols() + c] = Math.abs(map.get(r, c));
            }
        }
        double[] sorted = sizes.clone();
        Arrays.sort(sorted);
        double scale = sorted[(int) Math.min(sorted.length - 1, Math.floor(sorted.length * HEAT_PERCENTILE))];
        scale = scale > 0 ? scale : sorted[sorted.length - 1];
        int[] rgb = new int[sizes.length];
        for (int r = 0; r < map.rows(); r++) {
            for (int c = 0; c < map.cols(); c++) {
                double value = map.get(r, c);
                double strength = scale == 0 ? 0 : Math.min(1, Math.abs(value) / scale);
                rgb[r * map.cols() + c] = Theme.mix(theme.panel(), value >= 0 ? theme.positive() : theme.negative(), strength)
                        .getRGB() & 0xffffff;
            }
        }
        return image(rgb, map.cols(), map.rows());
    }

    private static BufferedImage image(int[] rgb, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, width, height, rgb, 0, width);
        return image;
    }

    /** {@code source} at {@code width}×{@code height}: halved while it is more than twice as large, so no pixel is skipped. */
    private static BufferedImage scaled(BufferedImage source, int width, int height) {
        BufferedImage current = source;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = resized(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return resized(current, Math.max(1, width), Math.max(1, height));
    }

    private static BufferedImage resized(BufferedImage source, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            // Scaling up, each pixel stays a square; scaling down, neighbours are averaged.
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, width > source.getWidth()
                    ? RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR : RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }
}
