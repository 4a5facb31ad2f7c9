package convreel.testing;

import java.awt.image.BufferedImage;

/**
 * How far apart two same-sized pictures are, over their red, green and blue channels (alpha is
 * ignored), in 8-bit levels: the mean absolute difference of each channel, the largest single
 * difference, and the PSNR in decibels (infinite for identical pictures).
 */
public record ImageDifference(double meanRed, double meanGreen, double meanBlue, int maxAbsolute, double psnr) {

    public static ImageDifference between(BufferedImage expected, BufferedImage actual) {
        if (expected.getWidth() != actual.getWidth() || expected.getHeight() != actual.getHeight()) {
            throw new IllegalArgumentException("cannot compare a " + expected.getWidth() + "×" + expected.getHeight()
                    + " picture with a " + actual.getWidth() + "×" + actual.getHeight() + " one");
        }
        int width = expected.getWidth();
        int height = expected.getHeight();
        long[] sums = new long[3];
        double squares = 0;
        int max = 0;
        int[] a = new int[width];
        int[] b = new int[width];
        for (int y = 0; y < height; y++) {
            expected.getRGB(0, y, width, 1, a, 0, width);
            actual.getRGB(0, y, width, 1, b, 0, width);
            for (int x = 0; x < width; x++) {
                for (int c = 0; c < 3; c++) {
                    int shift = 16 - 8 * c;
                    int d = Math.abs(((a[x] >> shift) & 0xff) - ((b[x] >> shift) & 0xff));
                    sums[c] += d;
                    squares += (double) d * d;
                    max = Math.max(max, d);
                }
            }
        }
        double pixels = (double) width * height;
        double mse = squares / (3 * pixels);
        double psnr = mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(255.0 * 255.0 / mse);
        return new ImageDifference(sums[0] / pixels, sums[1] / pixels, sums[2] / pixels, max, psnr);
    }

    /** The largest of the three per-channel mean differences. */
    public double worstChannelMean() {
        return Math.max(meanRed, Math.max(meanGreen, meanBlue));
    }
}
