package convreel.render;

import convreel.audio.Soundtrack;
import convreel.conv.SceneComputation;
import convreel.export.pipeline.Quality;
import convreel.export.pipeline.TimelineRenderer;
import convreel.export.subtitle.BeatSubtitle;
import convreel.export.subtitle.SubtitleTrack;
import convreel.model.Format;
import convreel.model.Location;
import convreel.model.SceneCheck;
import convreel.model.Scene;
import convreel.model.Voiceover;
import convreel.paint.FramePainter;
import convreel.paint.LayoutCheck;
import convreel.paint.LayoutException;
import convreel.paint.TextShaper;
import convreel.paint.Theme;
import convreel.paint.Typefaces;
import convreel.script.SceneException;
import convreel.script.SceneLoader;
import convreel.timeline.BeatSpan;
import convreel.timeline.CueKey;
import convreel.timeline.CueTimes;
import convreel.timeline.Timeline;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One scene, or one variant of it, read, validated, computed, voiced and timed: what every command
 * starts from. Each has its own timeline and painter, so several can render at once.
 *
 * @param file    the scene file it was read from
 * @param scene   the scene, in the format it is rendered to
 * @param voicing its voice clips and the beat lengths that follow from them
 */
public record LoadedScene(Path file, Scene scene, SceneComputation computation, Voicing voicing, Timeline timeline) {

    /**
     * Every scene {@code file} describes (one per variant), changed by {@code overrides}; the
     * voice is synthesised into {@code cache}, or taken from it. A scene that names a program is
     * refused unless {@code programs} allows it.
     */
    public static List<LoadedScene> loadAll(Path file, SceneOverrides overrides, Path cache, ScenePrograms programs)
            throws SceneException, IOException {
        List<LoadedScene> loaded = new ArrayList<>();
        for (Scene scene : read(file)) {
            loaded.add(voiced(file, overrides.apply(scene), cache, programs));
        }
        return loaded;
    }

    /** The scene of {@code file}, or its variant {@code variant}, as {@link #loadAll} prepares it. */
    public static LoadedScene load(Path file, Optional<String> variant, SceneOverrides overrides, Path cache,
            ScenePrograms programs) throws SceneException, IOException {
        return voiced(file, overrides.apply(chosen(file, variant)), cache, programs);
    }

    /**
     * The scene of {@code file} as {@link #load} prepares it, but with its layout checked only in the
     * format it is drawn in ({@code overrides}' or its own): what {@code frame} needs to draw one
     * picture, for a third of the work. Every other command that loads a scene checks every format,
     * since {@code --format} may pick any of them. It comes with the painter the check laid out.
     */
    public static Drawn drawnIn(Path file, SceneOverrides overrides, Path cache, ScenePrograms programs)
            throws SceneException, IOException {
        LayoutCheck layout = new LayoutCheck();
        // The loader checks the scenes in order, and the first is the one drawn (a file of hooks has no
        // scene named after the file, so names cannot tell it).
        AtomicBoolean first = new AtomicBoolean(true);
        List<Scene> scenes = read(file, scene -> first.getAndSet(false)
                ? layout.firstProblem(scene, EnumSet.of(overrides.apply(scene).format())) : Optional.empty());
        LoadedScene loaded = voiced(file, overrides.apply(scenes.get(0)), cache, programs);
        Optional<FramePainter> checked = layout.takeLaidOut(loaded.scene());
        return new Drawn(loaded, checked.isPresent() ? checked.get() : loaded.laidOut(loaded.width(), loaded.height()));
    }

    /**
     * A scene {@link #drawnIn} loaded, with a painter laid out for its full frame: the one its layout
     * check made, which a command drawing the scene need not make again.
     */
    public record Drawn(LoadedScene loaded, FramePainter painter) {
        /** A renderer at full size on one thread, starting with this painter; see {@link LoadedScene#renderer(Quality, int)}. */
        public TimelineRenderer renderer() {
            return loaded.renderer(painter, 1);
        }
    }

    /**
     * The first scene of {@code file}, timed by the voices known without running a program (voice
     * files and clips already in {@code cache}; see {@link Voicing#withoutSpeaking}): what a command
     * that only looks at a scene uses. It runs nothing and writes nothing, so it needs no permission.
     */
    public static LoadedScene inspected(Path file, Optional<Format> format, Path cache) throws SceneException, IOException {
        Scene scene = SceneOverrides.format(format).apply(chosen(file, Optional.empty()));
        return timed(file, scene, Voicing.withoutSpeaking(scene, cache));
    }

    /**
     * The scenes of {@code file} (one per variant) as written, read and validated, and refused if they
     * run a program {@code programs} does not allow; not voiced, so nothing is run or written: what
     * {@code validate} checks.
     */
    public static List<Scene> validated(Path file, ScenePrograms programs) throws SceneException {
        List<Scene> scenes = read(file);
        for (Scene scene : scenes) {
            programs.admit(scene);
        }
        return scenes;
    }

    /** {@code scene}, made in code rather than read from {@code file} (which names it), prepared as {@link #loadAll} does. */
    public static LoadedScene of(Path file, Scene scene, Path cache, ScenePrograms programs) throws SceneException, IOException {
        return voiced(file, scene, cache, programs);
    }

    /**
     * The scenes of {@code file}, each checked to lay out in every format, so a scene that loads is one
     * that renders. A file that exhausts the reader (nesting deep enough to overflow the
     * stack, sizes that need more memory than there is) is a scene error like any other, so that no
     * file can crash a command or stop a batch.
     */
    private static List<Scene> read(Path file) throws SceneException {
        return read(file, new LayoutCheck());
    }

    /**
     * As {@link #read(Path)}, laying the scenes out as {@code layout} does: for some commands, only
     * some of them or in one format only. Every scene is still read and checked in every other way.
     */
    private static List<Scene> read(Path file, SceneCheck layout) throws SceneException {
        Location whole = new Location(file.toString(), 0, 0);
        try {
            List<Scene> scenes = SceneLoader.loadAll(file, layout);
            for (Scene scene : scenes) {
                cuesExist(scene);
            }
            return scenes;
        } catch (StackOverflowError deep) {
            throw SceneException.at(whole, "the file is nested too deeply to read (the reader ran out of stack)",
                    "a scene nests only a few levels: rows inside image:, beats inside beats:");
        } catch (OutOfMemoryError huge) {
            throw SceneException.at(whole, "reading the scene needs more memory than convreel has (" + huge.getMessage() + ")",
                    "check its sizes: the image, the kernels, padding and stride decide how large the feature maps are");
        }
    }

    private static Scene chosen(Path file, Optional<String> variant) throws SceneException {
        String name = SceneLoader.sceneName(file) + variant.map(v -> "-" + v).orElse("");
        // A batch renders a file's fifty hooks as fifty items: each needs its own layout checked, not all fifty again.
        LayoutCheck layout = new LayoutCheck();
        List<Scene> scenes = read(file, variant.isEmpty() ? layout
                : scene -> scene.name().equals(name) ? layout.firstProblem(scene) : Optional.empty());
        if (variant.isEmpty()) {
            return scenes.get(0);
        }
        return scenes.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(file + " has no variant '" + variant.get() + "'"));
    }

    private static LoadedScene voiced(Path file, Scene scene, Path cache, ScenePrograms programs)
            throws SceneException, IOException {
        programs.admit(scene);
        return timed(file, scene, Voicing.of(scene, cache));
    }

    private static LoadedScene timed(Path file, Scene scene, Voicing voicing) {
        SceneComputation computation = SceneComputation.of(scene);
        return new LoadedScene(file, scene, computation, voicing,
                Timeline.of(scene, computation, voicing.seconds(), voicing.cueStarts(), voicing.phrases(scene.voiceover())));
    }

    /**
     * Every cue a beat's voice names (a phrase's {@code cue: "..."}, a recorded voice's {@code cues:})
     * is one of the cues that beat's kind runs, as {@code inspect} lists them: checked at load, so a
     * misspelt cue is found by {@code validate}, not at render.
     */
    private static void cuesExist(Scene scene) throws SceneException {
        Timeline timeline = Timeline.of(scene, SceneComputation.of(scene));
        for (int i = 0; i < scene.beats().size(); i++) {
            CueTimes cues = timeline.cues(i);
            Voiceover.BeatVoice voice = scene.voiceover().beats().get(i);
            List<Map.Entry<String, Location>> named = new ArrayList<>();
            voice.phrases().forEach(p -> p.cue().ifPresent(cue -> named.add(Map.entry(cue, p.where()))));
            voice.marks().forEach(m -> named.add(Map.entry(m.cue(), m.where())));
            for (Map.Entry<String, Location> cue : named) {
                if (CueKey.parse(cue.getKey()).filter(cues::has).isEmpty()) {
                    throw SceneException.at(cue.getValue(), "beat " + (i + 1) + " has no cue '" + cue.getKey() + "'",
                            "its cues are " + String.join(", ", cues.cues().keySet().stream().map(CueKey::name).toList())
                                    + " (convreel inspect lists them with their times)");
                }
            }
        }
    }

    /**
     * The name {@code scene}, read from {@code file}, is known by as a variant: the part of its name after
     * the scene file's name; empty for the scene itself.
     */
    public static Optional<String> variantOf(Path file, Scene scene) {
        String base = SceneLoader.sceneName(file);
        return scene.name().equals(base) ? Optional.empty() : Optional.of(scene.name().substring(base.length() + 1));
    }

    public int width() {
        return scene.format().width();
    }

    public int height() {
        return scene.format().height();
    }

    /** Every file the video is made from: the scene file, then its voice and music files. */
    public List<Path> inputs() {
        List<Path> inputs = new ArrayList<>();
        inputs.add(file);
        inputs.addAll(scene.voiceover().files());
        return inputs;
    }

    /**
     * A renderer at {@code quality}'s size, painting on {@code threads} threads; each thread gets its own
     * painter (see {@link #painter}). The first painter is made here, on the calling thread, so that a
     * beat that cannot be laid out in the frame is reported as the scene's error, at the beat, before
     * any output is opened.
     */
    public TimelineRenderer renderer(Quality quality, int threads) throws SceneException {
        return renderer(laidOut(quality.size(width()), quality.size(height())), threads);
    }

    /** A renderer whose first painter is {@code laidOut}, the others made alike. */
    private TimelineRenderer renderer(FramePainter laidOut, int threads) {
        AtomicReference<FramePainter> first = new AtomicReference<>(laidOut);
        return new TimelineRenderer(timeline, () -> {
            FramePainter ready = first.getAndSet(null);
            return ready != null ? ready : painter(laidOut.width(), laidOut.height());
        }, threads);
    }

    /** A painter of its own, with its own text shaper, laid out for a {@code width}×{@code height} frame. */
    public FramePainter painter(int width, int height) {
        return new FramePainter(scene, computation, Theme.standard(), new TextShaper(Typefaces.bundled()), width, height);
    }

    private FramePainter laidOut(int width, int height) throws SceneException {
        try {
            return painter(width, height);
        } catch (LayoutException unfit) {
            OptionalInt beat = unfit.beatIndex();
            Location where = beat.isPresent() ? scene.voiceover().beats().get(beat.getAsInt()).where()
                    : new Location(file.toString(), 0, 0);
            String which = beat.isPresent() ? "beat " + (beat.getAsInt() + 1) + " does not fit" : "the scene does not fit";
            throw SceneException.at(where, which + " the " + scene.format().label() + " frame at " + width + "×" + height
                    + ": " + unfit.getMessage(), "show less in it: a smaller image or kernel, or another kind of beat");
        }
    }

    /**
     * What the video's sound is made of (voices placed on their beats, music), or empty if nothing is
     * heard. The music is decoded and measured here, not when the scene is loaded: only a render needs
     * it ({@link SceneVideo} asks before it writes anything), so {@code frame} and {@code inspect} never
     * load FFmpeg for it.
     */
    Optional<Soundtrack> soundtrack() throws SceneException {
        if (!voicing.audible()) {
            return Optional.empty();
        }
        int[] starts = timeline.spans().stream().mapToInt(BeatSpan::firstFrame).toArray();
        return Optional.of(Soundtrack.of(scene.fps(), timeline.frameCount(), starts, voicing.clips(), voicing.musicTrack()));
    }

    /** The captions as subtitle cues, timed to the frame: the same text the video shows. */
    SubtitleTrack subtitles() {
        List<BeatSubtitle> beats = new ArrayList<>();
        for (BeatSpan span : timeline.spans()) {
            String caption = span.beat().caption();
            int start = span.firstFrame();
            int end = start + span.frameCount();
            Optional<Double> voice = voicing.voiceSeconds(span.index());
            beats.add(voice.isPresent()
                    ? BeatSubtitle.voiced(start, end, voice.get(), scene.fps(), caption)
                    : BeatSubtitle.silent(start, end, caption));
        }
        return SubtitleTrack.fromBeats(scene.fps(), beats);
    }
}
