import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Draws facade.png, the house front the default scene's photo beat shows: windows, a door and a
 * cornice give long vertical and horizontal edges, the brick wall a fainter texture. Run it from this
 * folder with {@code java Facade.java}; it draws the same picture every time (a fixed seed).
 */
public final class Facade {
    private static final int WIDTH = 480;
    private static final int HEIGHT = 320;

    public static void main(String[] args) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setPaint(new GradientPaint(0, 0, new Color(0x9CC8EA), 0, 60, new Color(0xD6E9F5)));
        g.fillRect(0, 0, WIDTH, 60);
        wall(g, new Random(11));
        g.setColor(new Color(0x5A4A42));
        g.fillRect(0, 52, WIDTH, 14);
        g.setColor(new Color(0xE4DDD3));
        g.fillRect(0, 66, WIDTH, 4);
        for (int x : new int[] {50, 200, 350}) {
            window(g, x, 100, 80, 90);
        }
        window(g, 50, 220, 80, 70);
        window(g, 350, 220, 80, 70);
        door(g, 205, 205);
        g.setColor(new Color(0x8B8680));
        g.fillRect(0, 300, WIDTH, 20);
        g.setColor(new Color(0xA9A49D));
        g.fillRect(190, 296, 100, 6);
        g.dispose();
        ImageIO.write(image, "png", new File("facade.png"));
    }

    /** Brick courses, the mortar a little lighter, each brick's colour a little different. */
    private static void wall(Graphics2D g, Random random) {
        g.setColor(new Color(0xB9816A));
        g.fillRect(0, 60, WIDTH, 240);
        for (int row = 0, y = 60; y < 300; row++, y += 10) {
            for (int x = row % 2 == 0 ? -12 : 0; x < WIDTH; x += 24) {
                int shade = random.nextInt(18) - 9;
                g.setColor(new Color(168 + shade, 92 + shade, 68 + shade));
                g.fillRect(x + 1, y + 1, 22, 8);
            }
        }
    }

    /** A light frame, dark glass, a cross of glazing bars and a sill. */
    private static void window(Graphics2D g, int x, int y, int width, int height) {
        g.setColor(new Color(0xEEEAE2));
        g.fillRect(x, y, width, height);
        g.setPaint(new GradientPaint(x, y, new Color(0x2E4A62), x + width, y + height, new Color(0x3E6A85)));
        g.fillRect(x + 6, y + 6, width - 12, height - 12);
        g.setColor(new Color(0xEEEAE2));
        g.setStroke(new BasicStroke(4));
        g.drawLine(x + width / 2, y + 6, x + width / 2, y + height - 6);
        g.drawLine(x + 6, y + height / 2, x + width - 6, y + height / 2);
        g.setColor(new Color(0x7A7570));
        g.fillRect(x - 6, y + height, width + 12, 6);
    }

    /** A wooden door in a light frame, with two panels. */
    private static void door(Graphics2D g, int x, int y) {
        g.setColor(new Color(0xEEEAE2));
        g.fillRect(x - 6, y - 6, 82, 97);
        g.setColor(new Color(0x6B3F22));
        g.fillRect(x, y, 70, 91);
        g.setColor(new Color(0x57321A));
        g.fillRect(x + 8, y + 8, 54, 32);
        g.fillRect(x + 8, y + 50, 54, 34);
        g.setColor(new Color(0xD9B24C));
        g.fillOval(x + 56, y + 44, 6, 6);
    }
}
