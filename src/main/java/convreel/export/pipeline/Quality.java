package convreel.export.pipeline;

import convreel.export.mp4.Mp4Sink;










/**
 * How finely a video is rendered. {@link #FINAL} is the upload: the scene's full frame, x264
 * {@value Mp4Sink#DEFAULT_PRESET}. {@link #DRAFT} is a preview: half the width and height (540p for a
 * landscape scene) and x264 {@code ultrafast}, several times quicker to paint and to encode. The painter
 * lays the frame out for whatever size it is given, so a draft shows the same picture, smaller.
 */
public enum Quality {
    DRAFT("draft", 2, "ultrafast"),
    FINAL("final", 1, Mp4Sink.DEFAULT_PRESET);

    private final String label;
    private final int divisor;
    private final String preset;

    Quality(String label, int divisor, String preset) {
        this.label = label;
        this.divisor = divisor;
        this.preset = preset;
    }

    /** {@code draft} or {@code final}, as the command line spells it. */
    public String label() {
        return label;
    }

    /** The x264 preset this quality encodes with. */
    public String preset() {
        return preset;
    }

    /** A side of {@code pixels} in the scene's format, at this quality: even, as yuv420p needs. */
    public int size(int pixels) {
        int scaled = pixels / divisor;
        return scaled - scaled % 2;
    }
}
