package convreel.export.pipeline;

import convreel.export.mp4.Segment;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a cached render did with each segment of its video.
 *
 * @param segments every segment, in order
 * @param rendered the segments it encoded; the others came from the cache
 * @param damaged  the segments the cache held but that failed their check (their bytes were not those
 *                 written, no hash was recorded for them, or they could not be read), and were encoded
 *                 again; they are among {@code rendered}
 * @param sound    what happened to the sound track
 */
public record CacheUse(List<Segment> segments, List<Segment> rendered, List<Segment> damaged, Sound sound) {

    /** The sound track of a cached render. */
    public enum Sound {
        /** The video has no sound. */
        NONE,
        /** Mixed and encoded by this render (nothing it depends on was in the cache). */
        MIXED,
        /** Taken from the cache: voices, music and length were those of an earlier render. */
        REUSED
    }

    public CacheUse {
        segments = List.copyOf(segments);
        rendered = List.copyOf(rendered);
        damaged = List.copyOf(damaged);
        java.util.Objects.requireNonNull(sound, "sound");
    }

    /** The segments taken from the cache. */
    public List<Segment> reused() {
        Set<String> encoded = rendered.stream().map(Segment::key).collect(Collectors.toSet());
        return segments.stream().filter(s -> !encoded.contains(s.key())).toList();
    }

    /** The beats (counted from 0) whose segments were encoded. */
    public List<Integer> renderedBeats() {
        return rendered.stream().map(Segment::beat).toList();
    }

    /** The beats (counted from 0) whose cached segments were damaged and encoded again. */
    public List<Integer> damagedBeats() {
        return damaged.stream().map(Segment::beat).distinct().toList();
    }
}
