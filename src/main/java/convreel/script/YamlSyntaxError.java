package convreel.script;

import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * A YAML syntax error from the reader, retold for someone writing a scene: what went wrong in
 * plain words, where it is best pointed at (an unclosed quote is shown where it opens, not where
 * the file ends) and what usually fixes it.
 */
final class YamlSyntaxError {
    private static final String PREFIX = "invalid YAML: ";

    private YamlSyntaxError() {
    }

    static SceneException of(MarkedYamlEngineException error, SourceText source) {
        String problem = error.getProblem() == null ? "" : error.getProblem();
        String context = error.getContext() == null ? "" : error.getContext();
        Optional<Mark> here = error.getProblemMark();
        Optional<Mark> opened = error.getContextMark();
        boolean atEnd = problem.contains("<stream end>") || problem.contains("end of stream");

        Optional<SceneException> runOn = here.flatMap(mark -> unclosedQuoteBefore(mark, source));
        if (runOn.isPresent()) {
            return runOn.get();
        }

        if (problem.contains("(TAB)")) {
            return at(source, here, opened, "a tab is used for indentation", "indent with spaces, as YAML does not allow tabs there");
        }
        if (problem.startsWith("found character '") && problem.contains("cannot start any token")) {
            String character = problem.substring("found character '".length(), problem.indexOf('\'', "found character '".length()));
            return at(source, here, opened, "a plain value cannot start with '" + character + "'", "put the value in quotes");
        }
        if (context.contains("quoted scalar") && atEnd) {
            return at(source, opened, here, "this quoted text is never closed", "end it with the quote mark it starts with");
        }
        if (problem.startsWith("expected ',' or ']'") || problem.startsWith("expected ',' or '}'")) {
            boolean list = problem.contains("']'");
            String what = list ? "list" : "mapping";
            String close = list ? "']'" : "'}'";
            String hint = "separate the values with commas and close the " + what + " with " + close;
            if (atEnd) {
                return at(source, opened, here, "this " + what + " in brackets is never closed", hint);
            }
            String start = opened.map(m -> " that opens on line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1)).orElse("");
            return at(source, here, opened, "the " + what + start + " needs a ',' or " + close + " before this", hint);
        }
        if (problem.equals("mapping values are not allowed here")) {
            return at(source, here, opened, "a ': ' is not allowed here",
                    "check this line's indentation, or put a value that contains ': ' in quotes");
        }
        if (problem.startsWith("expected <block end>")) {
            return at(source, here, opened, "this line is not indented like the lines it belongs with",
                    "start keys of the same mapping, and '- ' items of the same list, in the same column");
        }
        if (problem.equals("could not find expected ':'")) {
            return at(source, opened, here, "this line has no ':' after its key", "write 'key: value', with a space after the colon");
        }
        if (problem.equals("but found another document")) {
            return at(source, here, opened, "a second document starts here",
                    "a scene file holds one scene, so remove this '---' and what follows it");
        }
        if (problem.startsWith("found undefined alias ")) {
            String name = problem.substring("found undefined alias ".length());
            return at(source, here, opened, "'*" + name + "' refers to no anchor",
                    "define '&" + name + "' earlier in the file, or put the value in quotes");
        }
        String told = problem.isEmpty() ? context : problem;
        return at(source, atEnd ? opened.or(() -> here) : here, opened, told,
                "check the indentation, colons, brackets and quotes here");
    }

    /**
     * An error just after a closing quote usually means an earlier quote was left open and swallowed
     * the lines in between, so the useful place to point at is where that quoted text opens.
     */
    private static Optional<SceneException> unclosedQuoteBefore(Mark mark, SourceText source) {
        String text = source.line(mark.getLine() + 1);
        if (text == null) {
            return Optional.empty();
        }
        int[] here = text.codePoints().toArray();
        int closing = mark.getColumn() - 1;
        if (closing < 0 || closing >= here.length || (here[closing] != '"' && here[closing] != '\'')) {
            return Optional.empty();
        }
        int quote = here[closing];
        int column = closing - 1;
        for (int line = mark.getLine() + 1; line >= 1; line--) {
            int[] cells = source.line(line).codePoints().toArray();
            if (line <= mark.getLine()) {
                column = cells.length - 1;
            }
            for (; column >= 0; column--) {
                boolean escaped = quote == '"' && column > 0 && cells[column - 1] == '\\';
                if (cells[column] == quote && !escaped) {
                    if (line == mark.getLine() + 1) {
                        return Optional.empty();
                    }
                    String q = new String(Character.toChars(quote));
                    return Optional.of(source.at(line, column + 1,
                            PREFIX + "this quoted text is not closed on its line, so it runs on to line " + (mark.getLine() + 1),
                            "close it with " + q + " before the end of this line"));
                }
            }
        }
        return Optional.empty();
    }

    private static SceneException at(SourceText source, Optional<Mark> preferred, Optional<Mark> fallback,
            String problem, String hint) {
        return preferred.or(() -> fallback)
                .map(mark -> source.at(mark, PREFIX + problem, hint))
                .orElseGet(() -> SceneException.aboutFile(source.shownAs(), PREFIX + problem, hint));
    }
}
