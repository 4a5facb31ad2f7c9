package convreel.paint;

import convreel.conv.SceneComputation;
import convreel.model.Beat;
import convreel.model.Format;
import convreel.model.Scene;
import convreel.model.Show;
import convreel.timeline.Actor;
import convreel.timeline.Camera;
import convreel.timeline.CaptionWords;
import convreel.timeline.Cue;
import convreel.timeline.FrameState;
import convreel.timeline.LoopBack;
import convreel.timeline.Timeline;
import convreel.timeline.Transition;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Draws one frame of a scene through plain {@link Graphics2D} calls, so the same code paints video
 * frames on a {@code BufferedImage} and vector frames on an SVG canvas. Each beat's picture is built
 * once, up front; a frame is the beat's picture (taking over from the previous one at the start of
 * a beat), seen through the frame's camera, and the caption band. Every number comes from the scene's {@link SceneComputation}; all
 * text is shaped once by the {@link TextShaper}.
 */
public final class FramePainter {
    private final PaintContext context;
    private final List<BeatPicture> pictures;
    /** Scales the camera and moving actors snap to, per unit of scale (see {@link #steps}). */
    private static final int ZOOM_STEPS = 2048;
    /** Per beat, what its actors' cells showed on its last frame (see {@link #shown}); a painter is used by one thread. */
    private final Map<Integer, Casting> shown = new HashMap<>();
    /** Each beat's groups of caption words, shaped the first time they are shown: (beat, group) → text. */
    private final Map<List<Integer>, ShapedText> wordGroups = new HashMap<>();
    /** Word-by-word captions are this much larger than whole ones: a few words fill the band. */
    private static final float WORDS_SIZE = 1.4f;

    public FramePainter(Scene scene, SceneComputation computation, Theme theme, TextShaper shaper, int width, int height) {
        this(PaintContext.of(scene, computation, theme, shaper, width, height));
    }

    private FramePainter(PaintContext context) {
        this(context, pictures(context));
    }

    /** Every beat's picture; a beat that cannot be laid out is a {@link LayoutException} that names it. */
    private static List<BeatPicture> pictures(PaintContext context) {
        Pictures pictures = new Pictures(context);
        List<BeatPicture> built = new ArrayList<>();
        List<Beat> beats = context.scene().beats();
        for (int i = 0; i < beats.size(); i++) {
            try {
                built.add(pictures.of(beats, i));
            } catch (LayoutException unfit) {
                throw unfit.inBeat(i);
            }
        }
        return built;
    }

    /** A painter of pictures already built, one per beat of the context's scene, in order. */
    FramePainter(PaintContext context, List<BeatPicture> pictures) {
        this.context = context;
        this.pictures = List.copyOf(pictures);
    }


    public int width() {
        return context.width();
    }

    public int height() {
        return context.height();
    }

    public PaintContext context() {
        return context;
    }

    public void paint(Graphics2D g, FrameState state) {
        paint(Canvas.on(g), state);
    }

    /** Paints on {@code canvas}; a recording canvas lists what went where, for layout checks. */
    public void paint(Canvas canvas, FrameState state) {
        canvas.fill(new Rectangle2D.Double(0, 0, context.width(), context.height()), context.theme().background(), 1);
        Camera camera = state.camera();
        // A measuring canvas checks the layout, which the camera only magnifies inside its clip.
        if (camera.still() || !canvas.draws()) {
            paintPictures(canvas, state);
        } else {
            filmed(canvas, state, camera);
        }
        paintCaptionBand(canvas, state);
        LoopBack loopBack = state.loopBack();
        if (loopBack != null) {
            // The first frame comes back over the last, background and all: a cross-fade into the
            // replay. It is checked as the first frame; the layout records only this beat.
            paint(canvas.unrecorded().faded(loopBack.progress()), loopBack.first());
        }
    }

    /**
     * The pictures through the camera: the region of the frame above the caption is clipped to
     * itself and magnified about the camera's centre. The caption band never moves.
     */
    private void filmed(Canvas canvas, FrameState state, Camera camera) {
        Graphics2D g = canvas.graphics();
        Rectangle2D region = region(pictures.get(state.span().index()).captioned());
        Rectangle2D target = camera.focus() == Camera.Focus.WINDOW ? pictures.get(state.span().index()).window(state) : null;
        double x = region.getCenterX();
        double y = region.getCenterY();
        if (target != null) {
            x += (target.getCenterX() - x) * camera.toward();
            y += (target.getCenterY() - y) * camera.toward();
        }
        double zoom = steps(camera.zoom(), ZOOM_STEPS);
        // The camera never looks past the region's edges.
        double halfW = region.getWidth() / 2 / zoom;
        double halfH = region.getHeight() / 2 / zoom;
        x = Math.max(region.getX() + halfW, Math.min(region.getMaxX() - halfW, x));
        y = Math.max(region.getY() + halfH, Math.min(region.getMaxY() - halfH, y));
        AffineTransform lens = new AffineTransform();
        lens.translate(region.getCenterX(), region.getCenterY());
        lens.scale(zoom, zoom);
        lens.translate(-x, -y);
        Shape clip = g.getClip();
        AffineTransform saved = g.getTransform();
        g.clip(region);
        g.transform(lens);
        paintPictures(canvas, state);
        g.setTransform(saved);
        g.setClip(clip);
    }

    /**
     * {@code scale} to the nearest of {@code steps} steps per unit. Java2D keeps the glyphs it has
     * rasterised for each scale of a font, in memory outside the heap that only heap pressure frees; a
     * camera whose every frame had a scale of its own would fill it. At 2048 steps a push moves the
     * frame's edge by under half a pixel per step: smooth to the eye.
     */
    private static double steps(double scale, int steps) {
        return Math.round(scale * steps) / (double) steps;
    }

    /**
     * The part of the frame the camera films: everything above the caption band; on 9:16, never the
     * right-hand strip the phone app covers with its buttons.
     */
    private Rectangle2D region(boolean captioned) {
        double right = context.scene().format() == Format.SHORTS ? context.safe().getMaxX() : context.width();
        // A picture without a caption (a card) fills the frame: the camera films all of it.
        return new Rectangle2D.Double(0, 0, right, captioned ? context.caption().getY() : context.height());
    }

    /**
     * The beat's picture; while it takes over from the one before, the old picture too: what the
     * two share moves from its old place to its new one, the rest of the old fades out in the first
     * half of the change and the rest of the new fades in during the second.
     */
    private void paintPictures(Canvas canvas, FrameState state) {
        int index = state.span().index();
        BeatPicture picture = pictures.get(index);
        Transition transition = state.transition();
        FrameState outgoing = transition == null ? null : transition.outgoing();
        if (transition == null || picture.continues(pictures.get(outgoing.span().index()))) {
            picture.paint(canvas, state);
            return;
        }
        int before = outgoing.span().index();
        Casting after = logged(picture, state);
        pictures.get(before).paint(canvas.casting(Casting.leaving(transition, morphs(before, index, transition, false), after),
                transition.leaving()), outgoing);
        picture.paint(canvas.casting(Casting.arriving(transition, morphs(before, index, transition, true), shown(outgoing)),
                transition.arriving()), state);
    }

    /**
     * For each actor both pictures place, the transform that draws it part way from where the old
     * picture had it to where the new one has it: for the new picture's drawing ({@code arriving}),
     * or for the old one's.
     */
    private Map<Actor, AffineTransform> morphs(int before, int after, Transition transition, boolean arriving) {
        Map<Actor, AffineTransform> morphs = new EnumMap<>(Actor.class);
        Map<Actor, Rectangle2D> from = pictures.get(before).actors();
        Map<Actor, Rectangle2D> to = pictures.get(after).actors();
        double t = transition.moved();
        for (Actor actor : transition.shared()) {
            Rectangle2D a = from.get(actor);
            Rectangle2D b = to.get(actor);
            if (a == null || b == null || a.equals(b)) {
                continue;
            }
            double w = a.getWidth() + (b.getWidth() - a.getWidth()) * t;
            double h = a.getHeight() + (b.getHeight() - a.getHeight()) * t;
            double x = a.getX() + (b.getX() - a.getX()) * t;
            double y = a.getY() + (b.getY() - a.getY()) * t;
            Rectangle2D laid = arriving ? b : a;
            AffineTransform morph = new AffineTransform();
            morph.translate(x, y);
            morph.scale(steps(w / laid.getWidth(), ZOOM_STEPS), steps(h / laid.getHeight(), ZOOM_STEPS));
            morph.translate(-laid.getX(), -laid.getY());
            morphs.put(actor, morph);
        }
        return morphs;
    }

    /**
     * What each actor's cells and labels showed on the last frame of a beat, noted by painting that
     * frame once on a scratch canvas; kept, since every frame of the next beat's change asks for the same.
     */
    private Casting shown(FrameState last) {
        return shown.computeIfAbsent(last.span().index(), i -> logged(pictures.get(i), last));
    }

    /** What {@code picture}'s actors show on {@code state}'s frame, noted by painting it on a scratch canvas. */
    private static Casting logged(BeatPicture picture, FrameState state) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = scratch.createGraphics();
        try {
            Casting log = Casting.logging();
            picture.paint(Canvas.on(g).casting(log, 1), state);
            return log;
        } finally {
            g.dispose();
        }
    }

    /**
     * The caption band: while a beat takes over, its caption dips (the old one out, then the new one
     * in); the band itself fades only when one of the two pictures has none.
     */
    private void paintCaptionBand(Canvas canvas, FrameState state) {
        // Captions shipped only as subtitles (cc) leave the band out: the player draws them.
        if (!context.scene().captions().drawn()) {
            return;
        }
        int index = state.span().index();
        BeatPicture picture = pictures.get(index);
        Transition transition = state.transition();
        boolean beforeCaptioned = transition != null && pictures.get(transition.outgoing().span().index()).captioned();
        double change = state.enter();
        double band = picture.captioned() ? (beforeCaptioned ? 1 : change) : (beforeCaptioned ? 1 - change : 0);
        if (band <= 0) {
            return;
        }
        Rectangle2D box = context.caption();
        float pad = captionPad();
        canvas.fill(new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(), pad, pad),
                context.theme().panel(), 0.85 * band);
        canvas.block(box, "caption band", band);
        boolean wordByWord = Timeline.wordByWord(context.scene());
        if (beforeCaptioned) {
            if (wordByWord) {
                drawWords(canvas, transition.outgoing(), transition.leaving());
            } else {
                drawCaption(canvas, transition.outgoing().span().beat().caption(), transition.leaving(), 1);
            }
        }
        if (picture.captioned()) {
            double alpha = beforeCaptioned ? transition.arriving() : change;
            if (wordByWord) {
                drawWords(canvas, state, alpha);
            } else {
                drawCaption(canvas, state.span().beat().caption(), alpha, state.cue(Cue.CAPTION));
            }
        }
    }

    /** The group of words {@code state} shows, in large type, the word being spoken highlighted. */
    private void drawWords(Canvas canvas, FrameState state, double alpha) {
        CaptionWords.Shown shown = state.words();
        if (shown == null) {
            return;
        }
        ShapedText text = wordGroups.computeIfAbsent(List.of(state.span().index(), shown.group()),
                key -> fitted(String.join(" ", shown.words()), context.geometry().captionSize() * WORDS_SIZE));
        Rectangle2D box = context.caption();
        float pad = captionPad();
        float top = (float) (box.getCenterY() - text.height() / 2);
        canvas.text(text, (float) box.getX() + pad, top, (float) box.getWidth() - 2 * pad, ShapedText.Align.CENTER,
                context.theme().text(), context.theme().accent(), shown.spoken(), alpha, null);
    }

    /** {@code caption} in the band, its first {@code shown} share of words revealed. */
    private void drawCaption(Canvas canvas, String caption, double alpha, double shown) {
        if (caption.isBlank()) {
            return;
        }
        Rectangle2D box = context.caption();
        float pad = captionPad();
        ShapedText text = captionText(caption);
        float top = (float) (box.getCenterY() - text.height() / 2);
        canvas.text(text, (float) box.getX() + pad, top, (float) box.getWidth() - 2 * pad, ShapedText.Align.CENTER,
                context.theme().text(), alpha, null, shown);
    }

    /** The band's inner margin and corner radius. */
    private float captionPad() {
        return context.unit() * 0.02f;
    }

    /**
     * The caption wrapped into the band at the format's caption size, or a step smaller when a
     * long caption needs more lines; never below the smallest size readable on a phone.
     */
    public ShapedText captionText(String caption) {
        return fitted(caption, context.geometry().captionSize());
    }

    /** {@code caption} wrapped into the band at {@code size}, or smaller as {@link #captionText} makes it. */
    private ShapedText fitted(String caption, float size) {
        Rectangle2D band = context.caption();
        float pad = captionPad();
        float wrap = (float) band.getWidth() - 2 * pad;
        ShapedText text = context.shaper().wrapped(caption, context.style(size, false), wrap);
        while (text.height() > band.getHeight() - pad && size * 0.92f >= Theme.SMALLEST_TEXT) {
            size *= 0.92f;
            text = context.shaper().wrapped(caption, context.style(size, false), wrap);
        }
        return text;
    }

    /**
     * Builds the picture for each kind of beat, laid out for one context's frame. A picture depends
     * on the scene and on its beat's options only (a title also on its caption), never on the beat's
     * seconds, and draws any frame from the frame's state; so beats that show the same thing share
     * one picture, and a scene of many beats is laid out once per different picture.
     */
    static final class Pictures implements Show.Visitor<BeatPicture> {
        private final PaintContext context;
        private final Map<List<Object>, BeatPicture> built = new HashMap<>();
        private StageLayout stage;

        /** The beat being built, whose caption a title shows. */
        private Beat beat;
        /** What the beat before the one being built showed, which a table may sum up, and its picture; null for the first beat. */
        private Show previous;
        private BeatPicture previousPicture;
        /** What the beat after the one being built shows: a comparison keeps room for the table that sums it up. */
        private Show next;

        Pictures(PaintContext context) {
            this.context = context;
        }

        /**
         * The picture of beat {@code i} of {@code beats}, asked for in order: a comparison keeps room for
         * the table after it, and that table sums up the comparison before it.
         */
        BeatPicture of(List<Beat> beats, int i) {
            Beat beat = beats.get(i);
            this.beat = beat;
            this.next = i + 1 < beats.size() ? beats.get(i + 1).show() : null;
            BeatPicture picture = beat.show().accept(this);
            this.previous = beat.show();
            this.previousPicture = picture;
            return picture;
        }

        /**
         * The texts a comparison of {@code panels} panels keeps room for: the conclusions (second column)
         * of the table after it, when that table has a row per panel; else none.
         */
        private List<String> takeaways(int panels) {
            if (next instanceof Show.Table table && table.rows().size() == panels) {
                return table.rows().stream().map(row -> row.get(1)).toList();
            }
            return List.of();
        }

        /** The picture of a kind with these options, built the first time it is asked for. */
        private BeatPicture shared(Supplier<BeatPicture> build, Object... key) {
            List<Object> known = List.of(key);
            BeatPicture picture = built.get(known);
            if (picture == null) {
                picture = build.get();
                built.put(known, picture);
            }
            return picture;
        }

        /** The step and slide stage, laid out once: it depends on the scene alone and is the costliest to find. */
        private StageLayout stage() {
            if (stage == null) {
                stage = StageLayout.of(context, context.computation().primary());
            }
            return stage;
        }

        @Override
        public BeatPicture title(Show.Title show) {
            return shared(() -> new TitlePicture(context, beat.caption()), "title", beat.caption());
        }

        @Override
        public BeatPicture matrix(Show.Matrix show) {
            return shared(() -> new MatrixPicture(context), "matrix");
        }

        @Override
        public BeatPicture patterns(Show.Patterns show) {
            return shared(() -> new PatternsPicture(context), "patterns");
        }

        @Override
        public BeatPicture photo(Show.Photo show) {
            return shared(() -> new PhotoPicture(context, show), "photo", show.picture());
        }

        @Override
        public BeatPicture step(Show.Step show) {
            return shared(() -> new StagePicture(context, stage(), false), "step");
        }

        @Override
        public BeatPicture slide(Show.Slide show) {
            return shared(() -> new StagePicture(context, stage(), true), "slide");
        }

        @Override
        public BeatPicture featureMap(Show.FeatureMap show) {
            return shared(() -> new FeatureMapPicture(context), "featuremap");
        }

        @Override
        public BeatPicture kernels(Show.Kernels show) {
            return shared(() -> new KernelsPicture(context), "kernels");
        }

        @Override
        public BeatPicture stride(Show.Stride show) {
            List<String> takeaways = takeaways(show.strides().size());
            return shared(() -> new StridePicture(context, show.strides(), takeaways), "stride", show.strides(), takeaways);
        }

        @Override
        public BeatPicture padding(Show.Padding show) {
            List<String> takeaways = takeaways(show.paddings().size());
            return shared(() -> new PaddingPicture(context, show.paddings(), takeaways), "padding", show.paddings(),
                    takeaways);
        }

        @Override
        public BeatPicture activation(Show.Activation show) {
            return shared(() -> new ActivationPicture(context), "activation");
        }

        @Override
        public BeatPicture formula(Show.Formula show) {
            return shared(() -> new FormulaPicture(context, show.at()), "formula", show.at());
        }

        @Override
        public BeatPicture table(Show.Table show) {
            if (previousPicture instanceof Comparison comparison && comparison.showsTakeaways()) {
                return new RecapPicture(comparison);
            }
            return shared(() -> new TablePicture(context, show.header(), show.rows(),
                    Recaps.of(context, previous, show.rows().size())), "table", show.header(), show.rows(), previous);
        }

        @Override
        public BeatPicture myths(Show.Myths show) {
            return shared(() -> new MythsPicture(context, show.items()), "myths", show.items());
        }

        @Override
        public BeatPicture card(Show.Card show) {
            return shared(() -> new CardPicture(context, show.lines()), "card", show.lines());
        }
    }
}
