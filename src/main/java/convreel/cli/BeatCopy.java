package convreel.cli;

import convreel.model.Beat;

/** A beat with another caption and length, everything else kept: for the benchmark's edited and long scenes. */
final class BeatCopy implements Beat.Visitor<Beat> {
    private final String caption;
    private final double seconds;

    private BeatCopy(String caption, double seconds) {
        this.caption = caption;
        this.seconds = seconds;
    }

    /** {@code beat} with {@code caption} and lasting {@code seconds}. */
    static Beat of(Beat beat, String caption, double seconds) {
        return beat.accept(new BeatCopy(caption, seconds));
    }

    @Override
    public Beat title(Beat.Title beat) {
        return new Beat.Title(caption, seconds);
    }

    @Override
    public Beat matrix(Beat.MatrixIntro beat) {
        return new Beat.MatrixIntro(caption, seconds);
    }

    @Override
    public Beat patterns(Beat.Patterns beat) {
        return new Beat.Patterns(caption, seconds);
    }

    @Override
    public Beat step(Beat.Step beat) {
        return new Beat.Step(caption, seconds, beat.at());
    }

    @Override
    public Beat slide(Beat.Slide beat) {
        return new Beat.Slide(caption, seconds);
    }

    @Override
    public Beat featureMap(Beat.FeatureMapView beat) {
        return new Beat.FeatureMapView(caption, seconds);
    }

    @Override
    public Beat kernels(Beat.Kernels beat) {
        return new Beat.Kernels(caption, seconds);
    }

    @Override
    public Beat stride(Beat.StrideCompare beat) {
        return new Beat.StrideCompare(caption, seconds, beat.strides());
    }

    @Override
    public Beat padding(Beat.PaddingCompare beat) {
        return new Beat.PaddingCompare(caption, seconds, beat.paddings());
    }

    @Override
    public Beat activation(Beat.ActivationView beat) {
        return new Beat.ActivationView(caption, seconds);
    }

    @Override
    public Beat formula(Beat.Formula beat) {
        return new Beat.Formula(caption, seconds, beat.at());
    }

    @Override
    public Beat table(Beat.Table beat) {
        return new Beat.Table(caption, seconds, beat.header(), beat.rows());
    }

    @Override
    public Beat myths(Beat.Myths beat) {
        return new Beat.Myths(caption, seconds, beat.items());
    }

    @Override
    public Beat card(Beat.Card beat) {
        return new Beat.Card(caption, seconds, beat.lines());
    }
}
