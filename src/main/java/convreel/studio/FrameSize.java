package convreel.studio;

import convreel.export.pipeline.Quality;
import java.util.Optional;

/**
 * How large the studio paints a frame: {@link #PREVIEW} is a draft's size (half the width and height,
 * laid out for it, not scaled) and quick enough to scrub; {@link #FULL} is the video's own frame.
 */
enum FrameSize {
    PREVIEW("preview", Quality.DRAFT),
    FULL("full", Quality.FINAL);

    private final String word;
    private final Quality quality;

    FrameSize(String word, Quality quality) {
        this.word = word;
        this.quality = quality;
    }

    /** A side of {@code pixels} in the scene's format, at this size. */
    int size(int pixels) {
        return quality.size(pixels);
    }

    /** The size a request names with {@code size=...}, or empty for a word the studio does not know. */
    static Optional<FrameSize> byWord(String word) {
        for (FrameSize size : values()) {
            if (size.word.equals(word)) {
                return Optional.of(size);
            }
        }
        return Optional.empty();
    }
}
