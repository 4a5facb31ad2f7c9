package convreel.export.subtitle;

import java.util.ArrayList;
import java.util.List;

/** The subtitles of a video at {@code fps} frames per second, in order and not overlapping. */
public record SubtitleTrack(int fps, List<SubtitleCue> cues) {
    public SubtitleTrack {
        cues = List.copyOf(cues);
        if (fps < 1) {
            throw new IllegalArgumentException("fps must be positive, got " + fps);
        }
        for (int i = 1; i < cues.size(); i++) {
            if (cues.get(i).startFrame() < cues.get(i - 1).endFrame()) {
                throw new IllegalArgumentException("subtitle " + (i + 1) + " starts on frame " + cues.get(i).startFrame()
                        + ", before subtitle " + i + " ends on frame " + cues.get(i - 1).endFrame());
            }
        }
    }

    /**
     * The cues of a sequence of beats: each beat's text split by {@link CaptionLines} into cues of at
     * most two lines of {@value CaptionLines#MAX_LINE_LENGTH} characters, sharing the beat's spoken
     * frames in proportion to their length (the last staying until the beat ends). Beats with no
     * text have no cues. A beat too short to give every cue a frame shows its text as one cue.
     */
    public static SubtitleTrack fromBeats(int fps, List<BeatSubtitle> beats) {
        List<SubtitleCue> cues = new ArrayList<>();
        for (BeatSubtitle beat : beats) {
            cues.addAll(split(beat));
        }
        return new SubtitleTrack(fps, cues);
    }

    private static List<SubtitleCue> split(BeatSubtitle beat) {
        List<String> texts = CaptionLines.cues(beat.text());
        int n = texts.size();
        if (n == 0) {
            return List.of();
        }
        int start = beat.startFrame();
        int spoken = beat.speechEndFrame();
        if (spoken - start < n) {
            spoken = beat.endFrame();
        }
        if (spoken - start < n) {
            return List.of(new SubtitleCue(start, beat.endFrame(), String.join("\n", texts)));
        }
        long[] weights = new long[n];
        long total = 0;
        for (int i = 0; i < n; i++) {
            weights[i] = Math.max(1, CaptionLines.length(texts.get(i).replace('\n', ' ')));
            total += weights[i];
        }
        List<SubtitleCue> cues = new ArrayList<>(n);
        int from = start;
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += weights[i];
            int to;
            if (i == n - 1) {
                to = beat.endFrame();
            } else {
                to = start + (int) Math.round((double) sum / total * (spoken - start));
                // every cue at least one frame, and room left for the cues after it
                to = Math.max(from + 1, Math.min(to, spoken - (n - 1 - i)));
            }
            cues.add(new SubtitleCue(from, to, texts.get(i)));
            from = to;
        }
        return cues;
    }
}
