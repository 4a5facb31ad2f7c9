package convreel.script;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * The entries of one YAML mapping in the order they are written, each key a word written once.
 * Walking entries in source order lets the loader report the first problem in the file first.
 */
final class Fields {

    /** One {@code key: value} line; both nodes keep their source positions. */
    record Entry(String key, Node keyNode, Node value) {
    }

    private final MappingNode node;
    private final Map<String, Entry> entries;

    private Fields(MappingNode node, Map<String, Entry> entries) {
        this.node = node;
        this.entries = entries;
    }

    static Fields of(MappingNode node, NodeReader reader) throws SceneException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalar) || NodeReader.isNull(keyNode)) {
                throw reader.error(keyNode, "a key here is " + NodeReader.describe(keyNode) + ", not a word",
                        "write one 'key: value' per line");
            }
            String key = scalar.getValue();
            Entry first = entries.get(key);
            if (first != null) {
                throw reader.error(keyNode, "key '" + key + "' appears twice" + NodeReader.firstOnLine(first.keyNode()),
                        "keep only one of them");
            }
            entries.put(key, new Entry(key, keyNode, tuple.getValueNode()));
        }
        return new Fields(node, entries);
    }

    /** The mapping itself, for "... has no X" errors. */
    MappingNode node() {
        return node;
    }

    List<Entry> entries() {
        return new ArrayList<>(entries.values());
    }

    Optional<Entry> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }
}
