package convreel.audio;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The music's gain over time: 1 between voices, {@code duck} while a voice speaks, with raised-cosine
 * ramps of {@code ramp} samples that end as a voice starts and begin as it ends, so the music is
 * already down for the first syllable and rises only after the last. Voices closer together than
 * {@code mergeGap} count as one, so the music does not bob up in the short pauses between beats.
 * The envelope follows the clips' spans, not their signal: it is deterministic, and pauses inside a
 * sentence do not make the music pump.
 */
final class DuckingEnvelope {
    private final long[] starts;
    private final long[] ends;
    private final long ramp;
    private final float duck;

    /**
     * @param spans    {@code [start, end)} of each voice, in samples, in any order
     * @param ramp     length of each ramp in samples, at least 1
     * @param duck     the gain while a voice speaks, 0 to 1
     * @param mergeGap voices whose gap is shorter than this many samples are ducked as one; at least
     *                 {@code 2 * ramp}, so ramps never overlap
     */
    DuckingEnvelope(List<long[]> spans, long ramp, float duck, long mergeGap) {
        if (ramp < 1 || mergeGap < 2 * ramp || !(duck >= 0 && duck <= 1)) {
            throw new IllegalArgumentException("ramp " + ramp + ", merge gap " + mergeGap + ", duck " + duck);
        }
        List<long[]> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingLong(span -> span[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] span : sorted) {
            if (span[1] <= span[0]) {
                continue;
            }
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span[0] - last[1] < mergeGap) {
                last[1] = Math.max(last[1], span[1]);
            } else {
                merged.add(new long[] {span[0], span[1]});
            }
        }
        starts = merged.stream().mapToLong(span -> span[0]).toArray();
        ends = merged.stream().mapToLong(span -> span[1]).toArray();
        this.ramp = ramp;
        this.duck = duck;
    }

    /** The number of separate ducked stretches, after merging. */
    int stretches() {
        return starts.length;
    }

    /** The gain at {@code sample}. */
    float gainAt(long sample) {
        int i = stretchNear(sample);
        return i < 0 ? 1f : gain(i, sample);
    }

    /** Writes the gains of samples {@code first .. first+count-1} to {@code gains[0 .. count-1]}. */
    void fill(long first, float[] gains, int count) {
        int i = stretchNear(first);
        if (i < 0) {
            i = 0;
        }
        for (int k = 0; k < count; k++) {
            long t = first + k;
            while (i < starts.length && t >= ends[i] + ramp) {
                i++;
            }
            gains[k] = i < starts.length ? gain(i, t) : 1f;
        }
    }

    /** The first stretch whose ramped span ends after {@code sample}, or -1 if none. */
    private int stretchNear(long sample) {
        int low = 0;
        int high = starts.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ends[mid] + ramp <= sample) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low < starts.length ? low : -1;
    }

    private float gain(int i, long t) {
        long start = starts[i];
        long end = ends[i];
        if (t < start - ramp || t >= end + ramp) {
            return 1f;
        }
        if (t >= start && t < end) {
            return duck;
        }
        double x = t < start ? (double) (start - t) / ramp : (double) (t - end + 1) / ramp;
        // x runs 0 (at the voice) to 1 (a ramp away); a raised cosine from duck to 1
        double rise = (1 - Math.cos(Math.PI * Math.min(x, 1))) / 2;
        return (float) (duck + (1 - duck) * rise);
    }
}
