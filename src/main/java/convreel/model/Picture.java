package convreel.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * A photo as grey levels 0–255 (after any scaling the scene asked for), and the patch of it a scene
 * shows as numbers: {@code patchRows}×{@code patchCols} pixels whose top-left pixel is {@code at}.
 * {@code source} is the file as the scene names it. Value equality, so a picture read twice is one.
 */
public final class Picture {
    private final String source;
    private final int width;
    private final int height;
    private final byte[] grey;
    private final Cell at;
    private final int patchRows;
    private final int patchCols;

    private Picture(String source, int width, int height, byte[] grey, Cell at, int patchRows, int patchCols) {
        this.source = source;
        this.width = width;
        this.height = height;
        this.grey = grey;
        this.at = at;
        this.patchRows = patchRows;
        this.patchCols = patchCols;
    }

    /** {@code grey} holds the rows top to bottom, each left to right; the patch must lie inside the picture. */
    public static Picture of(String source, int width, int height, int[] grey, Cell at, int patchRows, int patchCols) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(at, "at");
        if (width < 1 || height < 1 || grey.length != width * height) {
            throw new IllegalArgumentException("a " + width + "×" + height + " picture needs " + width * height
                    + " grey levels, got " + grey.length);
        }
        if (patchRows < 1 || patchCols < 1 || at.row() + patchRows > height || at.col() + patchCols > width) {
            throw new IllegalArgumentException("a " + patchRows + "×" + patchCols + " patch at " + at + " is outside the "
                    + width + "×" + height + " picture");
        }
        byte[] levels = new byte[grey.length];
        for (int i = 0; i < grey.length; i++) {
            if (grey[i] < 0 || grey[i] > 255) {
                throw new IllegalArgumentException("grey level " + grey[i] + " is outside 0–255");
            }
            levels[i] = (byte) grey[i];
        }
        return new Picture(source, width, height, levels, at, patchRows, patchCols);
    }

    public String source() {
        return source;
    }

    /** Pixels across, after scaling. */
    public int width() {
        return width;
    }

    /** Pixels down, after scaling. */
    public int height() {
        return height;
    }

    /** The grey level 0–255 of the pixel in {@code row}, {@code col}. */
    public int grey(int row, int col) {
        if (row < 0 || row >= height || col < 0 || col >= width) {
            throw new IndexOutOfBoundsException("(" + row + ", " + col + ") outside " + width + "×" + height);
        }
        return grey[row * width + col] & 0xff;
    }

    /** The patch's top-left pixel, as [row, col]. */
    public Cell at() {
        return at;
    }

    public int patchRows() {
        return patchRows;
    }

    public int patchCols() {
        return patchCols;
    }

    /** The patch's grey levels: the matrix a scene whose image is this picture computes with. */
    public Matrix patch() {
        return Matrix.generate(patchRows, patchCols, (r, c) -> grey(at.row() + r, at.col() + c));
    }

    /** The whole picture's grey levels as a matrix. */
    public Matrix toMatrix() {
        return Matrix.generate(height, width, (r, c) -> grey[r * width + c] & 0xff);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Picture p && p.source.equals(source) && p.width == width && p.height == height
                && p.at.equals(at) && p.patchRows == patchRows && p.patchCols == patchCols && Arrays.equals(p.grey, grey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, width, height, at, patchRows, patchCols, Arrays.hashCode(grey));
    }

    @Override
    public String toString() {
        return source + " (" + width + "×" + height + ", patch " + patchRows + "×" + patchCols + " at " + at + ")";
    }
}
