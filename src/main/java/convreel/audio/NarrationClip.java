package convreel.audio;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A beat's voice, or one phrase of it, ready to mix: the sound file (recorded, or synthesised and
 * cached) with its length and loudness measured, and where it starts within its beat.
 *
 * @param beatIndex    the beat's position in the scene, from 0
 * @param file         the sound file, in any format FFmpeg decodes
 * @param samples      its length in {@link Pcm} samples, as decoded
 * @param loudnessLufs its integrated loudness; negative infinity if too short or quiet to measure
 * @param offset       where it starts, in {@link Pcm} samples after its beat's first frame: 0 for a
 *                     beat said in one piece, later for the second and further phrases
 */
public record NarrationClip(int beatIndex, Path file, long samples, double loudnessLufs, long offset) {
    /** Every voice is brought to this loudness before mixing, so recorded and synthesised beats match. */
    public static final double VOICE_LEVEL_LUFS = -18;
    /** The most a quiet clip is raised, so a near-silent file does not become loud hiss. */
    private static final double MAX_BOOST_DB = 30;

    public NarrationClip {
        Objects.requireNonNull(file, "file");
        if (beatIndex < 0 || samples < 0 || offset < 0) {
            throw new IllegalArgumentException("beat index, length and offset must be 0 or more, got " + beatIndex + ", "
                    + samples + " and " + offset);
        }
    }

    /** A clip that starts with its beat. */
    public NarrationClip(int beatIndex, Path file, long samples, double loudnessLufs) {
        this(beatIndex, file, samples, loudnessLufs, 0);
    }

    /** The same clip starting {@code offset} samples into its beat. */
    public NarrationClip at(long offset) {
        return new NarrationClip(beatIndex, file, samples, loudnessLufs, offset);
    }

    /** Where it ends, in samples after its beat's first frame. */
    public long end() {
        return offset + samples;
    }

    public double seconds() {
        return Pcm.seconds(samples);
    }

    /** Where it starts, in seconds after its beat's first frame. */
    public double startSeconds() {
        return Pcm.seconds(offset);
    }

    /** The gain, in dB, that brings this clip to {@link #VOICE_LEVEL_LUFS}; 0 if it could not be measured. */
    public double gainDb() {
        return Double.isFinite(loudnessLufs) ? Math.min(VOICE_LEVEL_LUFS - loudnessLufs, MAX_BOOST_DB) : 0;
    }
}
