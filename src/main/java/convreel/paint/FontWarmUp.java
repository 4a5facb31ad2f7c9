package convreel.paint;

/**
 * Loads the fonts and shapes a few words on a thread of its own, while the command line and the scene
 * file are still being read: the first text a JVM shapes loads the font machinery (classes, native
 * libraries, glyph caches), and that need not wait for them. A class of its own, so that even the
 * text shaper's first use (its class, the JDK's font classes) happens on that thread.
 */
public final class FontWarmUp {
    private FontWarmUp() {
    }

    /** Starts the warm-up; everything it loads is cached by the JDK or {@link Typefaces} for whoever shapes next. */
    public static void start() {
        Thread warmUp = new Thread(() -> {
            try {
                TextShaper shaper = new TextShaper(Typefaces.bundled());
                for (boolean bold : new boolean[] {false, true}) {
                    shaper.wrapped("Convolution হলো CNN-এর চোখ: 3×3 kernel, −1 + 0.5", new TextStyle(40, bold), 400);
                }
            } catch (RuntimeException ignored) {
                // Whoever shapes text next loads the fonts again and reports what is wrong.
            }
        }, "convreel-font-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }
}
