package convreel.cli;

import convreel.audio.MixedAudio;
import convreel.audio.NarrationClip;
import convreel.audio.Soundtrack;
import convreel.conv.SceneComputation;
import convreel.export.BeatSubtitle;
import convreel.export.Quality;
import convreel.export.Render;
import convreel.export.SubtitleTrack;
import convreel.model.Format;
import convreel.model.Scene;
import convreel.paint.FramePainter;
import convreel.paint.LayoutCheck;
import convreel.paint.TextShaper;
import convreel.paint.Theme;
import convreel.paint.Typefaces;
import convreel.script.SceneException;
import convreel.script.SceneLoader;
import convreel.timeline.BeatSpan;
import convreel.timeline.Timeline;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One scene, or one variant of it, read, validated, computed, voiced and timed: what every command
 * starts from. Each has its own timeline and painter, so several can render at once.
 *
 * @param file    the scene file it was read from
 * @param scene   the scene, in the format it is rendered to
 * @param voicing its voice clips and the beat lengths that follow from them
 */
record LoadedScene(Path file, Scene scene, SceneComputation computation, Voicing voicing, Timeline timeline) {

    /**
     * Every scene {@code file} describes (one per variant), rendered to {@code format} if given; the
     * voice is synthesised into {@code cache}, or taken from it.
     */
    static List<LoadedScene> loadAll(Path file, Optional<Format> format, Path cache) throws SceneException, IOException {
        List<LoadedScene> loaded = new ArrayList<>();
        for (Scene scene : SceneLoader.loadAll(file, new LayoutCheck())) {
            loaded.add(prepare(file, format.map(scene::withFormat).orElse(scene), cache));
        }
        return loaded;
    }

    /** The scene of {@code file}, or its variant {@code variant}, as {@link #loadAll} prepares it. */
    static LoadedScene load(Path file, Optional<String> variant, Optional<Format> format, Path cache)
            throws SceneException, IOException {
        List<Scene> scenes = SceneLoader.loadAll(file, new LayoutCheck());
        Scene chosen = scenes.get(0);
        if (variant.isPresent()) {
            String name = SceneLoader.sceneName(file) + "-" + variant.get();
            chosen = scenes.stream().filter(s -> s.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(file + " has no variant '" + variant.get() + "'"));
        }
        return prepare(file, format.map(chosen::withFormat).orElse(chosen), cache);
    }

    /**
     * The scene as written, timed by its own seconds, without synthesising its voice: for checks. Every
     * way of loading a scene checks that each beat can be laid out in every format.
     */
    static List<Scene> check(Path file) throws SceneException {
        return SceneLoader.loadAll(file, new LayoutCheck());
    }

    /** {@code scene}, made in code rather than read from {@code file} (which names it), prepared as {@link #loadAll} does. */
    static LoadedScene of(Path file, Scene scene, Path cache) throws SceneException, IOException {
        return prepare(file, scene, cache);
    }

    private static LoadedScene prepare(Path file, Scene scene, Path cache) throws SceneException, IOException {
        SceneComputation computation = SceneComputation.of(scene);
        Voicing voicing = Voicing.of(scene, cache);
        return new LoadedScene(file, scene, computation, voicing, Timeline.of(scene, computation, voicing.seconds()));
    }

    /** The file names a variant is known by: the part of its name after the scene file's name. */
    Optional<String> variant() {
        String base = SceneLoader.sceneName(file);
        return scene.name().equals(base) ? Optional.empty() : Optional.of(scene.name().substring(base.length() + 1));
    }

    int width() {
        return scene.format().width();
    }

    int height() {
        return scene.format().height();
    }

    /** Every file the video is made from: the scene file, then its voice and music files. */
    List<Path> inputs() {
        List<Path> inputs = new ArrayList<>();
        inputs.add(file);
        inputs.addAll(scene.voiceover().files());
        return inputs;
    }

    /** A render at full size on one thread, for single frames. */
    Render render() {
        return render(Quality.FINAL, 1);
    }

    /**
     * A render at {@code quality}'s size, painting on {@code threads} threads; each thread gets its own
     * painter (see {@link #painter}).
     */
    Render render(Quality quality, int threads) {
        int width = quality.size(width());
        int height = quality.size(height());
        return new Render(timeline, () -> painter(width, height), threads);
    }

    /** A painter of its own, with its own text shaper, laid out for a {@code width}×{@code height} frame. */
    FramePainter painter(int width, int height) {
        return new FramePainter(scene, computation, Theme.standard(), new TextShaper(Typefaces.bundled()), width, height);
    }

    /**
     * The mixed, loudness-normalised sound track, or empty if nothing is heard. Temporary audio goes
     * to {@code work}; close the result when the video is written.
     */
    Optional<MixedAudio> sound(Path work) throws IOException {
        if (!voicing.audible()) {
            return Optional.empty();
        }
        int[] starts = timeline.spans().stream().mapToInt(BeatSpan::firstFrame).toArray();
        return Optional.of(Soundtrack.of(scene.fps(), timeline.frameCount(), starts, voicing.clips(), voicing.music())
                .mix(work));
    }

    /** The captions as subtitle cues, timed to the frame: the same text the video shows. */
    SubtitleTrack subtitles() {
        List<BeatSubtitle> beats = new ArrayList<>();
        for (BeatSpan span : timeline.spans()) {
            String caption = span.beat().caption();
            int start = span.firstFrame();
            int end = start + span.frameCount();
            Optional<NarrationClip> clip = voicing.clipOf(span.index());
            beats.add(clip.isPresent()
                    ? BeatSubtitle.voiced(start, end, clip.get().seconds(), scene.fps(), caption)
                    : BeatSubtitle.silent(start, end, caption));
        }
        return SubtitleTrack.fromBeats(scene.fps(), beats);
    }
}
