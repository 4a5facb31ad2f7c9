package convreel.paint;

/** How a piece of text is shaped: size in pixels and weight. Colour is chosen when it is drawn. */
public record TextStyle(float size, boolean bold) {
    public TextStyle {
        if (!(size > 0)) {
            throw new IllegalArgumentException("text size must be positive, got " + size);
        }
    }
}
