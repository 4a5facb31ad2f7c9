package convreel.script;

import java.util.List;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * A scene file's text and the name it goes by in messages; turns a node or a YAML mark into a
 * {@link SceneException} that quotes the offending line.
 */
final class SourceText {
    private final String shownAs;
    private final List<String> lines;

    SourceText(String shownAs, String text) {
        this.shownAs = shownAs;
        // The same line breaks as the YAML reader counts, so its marks index these lines.
        this.lines = List.of(text.split("\r\n|\r|\n", -1));
    }

    String shownAs() {
        return shownAs;
    }

    /** Line {@code number} (1-based) without its line break, or null past the end. */
    String line(int number) {
        return number >= 1 && number <= lines.size() ? lines.get(number - 1) : null;
    }

    /** An error pointing at where {@code node} starts. */
    SceneException at(Node node, String problem, String hint) {
        return node.getStartMark()
                .map(mark -> at(mark, problem, hint))
                .orElseGet(() -> SceneException.aboutFile(shownAs, problem, hint));
    }

    /** An error pointing at a YAML reader mark (zero-based line and column). */
    SceneException at(Mark mark, String problem, String hint) {
        return at(mark.getLine() + 1, mark.getColumn() + 1, problem, hint);
    }

    /** An error at a 1-based line and column. */
    SceneException at(int line, int column, String problem, String hint) {
        return new SceneException(shownAs, line, column, problem, hint, line(line));
    }
}
