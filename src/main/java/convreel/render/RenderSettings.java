package convreel.render;

import convreel.export.pipeline.Quality;

/**
 * How a scene is rendered, apart from what and where.
 *
 * @param quality  the size and encoder preset
 * @param useCache whether to reuse and store encoded segments of beats ({@code --no-cache} turns it off)
 * @param threads  how many threads paint frames
 * @param encoders how many beats' segments a cached render encodes at once, each with its own x264 and
 *                 its share of the painting threads
 */
public record RenderSettings(Quality quality, boolean useCache, int threads, int encoders) {

    public RenderSettings {
        if (threads < 1) {
            throw new IllegalArgumentException("at least 1 painting thread, got " + threads);
        }
        if (encoders < 1) {
            throw new IllegalArgumentException("at least 1 encoder, got " + encoders);
        }
    }

    /** One segment encoded at a time. */
    public RenderSettings(Quality quality, boolean useCache, int threads) {
        this(quality, useCache, threads, 1);
    }

}
