package convreel.script;

import convreel.model.Cell;
import convreel.model.Limits;
import convreel.model.Picture;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads {@code image: {file: ..., patch: {at: [row, col], size: [rows, cols]}, width: ...}}: a PNG or
 * JPEG in the scene file's folder, as grey levels. Its size is read from the file's header and
 * checked against {@link Limits} before the pixels are decoded. A pixel's grey level is its ITU-R
 * BT.601 luma, Y = 0.299 R + 0.587 G + 0.114 B, after compositing it over white; scaling to
 * {@code width} averages the pixels each new pixel covers; the level is rounded once, at the end.
 */
final class PictureReader {
    static final String EXAMPLE = "image: {file: images/window.png, patch: {at: [120, 340], size: [5, 5]}}";
    private static final List<String> FORMATS = List.of("png", "jpeg");

    private final NodeReader reader;
    private final SoundReader files;
    /**
     * The pictures read, by the node that names them: every variant and hook of a file shares its
     * template's nodes, and a picture of up to 16 megapixels is decoded once, not once for each.
     */
    private final Map<Node, Picture> read = new IdentityHashMap<>();

    PictureReader(NodeReader reader, SoundReader files) {
        this.reader = reader;
        this.files = files;
    }

    /** {@code what} names the mapping in messages: "image", or "image of beat 3". */
    Picture read(Node node, String what) throws SceneException {
        Picture known = read.get(node);
        if (known == null) {
            known = pictureOf(node, what);
            read.put(node, known);
        }
        return known;
    }

    private Picture pictureOf(Node node, String what) throws SceneException {
        Map<String, Node> given = known(reader.fields(node, what, "write it as " + EXAMPLE), SceneKeys.PICTURE_KEYS, what);
        Node fileNode = required(given, "file", node, what, EXAMPLE);
        Node patchNode = required(given, "patch", node, what, EXAMPLE);
        Node widthNode = given.get("width");
        Path file = files.file(fileNode, "picture file", "picture");
        String written = NodeReader.shown(fileNode);
        try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader decoder = decoder(input, fileNode, written);
            try {
                decoder.setInput(input, true, true);
                int width = decoder.getWidth(0);
                int height = decoder.getHeight(0);
                if ((long) width * height > Limits.PICTURE_FILE_PIXELS) {
                    throw reader.error(fileNode, "picture '" + written + "' is " + width + "×" + height + " pixels, more than"
                            + " the limit of " + Limits.PICTURE_FILE_PIXELS / 1_000_000 + " megapixels",
                            "make the file smaller in an image editor, such as 1920 pixels wide");
                }
                int scaledWidth = widthNode == null ? width : width(widthNode);
                int scaledHeight = widthNode == null ? height
                        : (int) Math.max(1, Math.round((double) height * scaledWidth / width));
                if ((long) scaledWidth * scaledHeight > Limits.PICTURE_PIXELS) {
                    long fits = Math.max(1, (long) Math.floor(Math.sqrt((double) Limits.PICTURE_PIXELS * width / height)));
                    throw reader.error(widthNode != null ? widthNode : fileNode, "picture '" + written + "' is "
                            + scaledWidth + "×" + scaledHeight + " pixels to compute with, more than the limit of "
                            + Limits.PICTURE_PIXELS + " (1920×1080)", "scale it down with width: "
                            + Math.min(fits, 1920) + " or less");
                }
                if (scaledWidth < Limits.KERNEL_SIDE || scaledHeight < Limits.KERNEL_SIDE) {
                    throw reader.error(widthNode != null ? widthNode : fileNode, "picture '" + written + "' is "
                            + scaledWidth + "×" + scaledHeight + " pixels, less than " + Limits.KERNEL_SIDE + "×"
                            + Limits.KERNEL_SIDE + ", the largest kernel", "give a picture at least " + Limits.KERNEL_SIDE
                            + " pixels each way");
                }
                Patch patch = patch(patchNode, what, scaledWidth, scaledHeight);
                BufferedImage decoded = decoded(decoder, fileNode, written);
                int[] grey = grey(decoded, scaledWidth, scaledHeight);
                return Picture.of(written, scaledWidth, scaledHeight, grey, patch.at(), patch.rows(), patch.cols());
            } finally {
                decoder.dispose();
            }
        } catch (IOException unreadable) {
            throw reader.error(fileNode, "picture '" + written + "' cannot be read: " + unreadable.getMessage(),
                    "give a PNG or JPEG file that an image viewer opens");
        }
    }

    private ImageReader decoder(ImageInputStream input, Node fileNode, String written) throws SceneException, IOException {
        Iterator<ImageReader> readers = input == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(input);
        while (readers.hasNext()) {
            ImageReader candidate = readers.next();
            if (FORMATS.contains(candidate.getFormatName().toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
        throw reader.error(fileNode, "'" + written + "' is not a PNG or JPEG picture", "give a .png or .jpg file");
    }

    /** The pixels; a file whose header promised more than its body holds is refused here. */
    private BufferedImage decoded(ImageReader decoder, Node fileNode, String written) throws SceneException {
        try {
            return decoder.read(0);
        } catch (IOException | RuntimeException broken) {
            throw reader.error(fileNode, "picture '" + written + "' cannot be decoded: "
                    + Optional.ofNullable(broken.getMessage()).orElse(broken.getClass().getSimpleName()),
                    "save it again as PNG or JPEG in an image editor");
        }
    }

    private int width(Node node) throws SceneException {
        String range = "use a width from 1 to " + Limits.PICTURE_WIDTH + " pixels, such as 480";
        int width = reader.whole(node, "width of the picture", range);
        if (width < 1 || width > Limits.PICTURE_WIDTH) {
            throw reader.error(node, "width of the picture is " + width + ", outside 1 to " + Limits.PICTURE_WIDTH, range);
        }
        return width;
    }

    /** The values of {@code fields} by key, each key one of {@code keys}. */
    private Map<String, Node> known(Fields fields, List<String> keys, String what) throws SceneException {
        Map<String, Node> values = new HashMap<>();
        for (Fields.Entry entry : fields.entries()) {
            if (!keys.contains(entry.key())) {
                throw reader.unknownKey(entry, keys, "in " + what);
            }
            values.put(entry.key(), entry.value());
        }
        return values;
    }

    private Node required(Map<String, Node> given, String key, Node node, String what, String example) throws SceneException {
        Node value = given.get(key);
        if (value == null) {
            throw reader.error(node, what + " has no " + key, "write it as " + example);
        }
        return value;
    }

    private record Patch(Cell at, int rows, int cols) {
    }

    /** {@code patch: {at: [row, col], size: [rows, cols]}}, inside a {@code width}×{@code height} picture. */
    private Patch patch(Node node, String what, int width, int height) throws SceneException {
        String example = "patch: {at: [120, 340], size: [5, 5]}";
        String patch = "the patch of " + what;
        Map<String, Node> given = known(reader.fields(node, patch, "write it as " + example), SceneKeys.PATCH_KEYS, patch);
        Node atNode = required(given, "at", node, patch, example);
        Node sizeNode = required(given, "size", node, patch, example);
        int[] at = pair(atNode, "at of the patch", "[row, col] of its top-left pixel, counted from 0", 0);
        int[] size = pair(sizeNode, "size of the patch", "[rows, cols], such as [5, 5]", 1);
        if (size[0] > Limits.IMAGE_SIDE || size[1] > Limits.IMAGE_SIDE) {
            throw reader.error(sizeNode, "the patch is " + size[0] + "×" + size[1] + " pixels, more than the limit of "
                    + Limits.IMAGE_SIDE + "×" + Limits.IMAGE_SIDE, "show at most " + Limits.IMAGE_SIDE + "×"
                    + Limits.IMAGE_SIDE + " pixels as numbers");
        }
        if (at[0] + size[0] > height || at[1] + size[1] > width) {
            throw reader.error(atNode, "a " + size[0] + "×" + size[1] + " patch at [" + at[0] + ", " + at[1]
                    + "] reaches past the picture, which is " + width + "×" + height + " pixels (rows 0 to " + (height - 1)
                    + ", columns 0 to " + (width - 1) + ")", "move it inside: at most [" + Math.max(0, height - size[0])
                    + ", " + Math.max(0, width - size[1]) + "]");
        }
        return new Patch(new Cell(at[0], at[1]), size[0], size[1]);
    }

    /** Two whole numbers of at least {@code least}, as {@code [a, b]}. */
    private int[] pair(Node node, String what, String shape, int least) throws SceneException {
        List<Node> parts = reader.list(node, what, "write " + shape);
        if (parts.size() != 2) {
            throw reader.error(node, what + " has " + parts.size() + " values", "write " + shape);
        }
        int[] pair = new int[2];
        for (int i = 0; i < 2; i++) {
            pair[i] = reader.whole(parts.get(i), what, "write " + shape);
            if (pair[i] < least) {
                throw reader.error(parts.get(i), what + " has " + pair[i] + ", less than " + least, "write " + shape);
            }
        }
        return pair;
    }

    /**
     * Grey levels of {@code image} at {@code width}×{@code height}: each new pixel averages the luma of
     * the whole pixels its area covers (at least one), composited over white.
     */
    static int[] grey(BufferedImage image, int width, int height) {
        int sourceWidth = image.getWidth();
        int sourceHeight = image.getHeight();
        int[] grey = new int[width * height];
        double[] row = new double[sourceWidth];
        double[] sums = new double[width];
        int[] counts = new int[width];
        for (int y = 0; y < height; y++) {
            int top = (int) ((long) y * sourceHeight / height);
            int bottom = Math.max(top + 1, (int) ((long) (y + 1) * sourceHeight / height));
            java.util.Arrays.fill(sums, 0);
            java.util.Arrays.fill(counts, 0);
            for (int sy = top; sy < bottom; sy++) {
                lumaRow(image, sy, row);
                for (int x = 0; x < width; x++) {
                    int left = (int) ((long) x * sourceWidth / width);
                    int right = Math.max(left + 1, (int) ((long) (x + 1) * sourceWidth / width));
                    for (int sx = left; sx < right; sx++) {
                        sums[x] += row[sx];
                    }
                    counts[x] += right - left;
                }
            }
            for (int x = 0; x < width; x++) {
                grey[y * width + x] = (int) Math.round(sums[x] / counts[x]);
            }
        }
        return grey;
    }

    /**
     * The luma of each pixel of row {@code y}, over white. A grey picture's level is its sample as
     * stored: Java's RGB view of a grey picture converts it as if it were linear light, which would
     * change every level.
     */
    private static void lumaRow(BufferedImage image, int y, double[] luma) {
        int width = image.getWidth();
        ColorModel model = image.getColorModel();
        if (model.getColorSpace().getType() == ColorSpace.TYPE_GRAY) {
            Raster raster = image.getRaster();
            double top = (1 << model.getComponentSize(0)) - 1;
            for (int x = 0; x < width; x++) {
                double level = raster.getSample(x, y, 0) * 255 / top;
                double alpha = model.hasAlpha() ? raster.getSample(x, y, 1) / (double) ((1 << model.getComponentSize(1)) - 1) : 1;
                luma[x] = level * alpha + 255 * (1 - alpha);
            }
            return;
        }
        for (int x = 0; x < width; x++) {
            luma[x] = luma(image.getRGB(x, y));
        }
    }

    /** BT.601 luma of one ARGB pixel composited over white, not yet rounded. */
    static double luma(int argb) {
        double alpha = (argb >>> 24) / 255.0;
        double white = 255 * (1 - alpha);
        double r = ((argb >> 16) & 0xff) * alpha + white;
        double g = ((argb >> 8) & 0xff) * alpha + white;
        double b = (argb & 0xff) * alpha + white;
        return 0.299 * r + 0.587 * g + 0.114 * b;
    }
}
