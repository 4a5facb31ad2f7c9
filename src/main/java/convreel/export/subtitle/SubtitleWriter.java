package convreel.export.subtitle;

import convreel.io.StagedOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a {@link SubtitleTrack} as SubRip ({@code .srt}) or WebVTT ({@code .vtt}), UTF-8 without a
 * byte-order mark, lines ending in {@code \n}. Cue times are the frame boundaries, {@code frame / fps},
 * rounded to the millisecond both formats count in. Files are staged ({@link StagedOutput}), so a reader
 * never sees half a file.
 */
public final class SubtitleWriter {

    private SubtitleWriter() {
    }

    public static void writeSrt(Path file, SubtitleTrack track) throws IOException {
        write(file, srt(track));
    }

    public static void writeVtt(Path file, SubtitleTrack track) throws IOException {
        write(file, vtt(track));
    }

    /** The SubRip text: numbered cues, {@code HH:MM:SS,mmm --> HH:MM:SS,mmm}, text, a blank line. */
    public static String srt(SubtitleTrack track) {
        StringBuilder out = new StringBuilder();
        int number = 1;
        for (SubtitleCue cue : track.cues()) {
            out.append(number++).append('\n')
                    .append(time(cue.startFrame(), track.fps(), ',')).append(" --> ")
                    .append(time(cue.endFrame(), track.fps(), ',')).append('\n')
                    .append(cue.text()).append("\n\n");
        }
        return out.toString();
    }

    /**
     * The WebVTT text: the {@code WEBVTT} header, then cues {@code HH:MM:SS.mmm --> HH:MM:SS.mmm} with
     * {@code &}, {@code <} and {@code >} escaped as the format requires.
     */
    public static String vtt(SubtitleTrack track) {
        StringBuilder out = new StringBuilder("WEBVTT\n\n");
        for (SubtitleCue cue : track.cues()) {
            out.append(time(cue.startFrame(), track.fps(), '.')).append(" --> ")
                    .append(time(cue.endFrame(), track.fps(), '.')).append('\n')
                    .append(cue.text().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
                    .append("\n\n");
        }
        return out.toString();
    }

    /** {@code HH:MM:SS} then {@code separator} then milliseconds, of the start of {@code frame}. */
    static String time(int frame, int fps, char separator) {
        long millis = Math.floorDiv(2L * frame * 1000 + fps, 2L * fps);
        return String.format(java.util.Locale.ROOT, "%02d:%02d:%02d%c%03d",
                millis / 3_600_000, millis / 60_000 % 60, millis / 1000 % 60, separator, millis % 1000);
    }

    private static void write(Path file, String text) throws IOException {
        try (StagedOutput staged = StagedOutput.file(file)) {
            Files.writeString(staged.staging(), text, StandardCharsets.UTF_8);
            staged.commit();
        }
    }
}
