package convreel.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Subtitle files read back, so tests check what a player would show. */
public final class ParsedSubtitles {
    private ParsedSubtitles() {
    }

    /** A cue as read back from a file: times in milliseconds. */
    public record Cue(long startMillis, long endMillis, String text) {
    }

    private static final Pattern TIMING = Pattern.compile(
            "(\\d\\d):(\\d\\d):(\\d\\d)[,.](\\d\\d\\d) --> (\\d\\d):(\\d\\d):(\\d\\d)[,.](\\d\\d\\d)");

    /** A small SRT/VTT reader: blocks separated by blank lines; a timing line, then the text lines. */
    public static List<Cue> parse(String file, boolean vtt) {
        String[] blocks = file.split("\n\n");
        List<Cue> cues = new ArrayList<>();
        for (int b = 0; b < blocks.length; b++) {
            if (blocks[b].isBlank() || (vtt && b == 0)) {
                continue;
            }
            List<String> lines = List.of(blocks[b].split("\n"));
            int timing = vtt ? 0 : 1;
            if (!vtt) {
                assertEquals(String.valueOf(cues.size() + 1), lines.get(0), "cue number");
            }
            Matcher m = TIMING.matcher(lines.get(timing));
            assertTrue(m.matches(), "timing line: " + lines.get(timing));
            String text = String.join("\n", lines.subList(timing + 1, lines.size()));
            if (vtt) {
                text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
            }
            cues.add(new Cue(millis(m, 1), millis(m, 5), text));
        }
        return cues;
    }

    private static long millis(Matcher m, int group) {
        return ((Long.parseLong(m.group(group)) * 60 + Long.parseLong(m.group(group + 1))) * 60
                + Long.parseLong(m.group(group + 2))) * 1000 + Long.parseLong(m.group(group + 3));
    }
}
