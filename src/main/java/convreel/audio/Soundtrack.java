package convreel.audio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the video's sound is made of: voices placed on their beats' first frames and, optionally,
 * music under them, for a video of {@code videoFrames} frames at {@code fps}. {@link #mix(Path)}
 * renders it.
 */
public record Soundtrack(int fps, int videoFrames, List<VoicePlacement> voices, Optional<MusicTrack> music) {
    public Soundtrack {
        voices = List.copyOf(voices);
        Objects.requireNonNull(music, "music");
        if (fps < 1 || videoFrames < 1) {
            throw new IllegalArgumentException("a soundtrack needs a positive frame rate and length, got "
                    + videoFrames + " frames at " + fps + " fps");
        }
    }

    /**
     * The soundtrack of a video whose beat {@code i} starts on frame {@code beatStartFrames[i]}: each
     * clip starts with its beat.
     */
    public static Soundtrack of(int fps, int videoFrames, int[] beatStartFrames, List<NarrationClip> clips,
            Optional<MusicTrack> music) {
        List<VoicePlacement> voices = new java.util.ArrayList<>(clips.size());
        for (NarrationClip clip : clips) {
            if (clip.beatIndex() >= beatStartFrames.length) {
                throw new IllegalArgumentException("a clip is for beat " + (clip.beatIndex() + 1) + " but there are only "
                        + beatStartFrames.length + " beats");
            }
            voices.add(new VoicePlacement(beatStartFrames[clip.beatIndex()], clip));
        }
        return new Soundtrack(fps, videoFrames, voices, music);
    }

    /** The length of the video, and so of the sound, in {@link Pcm} samples. */
    public long samples() {
        return Pcm.sampleAtFrame(videoFrames, fps);
    }

    /**
     * Mixes the voices and the music, then brings the mix to {@value SoundtrackMixer#TARGET_LUFS} LUFS
     * with true peaks at most {@value SoundtrackMixer#LIMIT_DBTP} dBTP. Intermediate PCM goes to
     * temporary files in {@code workDirectory} (the system's temporary folder if null); the result is
     * one such file, deleted when the returned {@link MixedAudio} is closed.
     */
    public MixedAudio mix(Path workDirectory) throws IOException {
        return SoundtrackMixer.mix(this, workDirectory);
    }
}
