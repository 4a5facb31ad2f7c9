package convreel.script;

import convreel.model.Limits;
import convreel.model.Location;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;

/**
 * Typed values out of YAML nodes: numbers, whole numbers, text, lists and mappings. Every
 * rejection names the value ({@code what}), says what was found and ends with the caller's hint.
 * Scalars are typed by the YAML 1.2 core schema, so {@code 3} is a number and {@code "3"} is text.
 */
final class NodeReader {
    private static final int MAX_SHOWN = 40;
    /** Characters in a numeral: far more than any number a scene can use has. */
    private static final int MAX_NUMBER_LENGTH = 100;

    private final SourceText source;

    NodeReader(SourceText source) {
        this.source = source;
    }

    SceneException error(Node at, String problem, String hint) {
        return source.at(at, problem, hint);
    }

    /** Where {@code node} starts, for messages about it after loading. */
    Location location(Node node) {
        return node.getStartMark()
                .map(mark -> new Location(source.shownAs(), mark.getLine() + 1, mark.getColumn() + 1))
                .orElse(new Location(source.shownAs(), 0, 0));
    }

    /** A key not among {@code known}, reported at the key, with a hint from the key tables. */
    SceneException unknownKey(Fields.Entry entry, List<String> known, String where) {
        return error(entry.keyNode(), "unknown key '" + entry.key() + "' " + where, SceneKeys.hintForUnknown(entry.key(), known));
    }

    /**
     * The node at {@code path} below {@code root}, each step a mapping's key or a list's index; where
     * the path goes past what is written (a key left out), the last node it reached.
     */
    static Node nearest(Node root, Object... path) {
        Node at = root;
        for (Object step : path) {
            Optional<Node> next = child(at, step);
            if (next.isEmpty()) {
                return at;
            }
            at = next.get();
        }
        return at;
    }

    /** The node at {@code path} below {@code root}, if it is written. */
    static Optional<Node> written(Node root, Object... path) {
        Optional<Node> at = Optional.of(root);
        for (Object step : path) {
            at = at.flatMap(node -> child(node, step));
        }
        return at;
    }

    private static Optional<Node> child(Node node, Object step) {
        if (step instanceof String key && node instanceof MappingNode mapping) {
            return mapping.getValue().stream()
                    .filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key))
                    .map(NodeTuple::getValueNode).findFirst();
        }
        if (step instanceof Integer index && node instanceof SequenceNode list && index < list.getValue().size()) {
            return Optional.of(list.getValue().get(index));
        }
        return Optional.empty();
    }

    /** " (line N)" of where {@code node} starts, for messages about a node that came before. */
    static String onLine(Node node) {
        return node.getStartMark().map(mark -> " (line " + (mark.getLine() + 1) + ")").orElse("");
    }

    /** " (first on line N)", for a name or key given twice. */
    static String firstOnLine(Node node) {
        return node.getStartMark().map(mark -> " (first on line " + (mark.getLine() + 1) + ")").orElse("");
    }

    /** A finite number. */
    double number(Node node, String what, String hint) throws SceneException {
        BigDecimal exact = numeric(node, what, hint);
        double value = exact.doubleValue();
        if (!Double.isFinite(value)) {
            throw error(node, what + " is " + shown(node) + ", too large to compute with", hint);
        }
        return value;
    }

    /** A whole number that fits an {@code int}; {@code 2.0} counts as whole. */
    int whole(Node node, String what, String hint) throws SceneException {
        BigDecimal exact = numeric(node, what, hint);
        BigDecimal stripped = exact.stripTrailingZeros();
        if (stripped.scale() > 0) {
            throw error(node, what + " is " + shown(node) + ", not a whole number", hint);
        }
        try {
            return exact.intValueExact();
        } catch (ArithmeticException tooLarge) {
            throw error(node, what + " is " + shown(node) + ", too large", hint);
        }
    }

    /**
     * Any non-null scalar, as written (so {@code title: 2024} is the text "2024"), of at most
     * {@link Limits#TEXT} characters. The line break that ends a {@code |} or {@code >} block is not
     * part of the text; any other control character (a tab, a line break, an escape such as
     * {@code \u0007}) is refused, as a subtitle file or a command line would carry it as it is. Text is
     * written on one line and wrapped where it is shown.
     */
    String text(Node node, String what, String hint) throws SceneException {
        if (isNull(node)) {
            throw error(node, what + " is empty", hint);
        }
        if (!(node instanceof ScalarNode scalar)) {
            throw error(node, what + " is " + describe(node) + ", not text", hint);
        }
        String text = scalar.getValue();
        if (scalar.getScalarStyle() == ScalarStyle.LITERAL || scalar.getScalarStyle() == ScalarStyle.FOLDED) {
            text = text.stripTrailing();
        }
        int length = text.codePointCount(0, text.length());
        if (length > Limits.TEXT) {
            throw error(node, what + " is " + length + " characters long, more than the limit of " + Limits.TEXT,
                    "shorten it to " + Limits.TEXT + " characters or fewer");
        }
        int control = text.codePoints().filter(NodeReader::isControl).findFirst().orElse(-1);
        if (control >= 0) {
            String name = switch (control) {
                case '\t' -> "a tab";
                case '\n', '\r', 0x2028, 0x2029 -> "a line break";
                default -> String.format(Locale.ROOT, "the control character U+%04X", control);
            };
            throw error(node, what + " contains " + name, control == '\t' ? "use spaces instead"
                    : control == '\n' || control == '\r' || control == 0x2028 || control == 0x2029
                            ? "write it on one line; it is wrapped to fit where it is shown"
                            : "remove it");
        }
        return text;
    }

    /** C0 and C1 controls and the Unicode line and paragraph separators; not the joiners Bangla spells with. */
    private static boolean isControl(int codePoint) {
        return Character.isISOControl(codePoint) || codePoint == 0x2028 || codePoint == 0x2029;
    }

    List<Node> list(Node node, String what, String hint) throws SceneException {
        if (isNull(node)) {
            throw error(node, what + " is empty", hint);
        }
        if (!(node instanceof SequenceNode sequence)) {
            throw error(node, what + " is " + describe(node) + ", not a list", hint);
        }
        return sequence.getValue();
    }

    /** The mapping's keys and values; rejects non-mappings, keys that are not words and repeated keys. */
    Fields fields(Node node, String what, String hint) throws SceneException {
        if (isNull(node)) {
            throw error(node, what + " is empty", hint);
        }
        if (!(node instanceof MappingNode mapping)) {
            throw error(node, what + " is " + describe(node) + ", not a mapping", hint);
        }
        return Fields.of(mapping, this);
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    static boolean isNumber(Node node) {
        return node instanceof ScalarNode && (Tag.INT.equals(node.getTag()) || Tag.FLOAT.equals(node.getTag()));
    }

    /** What a node is, for "X is ..., not a number": {@code a list}, {@code the text 'x'}, {@code the number 3}. */
    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        Tag tag = node.getTag();
        if (Tag.NULL.equals(tag)) {
            return "empty";
        }
        if (Tag.BOOL.equals(tag)) {
            return "the truth value " + shown(node);
        }
        if (isNumber(node)) {
            return "the number " + shown(node);
        }
        return "the text '" + shown(node) + "'";
    }

    /** A scalar as written, shortened for messages. */
    static String shown(Node node) {
        String value = node instanceof ScalarNode scalar ? scalar.getValue() : describe(node);
        value = value.replace("\n", "\\n");
        int[] codePoints = value.codePoints().toArray();
        return codePoints.length <= MAX_SHOWN ? value : new String(codePoints, 0, MAX_SHOWN - 1) + "…";
    }

    /** The node's exact numeric value; rejects anything but a finite int or float scalar. */
    private BigDecimal numeric(Node node, String what, String hint) throws SceneException {
        if (isNull(node)) {
            throw error(node, what + " is empty", hint);
        }
        if (!isNumber(node)) {
            if (node instanceof ScalarNode scalar && !scalar.isPlain() && parses(scalar.getValue())) {
                throw error(node, what + " is the quoted text " + quoted(scalar), "remove the quotes to make it a number");
            }
            throw error(node, what + " is " + describe(node) + ", not a number", hint);
        }
        String raw = ((ScalarNode) node).getValue();
        if (raw.length() > MAX_NUMBER_LENGTH) {
            // Turning a very long numeral into binary and back takes time that grows with its square.
            throw error(node, what + " is a number " + raw.length() + " characters long, more than the limit of "
                    + MAX_NUMBER_LENGTH, hint);
        }
        BigDecimal value = parse(raw);
        if (value == null) {
            throw error(node, what + " is " + shown(node) + ", not a finite number", hint);
        }
        return value;
    }

    private static String quoted(ScalarNode scalar) {
        return switch (scalar.getScalarStyle()) {
            case SINGLE_QUOTED -> "'" + scalar.getValue() + "'";
            default -> "\"" + scalar.getValue() + "\"";
        };
    }

    private static boolean parses(String text) {
        return CoreScalarResolver.INT.matcher(text).matches()
                || CoreScalarResolver.FLOAT.matcher(text).matches()
                        && parse(text) != null;
    }

    /** Core-schema number syntax to an exact value; null for .inf, .nan and anything unparsable. */
    private static BigDecimal parse(String raw) {
        try {
            if (raw.startsWith("0x")) {
                return new BigDecimal(new BigInteger(raw.substring(2), 16));
            }
            if (raw.startsWith("0o")) {
                return new BigDecimal(new BigInteger(raw.substring(2), 8));
            }
            String lower = raw.toLowerCase(Locale.ROOT);
            if (lower.contains("inf") || lower.contains("nan")) {
                return null;
            }
            return new BigDecimal(raw.endsWith(".") ? raw + "0" : raw);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
