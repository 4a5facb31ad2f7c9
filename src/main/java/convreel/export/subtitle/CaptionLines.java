package convreel.export.subtitle;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a beat's caption into subtitle lines and cues. A line holds at most
 * {@value #MAX_LINE_LENGTH} characters, the common subtitle guideline for a line read at a glance.
 * Characters are counted as a reader sees them: letters, digits, punctuation and spaces count one
 * each; combining marks (Bangla vowel signs, the hasanta, chandrabindu) and invisible joiners count
 * nothing, since they attach to the letter before them. Lines break only at spaces; a single word
 * longer than a line gets a line of its own. A cue is at most {@value #LINES_PER_CUE} lines.
 */
final class CaptionLines {
    static final int MAX_LINE_LENGTH = 42;
    static final int LINES_PER_CUE = 2;

    private CaptionLines() {
    }

    /** The text with every run of white space (line breaks included) made one space, trimmed. */
    static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** The number of characters a reader sees in {@code text}, counted as described above. */
    static int length(String text) {
        return (int) text.codePoints().filter(c -> {
            int type = Character.getType(c);
            return type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK && type != Character.FORMAT;
        }).count();
    }

    /** The text filled greedily into lines of at most {@value #MAX_LINE_LENGTH} characters. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int lineLength = 0;
        for (String word : normalise(text).split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            int wordLength = length(word);
            if (lineLength > 0 && lineLength + 1 + wordLength > MAX_LINE_LENGTH) {
                lines.add(line.toString());
                line.setLength(0);
                lineLength = 0;
            }
            if (lineLength > 0) {
                line.append(' ');
                lineLength++;
            }
            line.append(word);
            lineLength += wordLength;
        }
        if (lineLength > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text as cue texts of at most {@value #LINES_PER_CUE} lines each, lines joined by {@code \n}. */
    static List<String> cues(String text) {
        List<String> lines = lines(text);
        List<String> cues = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += LINES_PER_CUE) {
            cues.add(String.join("\n", lines.subList(i, Math.min(lines.size(), i + LINES_PER_CUE))));
        }
        return cues;
    }
}
