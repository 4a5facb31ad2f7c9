package convreel.timeline;

import convreel.conv.FeatureMap;
import convreel.conv.Window;
import convreel.model.Beat;
import convreel.model.Cell;
import convreel.model.Scene;
import convreel.model.Show;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Every beat kind's cue sheet, in one place: what moves, in what order, for how long (in nominal
 * seconds; a beat stretches its sheet to its own length). Beats open with a short hold while they
 * take over from the one before ({@link Timeline#TRANSITION_SECONDS}), and end with one while the
 * viewer reads; a slow camera push keeps a read from being a frozen picture.
 */
final class CueSheets implements Show.Visitor<Direction> {
    /** Window positions worked out slowly, products one by one, before the pass speeds up. */
    static final int SLOW_POSITIONS = 2;
    /** Fast positions the camera stays in close for when a slide carries on from the slow steps. */
    static final int CLOSE_FAST_POSITIONS = 3;

    private static final Set<Actor> STAGE = EnumSet.of(Actor.INPUT, Actor.KERNEL, Actor.FEATURE_MAP, Actor.ARITHMETIC,
            Actor.CAPTION);

    private final Scene scene;
    private final FeatureMap map;
    /** What the beat before showed; null for the first beat. */
    private final Show previous;

    private CueSheets(Scene scene, FeatureMap map, Show previous) {
        this.scene = scene;
        this.map = map;
        this.previous = previous;
    }

    /** The longest a caption takes to be revealed, in seconds of the beat as the scene sets it. */
    static final double CAPTION_SECONDS = 2.4;
    /** The latest a caption is revealed in full, as a share of its beat. */
    static final double CAPTION_SHARE = 0.4;

    /** The direction of beat {@code index} of {@code scene}. */
    static Direction of(Scene scene, FeatureMap map, int index) {
        Beat beat = scene.beats().get(index);
        Show previous = index == 0 ? null : scene.beats().get(index - 1).show();
        Direction direction = beat.show().accept(new CueSheets(scene, map, previous));
        return new Direction(withCaption(direction.sheet(), beat.seconds()), direction.cast(), direction.zoom(),
                direction.focus(), direction.pass());
    }

    /**
     * {@code sheet} with the caption revealed from the beat's first frame, while the voice starts
     * reading it: in full by {@link #CAPTION_SHARE} of the beat or {@link #CAPTION_SECONDS},
     * whichever comes first. A sheet is stretched to its beat, so the reveal's nominal length is
     * that share of the sheet's; a beat a voice lengthens reveals it more slowly, still within the share.
     */
    private static Sheet withCaption(Sheet sheet, double seconds) {
        double length = sheet.length();
        double reveal = Math.min(CAPTION_SHARE * length, CAPTION_SECONDS * length / Math.max(seconds, CAPTION_SECONDS));
        return Sheet.together(sheet, Sheet.cue(Cue.CAPTION).lasting(reveal).eased(Easing.LINEAR));
    }

    private static Direction still(Sheet sheet, Set<Actor> cast) {
        return new Direction(sheet, cast, 1, Camera.Focus.STAGE, null);
    }

    /** {@code content} under a slow push of the camera, from the stage as laid out to {@code to} times closer. */
    private static Sheet pushed(Sheet content, double to) {
        // At one steady pace: an eased push would all but stop at each end of the beat, a frozen picture.
        return Sheet.together(content, Sheet.cue(Cue.PUSH).lasting(content.length()).eased(Easing.LINEAR).between(1, to));
    }

    private static List<Sheet> group(int count, java.util.function.IntFunction<Sheet> member) {
        List<Sheet> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            members.add(member.apply(i));
        }
        return members;
    }

    /**
     * The question on screen at once, the kernel already sliding and numbers landing under it; the
     * finished map stays a moment while the question sinks in.
     */
    @Override
    public Direction title(Show.Title show) {
        Direction.Pass pass = new Direction.Pass(0, map.windows().size() - 1, false);
        Sheet sheet = Sheet.together(
                Sheet.sequence(Sheet.cue(Cue.TITLE).lasting(0.5), Sheet.cue(Cue.HOOK).lasting(0.7)),
                Sheet.sequence(pass(pass, Pace.HOOK, Pace.HOOK), Sheet.hold(2)));
        return new Direction(sheet, Set.of(), 1, Camera.Focus.STAGE, pass);
    }

    @Override
    public Direction matrix(Show.Matrix show) {
        return still(pushed(Sheet.sequence(Sheet.cue(Cue.IMAGE).lasting(0.8), Sheet.hold(1.2),
                Sheet.cue(Cue.NUMBERS).lasting(1.8).eased(Easing.IN_OUT), Sheet.hold(1),
                Sheet.cue(Cue.KERNEL).lasting(1.4).eased(Easing.IN_OUT), Sheet.hold(3.8)), 1.05),
                EnumSet.of(Actor.INPUT, Actor.KERNEL, Actor.CAPTION));
    }

    @Override
    public Direction patterns(Show.Patterns show) {
        int count = Math.min(4, scene.kernels().size());
        return still(pushed(Sheet.sequence(Sheet.hold(0.5),
                Sheet.laggedBy(1, group(count, i -> Sheet.cue(Cue.COLUMN, i).lasting(0.9))), Sheet.hold(1.5),
                Sheet.laggedBy(0.9, group(count, i -> Sheet.cue(Cue.RESPONSE, i).lasting(1.6).eased(Easing.IN_OUT))),
                Sheet.hold(4)), 1.05), EnumSet.of(Actor.CAPTION));
    }

    /**
     * The photo, then closer until its patch's pixels are cells, their numbers written in; back out,
     * the photo moving aside for each kernel's map of it: the first kernel sweeps down the photo, its
     * map filling in behind it, then the others' maps appear one after another, and the legend.
     */
    @Override
    public Direction photo(Show.Photo show) {
        int count = Math.min(Show.Photo.MAPS, scene.kernels().size());
        return still(pushed(Sheet.sequence(Sheet.cue(Cue.IMAGE).lasting(0.8), Sheet.hold(0.7),
                Sheet.cue(Cue.CLOSE_UP).lasting(2.6).eased(Easing.IN_OUT), Sheet.cue(Cue.NUMBERS).lasting(2.5).eased(Easing.LINEAR),
                Sheet.hold(0.6), Sheet.cue(Cue.WIDE).lasting(1.6).eased(Easing.IN_OUT),
                Sheet.cue(Cue.RESPONSE, 0).lasting(0.4), Sheet.cue(Cue.SWEEP).lasting(2.4).eased(Easing.LINEAR),
                Sheet.laggedBy(0.9, group(count - 1, i -> Sheet.cue(Cue.RESPONSE, i + 1).lasting(1.2).eased(Easing.IN_OUT))),
                Sheet.cue(Cue.LEGEND).lasting(0.6), Sheet.hold(3.5)), 1.03), EnumSet.of(Actor.CAPTION));
    }

    /**
     * One position in detail: the products appear one by one (each lighting its kernel cell and
     * image cell), then their sum, which flies into its feature-map cell.
     */
    @Override
    public Direction step(Show.Step show) {
        int index = indexOf(show.at());
        Direction.Pass pass = new Direction.Pass(index, index, false);
        Sheet sheet = Sheet.sequence(windowIn(), work(index, Pace.STEP), Sheet.hold(2.5));
        return new Direction(pushed(sheet, 1.04), STAGE, 1, Camera.Focus.STAGE, pass);
    }

    /**
     * The pass, in reading order from where the beat before left off: the first positions slow,
     * the camera in close on the window, then faster, the camera pulling back to the whole map.
     */
    @Override
    public Direction slide(Show.Slide show) {
        int first = 0;
        boolean firstDone = false;
        if (previous instanceof Show.Step step) {
            first = indexOf(step.at());
            firstDone = true;
        }
        Direction.Pass pass = new Direction.Pass(first, map.windows().size() - 1, firstDone);
        Sheet positions = pass(pass, Pace.SLOW, Pace.FAST);
        // In close while the slow positions are worked out, or if the steps before did that, for
        // the first few fast ones; then back to the whole map.
        int worked = firstDone ? first + 1 : first;
        int close = worked < SLOW_POSITIONS ? SLOW_POSITIONS - 1 : first + CLOSE_FAST_POSITIONS;
        Sheet near = pass(new Direction.Pass(first, Math.min(pass.last(), close), firstDone), Pace.SLOW, Pace.FAST);
        Sheet camera = Sheet.sequence(Sheet.cue(Cue.ZOOM_IN).lasting(Math.min(1.2, near.length() / 2)).eased(Easing.IN_OUT),
                Sheet.hold(near.length() / 2 > 1.2 ? near.length() - 1.2 : near.length() / 2),
                Sheet.cue(Cue.ZOOM_OUT).lasting(1.6).eased(Easing.IN_OUT));
        Sheet sheet = pushed(Sheet.sequence(windowIn(), Sheet.together(positions, camera), Sheet.hold(2)), 1.03);
        double zoom = scene.format() == convreel.model.Format.LANDSCAPE ? 1.2 : 1.6;
        return new Direction(sheet, STAGE, zoom, Camera.Focus.WINDOW, pass);
    }

    @Override
    public Direction featureMap(Show.FeatureMap show) {
        return still(pushed(Sheet.sequence(Sheet.hold(0.6), Sheet.cue(Cue.LEGEND).lasting(0.8), Sheet.hold(1),
                Sheet.cue(Cue.HEAT).lasting(1.6).eased(Easing.IN_OUT), Sheet.hold(0.8),
                Sheet.cue(Cue.TRACE).lasting(1.2).eased(Easing.IN_OUT), Sheet.hold(4)), 1.05),
                EnumSet.of(Actor.INPUT, Actor.FEATURE_MAP, Actor.CAPTION));
    }

    @Override
    public Direction kernels(Show.Kernels show) {
        int count = scene.kernels().size();
        return still(pushed(Sheet.sequence(Sheet.hold(0.5),
                Sheet.laggedBy(1.9, group(count, i -> Sheet.together(Sheet.cue(Cue.COLUMN, i).lasting(0.9),
                        Sheet.sequence(Sheet.hold(0.6), Sheet.cue(Cue.RESPONSE, i).lasting(1.4))))),
                Sheet.hold(1.5), Sheet.cue(Cue.STACK).lasting(1.6), Sheet.hold(4)), 1.05),
                EnumSet.of(Actor.CAPTION));
    }

    @Override
    public Direction stride(Show.Stride show) {
        return still(pushed(Sheet.sequence(Sheet.hold(0.8), Sheet.cue(Cue.SWEEP).lasting(9).eased(Easing.LINEAR),
                Sheet.cue(Cue.COST).lasting(0.8), Sheet.hold(3.5)), 1.04), EnumSet.of(Actor.CAPTION));
    }

    /** The zeros appear, the kernel visits the padded corner, then each output; "same"'s inner part equals "valid". */
    @Override
    public Direction padding(Show.Padding show) {
        int count = show.paddings().size();
        return still(pushed(Sheet.sequence(Sheet.hold(0.6), Sheet.cue(Cue.RING).lasting(1.6).eased(Easing.IN_OUT),
                Sheet.hold(0.3), Sheet.cue(Cue.CORNER).lasting(2.4).eased(Easing.LINEAR), Sheet.hold(0.3),
                Sheet.laggedBy(1.2, group(count, i -> Sheet.cue(Cue.OUTPUT, i).lasting(0.9))), Sheet.hold(0.6),
                Sheet.cue(Cue.INNER).lasting(1.2).eased(Easing.IN_OUT), Sheet.hold(3.5)), 1.04),
                EnumSet.of(Actor.CAPTION));
    }

    @Override
    public Direction activation(Show.Activation show) {
        return still(pushed(Sheet.sequence(Sheet.hold(0.6), Sheet.cue(Cue.FORMULA).lasting(0.8),
                Sheet.cue(Cue.GRAPH).lasting(2.4).eased(Easing.IN_OUT), Sheet.hold(0.5),
                Sheet.cue(Cue.OUTPUT, 0).lasting(0.6), Sheet.hold(0.4),
                Sheet.cue(Cue.ACTIVATE).lasting(2.6).eased(Easing.IN_OUT), Sheet.cue(Cue.NOTE).lasting(0.6),
                Sheet.hold(3.5)), 1.04), EnumSet.of(Actor.FEATURE_MAP, Actor.CAPTION));
    }

    @Override
    public Direction formula(Show.Formula show) {
        int index = indexOf(show.at());
        return still(pushed(Sheet.sequence(Sheet.hold(0.4), Sheet.cue(Cue.FORMULA).lasting(0.9), Sheet.hold(0.8),
                Sheet.cue(Cue.WINDOW).lasting(0.7), Sheet.cue(Cue.PRODUCTS, index).lasting(4).eased(Easing.LINEAR),
                Sheet.hold(0.3), Sheet.cue(Cue.BIAS).lasting(0.8), Sheet.hold(0.4), Sheet.cue(Cue.RESULT).lasting(0.8),
                Sheet.hold(4)), 1.04), EnumSet.of(Actor.INPUT, Actor.CAPTION));
    }

    @Override
    public Direction table(Show.Table show) {
        return still(pushed(Sheet.sequence(Sheet.hold(0.6),
                Sheet.laggedBy(1.3, group(show.rows().size(), i -> Sheet.cue(Cue.ROW, i).lasting(0.8))),
                Sheet.hold(3)), 1.04), EnumSet.of(Actor.CAPTION));
    }

    /** Each myth, struck through, then its fact; one item after another. */
    @Override
    public Direction myths(Show.Myths show) {
        return still(pushed(Sheet.sequence(Sheet.hold(0.5),
                Sheet.sequence(group(show.items().size(), i -> Sheet.sequence(Sheet.cue(Cue.ROW, i).lasting(0.7),
                        Sheet.hold(0.6), Sheet.cue(Cue.STRIKE, i).lasting(0.8).eased(Easing.IN_OUT), Sheet.hold(0.3),
                        Sheet.cue(Cue.FACT, i).lasting(0.8), Sheet.hold(1.8)))),
                Sheet.hold(1.5)), 1.04), EnumSet.of(Actor.CAPTION));
    }

    @Override
    public Direction card(Show.Card show) {
        return still(pushed(Sheet.sequence(Sheet.hold(0.3),
                Sheet.laggedBy(1.3, group(show.lines().size(), i -> Sheet.cue(Cue.LINE, i).lasting(0.9))),
                Sheet.hold(3)), 1.05), Set.of());
    }

    /**
     * The window appearing while the beat takes over, unless the beat before left it on screen:
     * then it is simply there.
     */
    private Sheet windowIn() {
        boolean shown = previous instanceof Show.Step || previous instanceof Show.Slide;
        return Sheet.cue(Cue.WINDOW).lasting(shown ? 0 : 0.8);
    }

    private int indexOf(Cell cell) {
        List<Window> windows = map.windows();
        for (int i = 0; i < windows.size(); i++) {
            if (windows.get(i).output().equals(cell)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no window position " + cell);
    }

    /** How long each part of one window position takes, in nominal seconds. */
    enum Pace {
        /** A step beat: every product read out. */
        STEP(0.8, 6, 0.7, 1.2, 0.4),
        /** The first positions of a pass. */
        SLOW(0.9, 3.2, 0.6, 1.1, 0.5),
        /** The rest of a pass. */
        FAST(0.35, 0.45, 0.2, 0.45, 0.15),
        /** The hook: the window already sliding, numbers landing. */
        HOOK(0.25, 0.15, 0.05, 0.3, 0.05);

        final double move;
        final double products;
        final double sum;
        final double land;
        final double rest;

        Pace(double move, double products, double sum, double land, double rest) {
            this.move = move;
            this.products = products;
            this.sum = sum;
            this.land = land;
            this.rest = rest;
        }
    }

    /** One window position worked out: products, sum, the sum flying into its cell. */
    private static Sheet work(int index, Pace pace) {
        return Sheet.sequence(Sheet.cue(Cue.PRODUCTS, index).lasting(pace.products).eased(Easing.LINEAR),
                Sheet.hold(pace.sum / 2), Sheet.cue(Cue.SUM, index).lasting(pace.sum),
                Sheet.cue(Cue.LAND, index).lasting(pace.land).eased(Easing.IN_OUT), Sheet.hold(pace.rest));
    }

    /** Positions {@code pass.first()} to {@code pass.last()}: travel, then work, the first {@link #SLOW_POSITIONS} at {@code slow}. */
    private Sheet pass(Direction.Pass pass, Pace slow, Pace fast) {
        List<Sheet> positions = new ArrayList<>();
        List<Window> windows = map.windows();
        for (int i = pass.first(); i <= pass.last(); i++) {
            if (i == pass.first() && pass.firstDone()) {
                positions.add(Sheet.sequence(Sheet.cue(Cue.MOVE, i).lasting(0), Sheet.cue(Cue.PRODUCTS, i).lasting(0),
                        Sheet.cue(Cue.SUM, i).lasting(0), Sheet.cue(Cue.LAND, i).lasting(0)));
                continue;
            }
            Pace pace = i < SLOW_POSITIONS ? slow : fast;
            Cell from = windows.get(Math.max(i - 1, 0)).output();
            Cell to = windows.get(i).output();
            double distance = Math.hypot(from.row() - to.row(), from.col() - to.col());
            positions.add(Sheet.sequence(Sheet.cue(Cue.MOVE, i).lasting(pace.move * Math.max(distance, i == 0 ? 0 : 1))
                    .eased(Easing.GLIDE), work(i, pace)));
        }
        return Sheet.sequence(positions);
    }
}
