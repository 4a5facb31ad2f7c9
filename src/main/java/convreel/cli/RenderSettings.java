package convreel.cli;

import convreel.export.Quality;

/**
 * How a scene is rendered, apart from what and where.
 *
 * @param quality  the size and encoder preset
 * @param useCache whether to reuse and store encoded segments of beats ({@code --no-cache} turns it off)
 * @param threads  how many threads paint frames
 */
record RenderSettings(Quality quality, boolean useCache, int threads) {

    RenderSettings {
        if (threads < 1) {
            throw new IllegalArgumentException("at least 1 painting thread, got " + threads);
        }
    }

    /** Final quality, with the cache, painting on every processor. */
    static RenderSettings standard() {
        return of(new RenderOptions(), Runtime.getRuntime().availableProcessors());
    }

    static RenderSettings of(RenderOptions options, int threads) {
        return new RenderSettings(options.quality, !options.noCache, threads);
    }
}
