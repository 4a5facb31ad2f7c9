package convreel.timeline;

import convreel.conv.FeatureMap;
import convreel.conv.SceneComputation;
import convreel.conv.Window;
import convreel.model.Activation;
import convreel.model.Beat;
import convreel.model.Cell;
import convreel.model.Scene;
import java.util.ArrayList;
import java.util.List;

/**
 * The scene laid out in frames. {@link #at(int)} is a pure function of the frame index, so frames can
 * be painted in any order, on any thread, and a single frame can be rendered on its own.
 */
public final class Timeline {
    /** Seconds over which new content and captions fade in. */
    private static final double FADE_SECONDS = 0.4;
    /** Share of a slide beat spent sliding; the rest shows the activation and holds the result. */
    private static final double SLIDE_SHARE = 0.82;
    /** Time the slide spends at each position, in slide units. */
    private static final double DWELL = 1;
    /** Time the window takes to travel one cell, in slide units. */
    private static final double TRAVEL_PER_CELL = 0.8;

    private final Scene scene;
    private final FeatureMap map;
    private final List<BeatSpan> spans;
    private final int frameCount;
    /** Slide units at which the window starts travelling to each position; the last entry is the total. */
    private final double[] slideUnits;

    private Timeline(Scene scene, FeatureMap map, List<BeatSpan> spans, int frameCount) {
        this.scene = scene;
        this.map = map;
        this.spans = spans;
        this.frameCount = frameCount;
        this.slideUnits = slideSchedule(map.windows());
    }

    private static double[] slideSchedule(List<Window> windows) {
        double[] starts = new double[windows.size() + 1];
        for (int i = 0; i < windows.size(); i++) {
            Cell from = windows.get(Math.max(i - 1, 0)).output();
            starts[i + 1] = starts[i] + TRAVEL_PER_CELL * distance(from, windows.get(i).output()) + DWELL;
        }
        return starts;
    }

    private static double distance(Cell a, Cell b) {
        return Math.hypot(a.row() - b.row(), a.col() - b.col());
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
        if (seconds.length != scene.beats().size()) {
            throw new IllegalArgumentException(seconds.length + " durations for " + scene.beats().size() + " beats");
        }
        int fps = scene.fps();
        List<BeatSpan> spans = new ArrayList<>();
        double elapsed = 0;
        int first = 0;
        for (int i = 0; i < scene.beats().size(); i++) {
            Beat beat = scene.beats().get(i);
            elapsed += seconds[i];
            int end = Math.max(first + 1, (int) Math.round(elapsed * fps));
            spans.add(new BeatSpan(i, beat, first, end - first, fps));
            first = end;
        }
        return new Timeline(scene, computation.primary(), List.copyOf(spans), first);
    }

    public int frameCount() {
        return frameCount;
    }

    public int fps() {
        return scene.fps();
    }

    public List<BeatSpan> spans() {
        return spans;
    }

    /** The frame nearest to {@code seconds} from the start, clamped to the video. */
    public int frameAt(double seconds) {
        return (int) Math.max(0, Math.min(frameCount - 1, Math.floor(seconds * scene.fps())));
    }

    public FrameState at(int frame) {
        if (frame < 0 || frame >= frameCount) {
            throw new IndexOutOfBoundsException("frame " + frame + " outside 0.." + (frameCount - 1));
        }
        return state(frame, true);
    }

    /** The state of {@code frame}; with {@code withOutgoing}, also the previous beat's end it fades over. */
    private FrameState state(int frame, boolean withOutgoing) {
        BeatSpan span = spanOf(frame);
        double progress = span.progress(frame);
        double secondsIn = (double) (frame - span.firstFrame()) / scene.fps();
        // The first frame of the video is the hook, a shorts' strong first second: it is there at once.
        double fade = span.index() == 0 ? 1 : Easing.out(secondsIn / FADE_SECONDS);
        boolean pictureChanges = span.index() == 0 || !continues(spans.get(span.index() - 1).beat(), span.beat());
        double enter = pictureChanges ? fade : 1;
        Shot shot = new ShotDirector(progress).shoot(span.beat());
        FrameState outgoing = null;
        if (withOutgoing && pictureChanges && enter < 1 && span.index() > 0) {
            outgoing = state(span.firstFrame() - 1, false);
        }
        return new FrameState(frame, span, progress, enter, fade, shot, outgoing);
    }

    /**
     * A slide after a step at the first window position carries straight on from it: same stage,
     * same window, the step's cell already filled, so no cross-fade is needed and nothing jumps.
     */
    private static boolean continues(Beat before, Beat after) {
        return before instanceof Beat.Step step && step.at().equals(new Cell(0, 0)) && after instanceof Beat.Slide;
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

    /** Turns a step or slide beat and its progress into the stage's shot; other beats have none. */
    private final class ShotDirector {
        private final double p;

        ShotDirector(double progress) {
            this.p = progress;
        }

        Shot shoot(Beat beat) {
            if (beat instanceof Beat.Step step) {
                return step(step);
            }
            return beat instanceof Beat.Slide slide ? slide(slide) : null;
        }

        /**
         * The window settles on its cell, the products appear one after another, then their sum,
         * then the value lands in the output cell and, last, the activation acts on it.
         */
        Shot step(Beat.Step beat) {
            Window window = map.window(beat.at());
            int products = window.products().rows() * window.products().cols();
            double shown = products * Easing.span(p, 0.08, 0.58);
            double sum = Easing.out(Easing.span(p, 0.60, 0.68));
            double cell = Easing.out(Easing.span(p, 0.70, 0.78));
            double activation = hasActivation() ? Easing.inOut(Easing.span(p, 0.82, 0.92)) : 0;
            Cell at = beat.at();
            return new Shot(new WindowPose(at.row(), at.col()), window, shown, sum, new Shot.Reveal.Single(at, cell), activation);
        }

        /**
         * The window dwells the same time at every position and travels between positions at one
         * steady pace, so the jump back to the start of the next row takes longer than a step to the
         * right instead of snapping. On arrival the products appear, then the sum, then the value
         * fades into the feature map. The activation follows the pass.
         */
        Shot slide(Beat.Slide beat) {
            List<Window> windows = map.windows();
            int count = windows.size();
            boolean done = p >= SLIDE_SHARE;
            double units = Math.min(p / SLIDE_SHARE, 1) * slideUnits[count];
            int index = 0;
            while (index + 1 < count && slideUnits[index + 1] <= units) {
                index++;
            }
            Cell target = windows.get(index).output();
            Cell from = windows.get(Math.max(index - 1, 0)).output();
            double travel = TRAVEL_PER_CELL * distance(from, target);
            double into = units - slideUnits[index];
            double move = travel == 0 ? 1 : Easing.glide(into / travel);
            double dwell = done ? 1 : Math.max(0, into - travel) / DWELL;
            WindowPose pose = new WindowPose(
                    from.row() + (target.row() - from.row()) * move,
                    from.col() + (target.col() - from.col()) * move);
            Window current = windows.get(index);
            int products = current.products().rows() * current.products().cols();
            // The first position is where the slide starts (or where a step left off): already worked out.
            boolean first = index == 0;
            double written = first ? 1 : Easing.span(dwell, 0, 0.25);
            double sum = first ? 1 : Easing.out(Easing.span(dwell, 0.15, 0.4));
            double nextAlpha = first ? 1 : Easing.out(Easing.span(dwell, 0.35, 0.65));
            Shot.Reveal reveal = done ? new Shot.Reveal.Prefix(count, 0) : new Shot.Reveal.Prefix(index, nextAlpha);
            double activation = hasActivation() ? Easing.inOut(Easing.span(p, SLIDE_SHARE + 0.03, SLIDE_SHARE + 0.13)) : 0;
            return new Shot(pose, current, products * written, sum, reveal, activation);
        }

        private boolean hasActivation() {
            return scene.activation() != Activation.NONE;
        }
    }
}
