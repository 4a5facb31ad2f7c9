package convreel.script;

import convreel.model.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A scene file that cannot become a {@link convreel.model.Scene}. The message reads like a
 * compiler's: {@code file:line:column: what is wrong; what would be right}, then the offending
 * source line and a caret under the column. Problems with the file as a whole (missing, a
 * directory, unreadable) have no position and no source line: {@code file: what is wrong; hint}.
 */
public final class SceneException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String problem;
    private final String hint;
    private final String sourceLine;

    SceneException(String file, int line, int column, String problem, String hint, String sourceLine) {
        super(render(file, line, column, problem, hint, sourceLine));
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
        this.hint = hint == null ? "" : hint;
        this.sourceLine = sourceLine;
    }

    /**
     * A problem found after loading (a voice that cannot be synthesised, say) at a place in the scene
     * file: the line is read again from the file to be quoted; if that fails, the message has no quote.
     */
    public static SceneException at(Location where, String problem, String hint) {
        String line = null;
        try {
            List<String> lines = Files.readAllLines(Path.of(where.file()), StandardCharsets.UTF_8);
            line = where.line() >= 1 && where.line() <= lines.size() ? lines.get(where.line() - 1) : null;
        } catch (IOException | RuntimeException unreadable) {
            // The message stands without the quoted line.
        }
        return new SceneException(where.file(), where.line(), where.column(), problem, hint, line);
    }

    /** A problem with the file as a whole, not with a place inside it. */
    static SceneException aboutFile(String file, String problem, String hint) {
        return new SceneException(file, 0, 0, problem, hint, null);
    }

    /** The scene file's path as it was given (relative stays relative). */
    public String file() {
        return file;
    }

    /** The 1-based line of the problem, or 0 when the problem is the file as a whole. */
    public int line() {
        return line;
    }

    /** The 1-based column of the problem, or 0 when the problem is the file as a whole. */
    public int column() {
        return column;
    }

    /** What is wrong, e.g. {@code kernel 'big' is 5×5 but the padded image is 4×4}. */
    public String problem() {
        return problem;
    }

    /** What would be right, e.g. {@code use a kernel of at most 4×4, or padding: same}; empty if none. */
    public String hint() {
        return hint;
    }

    /** The most of a source line a message quotes, in characters. */
    private static final int QUOTED_WIDTH = 100;

    private static String render(String file, int line, int column, String problem, String hint, String sourceLine) {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line).append(':').append(column);
        }
        out.append(": ").append(problem);
        if (hint != null && !hint.isEmpty()) {
            out.append("; ").append(hint);
        }
        if (line > 0 && sourceLine != null) {
            int[] codePoints = sourceLine.codePoints().toArray();
            if (codePoints.length > QUOTED_WIDTH) {
                // A hostile file may put megabytes on one line: quote the stretch around the column.
                int from = Math.max(0, Math.min(column - 1 - QUOTED_WIDTH / 2, codePoints.length - QUOTED_WIDTH));
                int to = Math.min(codePoints.length, from + QUOTED_WIDTH);
                String before = from > 0 ? "…" : "";
                sourceLine = before + new String(codePoints, from, to - from) + (to < codePoints.length ? "…" : "");
                column = column - from + before.length();
            }
            String number = Integer.toString(line);
            String gutter = " ".repeat(Math.max(0, 5 - number.length()));
            out.append('\n').append((gutter + number + " | " + printable(sourceLine)).stripTrailing());
            out.append('\n').append(" ".repeat(gutter.length() + number.length())).append(" | ")
                    .append(caretPadding(sourceLine, column)).append('^');
        }
        return out.toString();
    }

    /** The line with control characters other than tab shown as U+FFFD, so a terminal prints it as is. */
    private static String printable(String line) {
        StringBuilder shown = new StringBuilder(line.length());
        line.codePoints().forEach(c -> shown.appendCodePoint(Character.isISOControl(c) && c != '\t' ? 0xFFFD : c));
        return shown.toString();
    }

    /** Blanks up to the column, keeping the source's tabs so the caret lines up under them. */
    private static String caretPadding(String sourceLine, int column) {
        StringBuilder pad = new StringBuilder();
        int[] codePoints = sourceLine.codePoints().toArray();
        for (int i = 0; i < column - 1; i++) {
            pad.append(i < codePoints.length && codePoints[i] == '\t' ? '\t' : ' ');
        }
        return pad.toString();
    }
}
