package convreel.paint;

import convreel.conv.SceneComputation;
import convreel.model.Beat;
import convreel.model.Scene;
import convreel.timeline.FrameState;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Draws one frame of a scene through plain {@link Graphics2D} calls, so the same code paints video
 * frames on a {@code BufferedImage} and vector frames on an SVG canvas. Each beat's picture is built
 * once, up front; a frame is the beat's picture (cross-faded over the previous one when the picture
 * changes) and the caption band. Every number comes from the scene's {@link SceneComputation}; all
 * text is shaped once by the {@link TextShaper}.
 */
public final class FramePainter {
    private final PaintContext context;
    private final List<BeatPicture> pictures;

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
        for (int i = 0; i < context.scene().beats().size(); i++) {
            try {
                built.add(pictures.of(context.scene().beats().get(i)));
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
        FrameState outgoing = state.outgoing();
        BeatPicture picture = pictures.get(state.span().index());
        if (outgoing != null) {
            pictures.get(outgoing.span().index()).paint(canvas.faded(fadingOut(state.enter())), outgoing);
        }
        picture.paint(canvas.faded(outgoing == null ? state.enter() : fadingIn(state.enter())), state);
        paintCaptionBand(canvas, state, picture, outgoing);
    }

    /**
     * A change of picture or caption is a dip, not a blend: the old one fades out in the first half
     * of the fade, the new one in during the second, so two texts never sit on top of each other.
     */
    private static double fadingOut(double fade) {
        return Math.max(0, 1 - 2 * fade);
    }

    private static double fadingIn(double fade) {
        return Math.max(0, 2 * fade - 1);
    }

    /**
     * The caption band: the new caption fades in over the previous one; the band itself fades
     * with the pictures when one of them has no caption band.
     */
    private void paintCaptionBand(Canvas canvas, FrameState state, BeatPicture picture, FrameState outgoing) {
        int index = state.span().index();
        BeatPicture before = index == 0 ? null : pictures.get(index - 1);
        boolean beforeCaptioned = before != null && before.captioned();
        double enter = outgoing == null ? state.caption() : state.enter();
        double band = picture.captioned() ? (beforeCaptioned ? 1 : enter) : (beforeCaptioned ? 1 - enter : 0);
        if (band <= 0) {
            return;
        }
        Rectangle2D box = context.caption();
        float pad = captionPad();
        canvas.fill(new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(), pad, pad),
                context.theme().panel(), 0.85 * band);
        canvas.block(box, "caption band", band);
        if (beforeCaptioned) {
            drawCaption(canvas, context.scene().beats().get(index - 1).caption(), fadingOut(state.caption()));
        }
        if (picture.captioned()) {
            drawCaption(canvas, state.span().beat().caption(), beforeCaptioned ? fadingIn(state.caption()) : state.caption());
        }
    }

    private void drawCaption(Canvas canvas, String caption, double alpha) {
        if (caption.isBlank()) {
            return;
        }
        Rectangle2D box = context.caption();
        float pad = captionPad();
        ShapedText text = captionText(caption);
        float top = (float) (box.getCenterY() - text.height() / 2);
        canvas.text(text, (float) box.getX() + pad, top, (float) box.getWidth() - 2 * pad, ShapedText.Align.CENTER,
                context.theme().text(), alpha, null);
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
        Rectangle2D band = context.caption();
        float pad = captionPad();
        float wrap = (float) band.getWidth() - 2 * pad;
        float size = context.geometry().captionSize();
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
    static final class Pictures implements Beat.Visitor<BeatPicture> {
        private final PaintContext context;
        private final Map<List<Object>, BeatPicture> built = new HashMap<>();
        private StageLayout stage;

        Pictures(PaintContext context) {
            this.context = context;
        }

        BeatPicture of(Beat beat) {
            return beat.accept(this);
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
        public BeatPicture title(Beat.Title beat) {
            return shared(() -> new TitlePicture(context, beat.caption()), "title", beat.caption());
        }

        @Override
        public BeatPicture matrix(Beat.MatrixIntro beat) {
            return shared(() -> new MatrixIntroPicture(context), "matrix");
        }

        @Override
        public BeatPicture patterns(Beat.Patterns beat) {
            return shared(() -> new PatternsPicture(context), "patterns");
        }

        @Override
        public BeatPicture step(Beat.Step beat) {
            return shared(() -> new StagePicture(context, stage(), false), "step");
        }

        @Override
        public BeatPicture slide(Beat.Slide beat) {
            return shared(() -> new StagePicture(context, stage(), true), "slide");
        }

        @Override
        public BeatPicture featureMap(Beat.FeatureMapView beat) {
            return shared(() -> new FeatureMapPicture(context), "featuremap");
        }

        @Override
        public BeatPicture kernels(Beat.Kernels beat) {
            return shared(() -> new KernelsPicture(context), "kernels");
        }

        @Override
        public BeatPicture stride(Beat.StrideCompare beat) {
            return shared(() -> new StridePicture(context, beat.strides()), "stride", beat.strides());
        }

        @Override
        public BeatPicture padding(Beat.PaddingCompare beat) {
            return shared(() -> new PaddingPicture(context, beat.paddings()), "padding", beat.paddings());
        }

        @Override
        public BeatPicture activation(Beat.ActivationView beat) {
            return shared(() -> new ActivationPicture(context), "activation");
        }

        @Override
        public BeatPicture formula(Beat.Formula beat) {
            return shared(() -> new FormulaPicture(context, beat.at()), "formula", beat.at());
        }

        @Override
        public BeatPicture table(Beat.Table beat) {
            return shared(() -> new TablePicture(context, beat.header(), beat.rows()), "table", beat.header(), beat.rows());
        }

        @Override
        public BeatPicture myths(Beat.Myths beat) {
            return shared(() -> new MythsPicture(context, beat.items()), "myths", beat.items());
        }

        @Override
        public BeatPicture card(Beat.Card beat) {
            return shared(() -> new CardPicture(context, beat.lines()), "card", beat.lines());
        }
    }
}
