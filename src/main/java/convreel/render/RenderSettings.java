package convreel.render;

import convreel.export.pipeline.Quality;











/**
 * How a scene is rendered, apart from what and where.
 *
 * @param quality  the size and encoder preset
 * @param useCache whether to reuse and store encoded segments of beats ({@code --no-cache} turns it off)
 * @param threads  how many threads paint frames
 */
public record RenderSettings(Quality quality, boolean useCache, int threads) {

    public RenderSettings {
        if (threads < 1) {
            throw new IllegalArgumentException("at least 1 painting thread, got " + threads);
        }
    }

}
