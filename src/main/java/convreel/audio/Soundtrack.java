package convreel.audio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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

    /**
     * A SHA-256, in hex, of everything the mixed sound depends on besides the program itself: the
     * length, each voice's place, gain and file <em>content</em>, and the music's file content and
     * gain. Two soundtracks with the same fingerprint mix to the same samples under the same convreel,
     * so an encoded mix can be kept and reused across renders; a voice file recorded again under the
     * same name changes it.
     */
    public String fingerprint() throws IOException {
        MessageDigest sha = sha256();
        update(sha, "convreel-soundtrack fps " + fps + " frames " + videoFrames + " voices " + voices.size());
        for (VoicePlacement voice : voices) {
            NarrationClip clip = voice.clip();
            update(sha, "voice at " + voice.beatFrame() + " + " + clip.offset() + " samples " + clip.samples()
                    + " gain " + Double.doubleToLongBits(clip.gainDb()));
            updateWithFile(sha, clip.file());
        }
        if (music.isPresent()) {
            MusicTrack track = music.get();
            update(sha, "music samples " + track.samples() + " gain " + Double.doubleToLongBits(track.gainDb()));
            updateWithFile(sha, track.settings().file());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Adds a length-prefixed line, so no two different sequences of lines hash the same bytes. */
    private static void update(MessageDigest sha, String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        sha.update(java.nio.ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        sha.update(bytes);
    }

    private static void updateWithFile(MessageDigest sha, Path file) throws IOException {
        update(sha, "file of " + Files.size(file) + " bytes");
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
        }
    }
}
