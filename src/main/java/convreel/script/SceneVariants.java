package convreel.script;

import convreel.model.Limits;
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
 * A scene file's {@code variants:}: one scene per variant, each the scene's mapping with the
 * variant's keys in place of the scene's own, named {@code <scene>-<variant>}. The merged mapping
 * is made of the nodes as written, so errors keep pointing at the lines they come from, in the
 * scene or in the variant.
 */
final class SceneVariants {
    /** One scene to read: its name and its mapping. */
    record Variant(String name, Node root) {
    }

    private static final String EXAMPLE = "- name: vertical, with the keys it changes, such as title: or kernels:";

    private final NodeReader reader;

    SceneVariants(NodeReader reader) {
        this.reader = reader;
    }

    /** The scene itself, or without problems in its variants, one scene per variant. */
    List<Variant> of(Node root, String name) throws SceneException {
        if (!(root instanceof MappingNode mapping)) {
            return List.of(new Variant(name, root));
        }
        Optional<Fields.Entry> variants = reader.fields(root, "the scene", "").get("variants");
        if (variants.isEmpty()) {
            return List.of(new Variant(name, root));
        }
        List<Node> items = reader.list(variants.get().value(), "variants", "write one '" + EXAMPLE + "' per variant");
        if (items.isEmpty()) {
            throw reader.error(variants.get().value(), "variants is empty", "write at least one '" + EXAMPLE + "', or remove variants");
        }
        if (items.size() > Limits.VARIANTS) {
            throw reader.error(items.get(Limits.VARIANTS), "this is variant " + (Limits.VARIANTS + 1) + ", more than the limit of "
                    + Limits.VARIANTS + " variants", "split the variants over several scene files");
        }
        List<Variant> scenes = new ArrayList<>();
        Map<String, Node> names = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            String variant = "variant " + (i + 1);
            Fields fields = reader.fields(item, variant, "write it as '" + EXAMPLE + "'");
            Fields.Entry named = fields.get("name").orElseThrow(() -> reader.error(item, variant + " has no name",
                    "add name: a short word for the file name, such as name: vertical"));
            String word = reader.text(named.value(), "the name of " + variant, "write a short word such as vertical");
            if (!word.matches(SceneKeys.VARIANT_NAME)) {
                throw reader.error(named.value(), "variant name '" + word + "' cannot be part of a file name",
                        "use letters, digits, - and _ only, such as vertical-edge");
            }
            Node first = names.putIfAbsent(word, named.value());
            if (first != null) {
                throw reader.error(named.value(), "variant name '" + word + "' is used twice" + NodeReader.onLine(first),
                        "give every variant its own name");
            }
            scenes.add(new Variant(name + "-" + word, merged(mapping, fields, variant)));
        }
        return scenes;
    }

    /** The scene's mapping with the variant's keys first, then the scene's keys it does not replace. */
    private MappingNode merged(MappingNode scene, Fields variant, String which) throws SceneException {
        List<NodeTuple> merged = new ArrayList<>();
        List<String> overridden = new ArrayList<>();
        for (Fields.Entry entry : variant.entries()) {
            if (entry.key().equals("name")) {
                continue;
            }
            if (!SceneKeys.VARIANT_KEYS.contains(entry.key())) {
                throw reader.unknownKey(entry, SceneKeys.VARIANT_KEYS, "in " + which);
            }
            overridden.add(entry.key());
            merged.add(new NodeTuple(entry.keyNode(), entry.value()));
        }
        for (NodeTuple tuple : scene.getValue()) {
            String key = ((ScalarNode) tuple.getKeyNode()).getValue();
            if (!key.equals("variants") && !overridden.contains(key)) {
                merged.add(tuple);
            }
        }
        return new MappingNode(scene.getTag(), true, merged, scene.getFlowStyle(), scene.getStartMark(), scene.getEndMark());
    }
}
