package convreel.cli;

import convreel.conv.SceneComputation;
import convreel.export.Render;
import convreel.model.Scene;
import convreel.paint.FramePainter;
import convreel.paint.TextShaper;
import convreel.paint.Theme;
import convreel.paint.Typefaces;
import convreel.script.SceneException;
import convreel.script.SceneLoader;
import convreel.timeline.Timeline;
import java.nio.file.Path;

/** A scene file read, validated and computed: what every command starts from. */
record LoadedScene(Scene scene, SceneComputation computation, Timeline timeline) {
    /** Landscape 1080p, the long-form YouTube format. */
    static final int WIDTH = 1920;
    static final int HEIGHT = 1080;

    static LoadedScene load(Path file) throws SceneException {
        Scene scene = SceneLoader.load(file);
        SceneComputation computation = SceneComputation.of(scene);
        return new LoadedScene(scene, computation, Timeline.of(scene, computation));
    }

    Render render() {
        FramePainter painter = new FramePainter(scene, computation, Theme.standard(),
                new TextShaper(Typefaces.bundled()), WIDTH, HEIGHT);
        return new Render(timeline, painter);
    }
}
