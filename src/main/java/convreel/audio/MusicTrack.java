package convreel.audio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.Objects;

/**
 * Background music checked and measured before rendering: the file decodes, it has sound, and its
 * length and loudness are known, so the mixer can loop it seamlessly and set its level.
 *
 * @param samples      the length of one pass through the file, in {@link Pcm} samples
 * @param loudnessLufs its integrated loudness (finite: silent music is refused)
 */
public record MusicTrack(MusicSettings settings, long samples, double loudnessLufs) {

    public MusicTrack {
        Objects.requireNonNull(settings, "settings");
        if (samples <= 0 || !Double.isFinite(loudnessLufs)) {
            throw new IllegalArgumentException("music must have sound, got " + samples + " samples at " + loudnessLufs + " LUFS");
        }
    }

    /** Decodes and measures the music file. */
    public static MusicTrack prepare(MusicSettings settings) throws MusicException {
        String shown = "music file '" + settings.file() + "'";
        if (!Files.exists(settings.file())) {
            throw new MusicException(shown + " does not exist", "music paths are relative to the scene file's folder", null);
        }
        if (Files.isDirectory(settings.file())) {
            throw new MusicException(shown + " is a folder, not a sound file", "name a wav, mp3, m4a, ogg or flac file", null);
        }
        Loudness loudness;
        try {
            loudness = LoudnessMeter.measure(settings.file(), false);
        } catch (NoSuchFileException e) {
            throw new MusicException(shown + " does not exist", "", e);
        } catch (IOException e) {
            throw new MusicException(shown + " cannot be decoded: " + e.getMessage(),
                    "use a wav, mp3, m4a, ogg or flac file", e);
        }
        if (loudness.samples() == 0 || !loudness.isMeasurable()) {
            throw new MusicException(shown + " is silent", "choose a file with sound in it, or leave music out", null);
        }
        return new MusicTrack(settings, loudness.samples(), loudness.integratedLufs());
    }

    /** The gain, in dB, that brings the music to the voices' level and then to its volume. */
    public double gainDb() {
        return NarrationClip.VOICE_LEVEL_LUFS - loudnessLufs + 20 * Math.log10(settings.volume());
    }
}
