package convreel.testing;

import convreel.conv.SceneComputation;
import convreel.export.pipeline.TimelineRenderer;
import convreel.model.Scene;
import convreel.paint.FramePainter;
import convreel.paint.TextShaper;
import convreel.paint.Theme;
import convreel.paint.Typefaces;
import convreel.script.SceneLoader;
import convreel.timeline.Timeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Short scenes for render tests, read from YAML as users write them, and renders of them at a small size. */
public final class SmallScenes {
    public static final int WIDTH = 320;
    public static final int HEIGHT = 180;

    /**
     * Four beats, 3.8 s at 30 fps: a title, a step at [0, 0], a slide carrying on from it, a feature
     * map; the slide's caption is {@code slideCaption}. The title holds still once its window has
     * passed, and the slide holds its finished map at its end, so some frames repeat the one before.
     */
    public static Scene fourBeats(Path folder, String slideCaption) {
        return load(folder, "four.yaml", fourBeatsYaml(slideCaption, 2, 0.6, 0.7, 0.5));
    }

    /** The scene file of {@link #fourBeats}, its beats lasting the seconds given, in order. */
    public static String fourBeatsYaml(String slideCaption, double title, double step, double slide, double map) {
        return """
                title: "ক্যাশ"
                image: [[1, 2, 3, 0], [0, 1, 2, 3], [1, 0, 1, 2], [2, 1, 0, 1]]
                kernels:
                  - values: [[1, 0], [0, -1]]
                activation: relu
                beats:
                  - show: title
                    caption: "শুরু"
                    seconds: %s
                  - show: step
                    at: [0, 0]
                    caption: "একটি position"
                    seconds: %s
                  - caption: "%s"
                    seconds: %s
                  - show: featuremap
                    caption: "Feature Map"
                    seconds: %s
                """.formatted(title, step, slideCaption, slide, map);
    }

    /**
     * A scene file of one beat showing {@code show} with {@code caption} for {@code seconds}, over a 3×3
     * image, in {@code format}.
     */
    public static String oneBeat(String format, String show, String caption, double seconds) {
        return """
                format: %s
                image: [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
                kernels:
                  - values: [[1, -1], [1, -1]]
                beats:
                  - show: %s
                    caption: "%s"
                    seconds: %s
                """.formatted(format, show, caption, seconds);
    }

    public static Scene load(Path folder, String name, String yaml) {
        try {
            Path file = folder.resolve(name);
            Files.createDirectories(folder);
            Files.writeString(file, yaml);
            return SceneLoader.loadAll(file).get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (convreel.script.SceneException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public static Timeline timeline(Scene scene) {
        return Timeline.of(scene, SceneComputation.of(scene));
    }

    public static FramePainter painter(Scene scene, Theme theme, int width, int height) {
        return new FramePainter(scene, SceneComputation.of(scene), theme, new TextShaper(Typefaces.bundled()), width, height);
    }

    /** A render of {@code scene} at {@link #WIDTH}×{@link #HEIGHT} in the standard theme, on {@code threads} threads. */
    public static TimelineRenderer render(Scene scene, int threads) {
        return render(scene, Theme.standard(), WIDTH, HEIGHT, threads);
    }

    public static TimelineRenderer render(Scene scene, Theme theme, int width, int height, int threads) {
        SceneComputation computation = SceneComputation.of(scene);
        return new TimelineRenderer(Timeline.of(scene, computation),
                () -> new FramePainter(scene, computation, theme, new TextShaper(Typefaces.bundled()), width, height), threads);
    }

    private SmallScenes() {
    }
}
