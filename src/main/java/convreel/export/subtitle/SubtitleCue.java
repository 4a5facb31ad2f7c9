package convreel.export.subtitle;

import java.util.Objects;

/**
 * One subtitle: {@code text} on screen from the start of frame {@code startFrame} to the start of
 * frame {@code endFrame} (exclusive), so its times are frame boundaries. The text has at most one
 * line break (two caption lines).
 */
public record SubtitleCue(int startFrame, int endFrame, String text) {
    public SubtitleCue {
        Objects.requireNonNull(text, "text");
        if (startFrame < 0 || endFrame <= startFrame) {
            throw new IllegalArgumentException("a subtitle needs 0 <= start < end, got frames " + startFrame + ".." + endFrame);
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("a subtitle needs text, got none at frame " + startFrame);
        }
    }
}
