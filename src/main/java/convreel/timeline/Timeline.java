package convreel.timeline;

import convreel.conv.FeatureMap;
import convreel.conv.SceneComputation;
import convreel.conv.Window;
import convreel.model.Beat;
import convreel.model.Cell;
import convreel.model.Ending;
import convreel.model.Format;
import convreel.model.Scene;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The scene laid out in frames, and the one owner of time: each beat's cue sheet ({@link CueSheets})
 * is resolved once, up front, into absolute times within the beat, and {@link #at(int)} turns them
 * into the values one frame shows. It is a pure function of the frame index, so frames can be
 * painted in any order, on any thread, and a single frame can be rendered on its own.
 */
public final class Timeline {
    /** Seconds over which a beat takes over from the one before; a beat shorter than 2 s takes 40% of its time. */
    public static final double TRANSITION_SECONDS = 0.8;
    /** The share of a change over which the actors two beats share move to their new places. */
    public static final double MOVE_SHARE = 0.6;
    /** Seconds over which a scene that ends in a loop turns back into its first frame. */
    public static final double LOOP_SECONDS = 0.8;

    private final FeatureMap map;
    private final List<BeatSpan> spans;
    private final List<Direction> directions;
    private final List<CueTimes> cues;
    /** Per beat, its caption's words and their times; empty where captions are not shown word by word. */
    private final List<CaptionWords> words;
    private final int frameCount;
    private final int fps;
    /** The last frames, which turn back into the first: none unless the scene ends in a loop. */
    private final int loopFrames;
    /** Per beat, the previous beat's last frame at depth 1 (null for the first beat); see {@link #state}. */
    private final List<FrameState> previousEnds;

    private Timeline(FeatureMap map, List<BeatSpan> spans, List<Direction> directions, List<CueTimes> cues,
            List<CaptionWords> words, int frameCount, int fps, int loopFrames) {
        this.map = map;
        this.spans = spans;
        this.directions = directions;
        this.cues = cues;
        this.words = words;
        this.frameCount = frameCount;
        this.fps = fps;
        this.loopFrames = loopFrames;
        // Every frame of a beat has the same previous beat's end: resolve each once, not per frame.
        List<FrameState> ends = new ArrayList<>(spans.size());
        for (BeatSpan span : spans) {
            ends.add(span.index() == 0 ? null : state(span.firstFrame() - 1, 1));
        }
        this.previousEnds = ends;
    }

    /**
     * Beats start on the frame nearest to the sum of the seconds before them, so the video lasts the
     * sum of all beats' seconds to within one frame however many beats there are.
     */
    public static Timeline of(Scene scene, SceneComputation computation) {
        return of(scene, computation, scene.beats().stream().mapToDouble(Beat::seconds).toArray());
    }

    /**
     * The scene with each beat lasting {@code seconds[i]} instead of the seconds the scene gives it:
     * a beat stretched to fit its narration plays its animation slower, never cut.
     */
    public static Timeline of(Scene scene, SceneComputation computation, double[] seconds) {
        return of(scene, computation, seconds, Collections.nCopies(scene.beats().size(), Map.of()));
    }

    /**
     * As {@link #of(Scene, SceneComputation, double[])}, with cues pinned: {@code anchors.get(i)}
     * maps the names of beat i's cues ({@code "sum"}, {@code "row 2"}, as {@code inspect} lists them)
     * to the second of the beat they start at; the cues after each in its sequence follow on.
     *
     * @throws IllegalArgumentException if an anchor names a cue the beat does not have
     */
    public static Timeline of(Scene scene, SceneComputation computation, double[] seconds,
            List<Map<String, Double>> anchors) {
        return of(scene, computation, seconds, anchors, Collections.nCopies(scene.beats().size(), List.of()));
    }

    /**
     * As {@link #of(Scene, SceneComputation, double[], List)}, with each beat's voice as heard:
     * {@code phrases.get(i)} are beat i's phrases, which time a short's word-by-word captions.
     */
    public static Timeline of(Scene scene, SceneComputation computation, double[] seconds,
            List<Map<String, Double>> anchors, List<List<SpokenPhrase>> phrases) {
        int beats = scene.beats().size();
        if (seconds.length != beats || anchors.size() != beats || phrases.size() != beats) {
            throw new IllegalArgumentException(seconds.length + " durations and " + anchors.size() + " anchor maps for "
                    + beats + " beats");
        }
        int fps = scene.fps();
        FeatureMap map = computation.primary();
        List<BeatSpan> spans = new ArrayList<>();
        List<Direction> directions = new ArrayList<>();
        List<CueTimes> cues = new ArrayList<>();
        List<CaptionWords> words = new ArrayList<>();
        boolean wordByWord = wordByWord(scene);
        double elapsed = 0;
        int first = 0;
        for (int i = 0; i < beats; i++) {
            Beat beat = scene.beats().get(i);
            elapsed += seconds[i];
            int end = Math.max(first + 1, (int) Math.round(elapsed * fps));
            BeatSpan span = new BeatSpan(i, beat, first, end - first, fps);
            spans.add(span);
            Direction direction = CueSheets.of(scene, map, i);
            directions.add(direction);
            try {
                cues.add(direction.sheet().resolve((double) (span.frameCount() - 1) / fps, keys(anchors.get(i))));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("beat " + (i + 1) + ": " + e.getMessage(), e);
            }
            if (wordByWord) {
                CueTimes.Timed reveal = cues.get(i).timed(CueKey.of(Cue.CAPTION));
                words.add(CaptionWords.of(beat.caption(), phrases.get(i), reveal.start(), reveal.end(), span.frameCount(),
                        fps));
            }
            first = end;
        }
        // Never more than the last beat's second half: the beat is itself before it turns.
        int loopFrames = scene.ending() != Ending.LOOP ? 0
                : (int) Math.min(Math.round(LOOP_SECONDS * fps), spans.get(spans.size() - 1).frameCount() / 2);
        return new Timeline(map, List.copyOf(spans), List.copyOf(directions), List.copyOf(cues), List.copyOf(words),
                first, fps, loopFrames);
    }

    /**
     * Whether the scene's captions go word by word: in a short that draws them. A phone shows a few
     * large words in time with the voice; the long video keeps its band of whole captions.
     */
    public static boolean wordByWord(Scene scene) {
        return scene.format() == Format.SHORTS && scene.captions().drawn();
    }

    private static Map<CueKey, Double> keys(Map<String, Double> named) {
        Map<CueKey, Double> keyed = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Double> anchor : named.entrySet()) {
            CueKey key = CueKey.parse(anchor.getKey()).orElseThrow(
                    () -> new IllegalArgumentException("no cue is named '" + anchor.getKey() + "'"));
            keyed.put(key, anchor.getValue());
        }
        return keyed;
    }

    public int frameCount() {
        return frameCount;
    }

    public int fps() {
        return fps;
    }

    public List<BeatSpan> spans() {
        return spans;
    }

    /** Beat {@code index}'s cues, resolved: each one's start and end in seconds from the beat's first frame. */
    public CueTimes cues(int index) {
        return cues.get(index);
    }

    /** Beat {@code index}'s caption words and their frames, if its scene shows captions word by word. */
    public Optional<CaptionWords> words(int index) {
        return words.isEmpty() ? Optional.empty() : Optional.of(words.get(index));
    }

    /**
     * Why {@code seconds} from the start names no frame of the video (below 0, or at or past its end),
     * in words that end with what to give instead; empty if it names one.
     */
    public Optional<String> outside(double seconds) {
        double length = frameCount / (double) fps;
        return seconds >= 0 && seconds < length ? Optional.empty() : Optional.of(String.format(Locale.ROOT,
                "outside the video, which lasts %.2f s; give a time of at least 0 and less than %.2f", length, length));
    }

    /** The frame nearest to {@code seconds} from the start, clamped to the video. */
    public int frameAt(double seconds) {
        return (int) Math.max(0, Math.min(frameCount - 1, Math.floor(seconds * fps)));
    }

    public FrameState at(int frame) {
        if (frame < 0 || frame >= frameCount) {
            throw new IndexOutOfBoundsException("frame " + frame + " outside 0.." + (frameCount - 1));
        }
        return state(frame, 2);
    }

    /**
     * The state of {@code frame}. At {@code depth} 1 and more, also the previous beat's last frame
     * (at one depth less), which a recap goes on showing; at 2, the transition from it too. A frame's
     * state needs depth 2: the previous beat's last frame may itself be a recap, drawn while it leaves.
     */
    private FrameState state(int frame, int depth) {
        BeatSpan span = spanOf(frame);
        int index = span.index();
        double t = (double) (frame - span.firstFrame()) / fps;
        Direction direction = directions.get(index);
        CueTimes times = cues.get(index);
        Shot shot = direction.pass() == null ? null : shot(direction.pass(), times, t);
        Camera camera = camera(direction, times, t);
        Transition transition = null;
        FrameState previous = depth == 0 || index == 0 ? null
                : depth == 2 ? previousEnds.get(index) : state(span.firstFrame() - 1, 0);
        // The first frame of the video is the hook, a strong first second: it is there at once.
        // A short beat changes faster: it is itself, caption and all, for most of its time.
        double change = Math.min(TRANSITION_SECONDS, 0.4 * span.frameCount() / fps);
        if (depth == 2 && previous != null && t < change) {
            FrameState outgoing = previous;
            double progress = Easing.IN_OUT.apply(t / change);
            Set<Actor> shared = EnumSet.noneOf(Actor.class);
            shared.addAll(direction.cast());
            shared.retainAll(directions.get(index - 1).cast());
            double moved = Easing.IN_OUT.apply(Math.min(1, t / (MOVE_SHARE * change)));
            transition = new Transition(outgoing, progress, moved, shared);
            camera = camera.from(outgoing.camera(), progress);
        }
        LoopBack loopBack = null;
        int turning = frame - (frameCount - loopFrames);
        if (depth == 2 && loopFrames > 0 && turning >= 0) {
            loopBack = new LoopBack(state(0, 2), Easing.IN_OUT.apply((turning + 1.0) / (loopFrames + 1)));
        }
        CaptionWords.Shown shown = words.isEmpty() ? null : words.get(index).at(frame - span.firstFrame());
        return new FrameState(frame, span, t, times, shot, camera, transition, previous, loopBack, shown);
    }

    private BeatSpan spanOf(int frame) {
        int low = 0;
        int high = spans.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (spans.get(mid).firstFrame() <= frame) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return spans.get(low);
    }

    /**
     * The window's place and work at {@code t}: it is at the last position whose travel has begun
     * (on the frame a travel starts, the window still shows the work of the position before),
     * gliding there from the one before; the positions before it are done.
     */
    private Shot shot(Direction.Pass pass, CueTimes times, double t) {
        List<Window> windows = map.windows();
        int current = pass.first();
        for (int i = pass.first() + 1; i <= pass.last(); i++) {
            if (t > times.timed(new CueKey(Cue.MOVE, i)).start()) {
                current = i;
            }
        }
        Cell target = windows.get(current).output();
        CueKey move = new CueKey(Cue.MOVE, current);
        Cell from = current > pass.first() && times.has(move) ? windows.get(current - 1).output() : target;
        double travel = times.has(move) ? times.value(move, t) : 1;
        WindowPose pose = new WindowPose(from.row() + (target.row() - from.row()) * travel,
                from.col() + (target.col() - from.col()) * travel);
        Window window = windows.get(current);
        int products = window.products().rows() * window.products().cols();
        return new Shot(pose, window, products * times.value(new CueKey(Cue.PRODUCTS, current), t),
                times.value(new CueKey(Cue.SUM, current), t), current, times.value(new CueKey(Cue.LAND, current), t));
    }

    /** The camera's push and zoom from the sheet's camera cues. */
    private static Camera camera(Direction direction, CueTimes times, double t) {
        CueKey push = CueKey.of(Cue.PUSH);
        CueKey in = CueKey.of(Cue.ZOOM_IN);
        CueKey out = CueKey.of(Cue.ZOOM_OUT);
        double pushed = times.has(push) ? times.value(push, t) : 1;
        double close = (times.has(in) ? times.value(in, t) : 0) * (1 - (times.has(out) ? times.value(out, t) : 0));
        return new Camera(pushed * (1 + (direction.zoom() - 1) * close), direction.focus(), close);
    }
}
