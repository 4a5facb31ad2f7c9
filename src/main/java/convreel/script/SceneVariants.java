package convreel.script;

import convreel.model.Limits;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A scene file's {@code variants:} or {@code hooks:}: one scene per variant, each the scene's mapping
 * with the variant's keys in place of the scene's own, named {@code <scene>-<variant>}. A hook is a
 * variant of a template short: its text is the title, it may bring its own image and kernels, and
 * its name comes from its text unless it gives one. The merged mapping is made of the nodes as
 * written, so errors keep pointing at the lines they come from, in the scene or in the variant.
 */
final class SceneVariants {
    /** One scene to read: its name and its mapping. */
    record Variant(String name, Node root) {
    }

    private static final String EXAMPLE = "- name: vertical, with the keys it changes, such as title: or kernels:";
    private static final String HOOK_EXAMPLE = "- {hook: \"AI চোখ ছাড়াই দেখে?\"}, with image: or kernels: if it changes them";

    private final NodeReader reader;

    SceneVariants(NodeReader reader) {
        this.reader = reader;
    }

    /** The scene itself, or without problems in its variants or hooks, one scene per variant or hook. */
    List<Variant> of(Node root, String name) throws SceneException {
        if (!(root instanceof MappingNode mapping)) {
            return List.of(new Variant(name, root));
        }
        Fields scene = reader.fields(root, "the scene", "");
        Optional<Fields.Entry> variants = scene.get("variants");
        Optional<Fields.Entry> hooks = scene.get("hooks");
        if (variants.isPresent() && hooks.isPresent()) {
            throw reader.error(hooks.get().keyNode(), "a scene has variants: or hooks:, not both",
                    "put the hooks in a scene file of their own");
        }
        if (hooks.isPresent()) {
            return hooks(mapping, hooks.get(), name);
        }
        if (variants.isEmpty()) {
            return List.of(new Variant(name, root));
        }
        List<Node> items = items(variants.get(), "variants", EXAMPLE, Limits.VARIANTS,
                "split the variants over several scene files");
        List<Variant> scenes = new ArrayList<>();
        Map<String, Node> names = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            String variant = "variant " + (i + 1);
            Fields fields = reader.fields(item, variant, "write it as '" + EXAMPLE + "'");
            Fields.Entry named = required(fields, "name", item, variant, "add name: a short word for the file name, such as name: vertical");
            String word = named(named.value(), variant, names);
            scenes.add(new Variant(name + "-" + word, merged(mapping, fields, variant, SceneKeys.VARIANT_KEYS, false)));
        }
        return scenes;
    }

    /** One scene per hook, the template's title replaced by the hook's text. */
    private List<Variant> hooks(MappingNode template, Fields.Entry hooks, String name) throws SceneException {
        List<Node> items = items(hooks, "hooks", HOOK_EXAMPLE, Limits.HOOKS, "split the hooks over several template files");
        List<Variant> scenes = new ArrayList<>();
        Map<String, Node> names = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            String which = "hook " + (i + 1);
            Fields fields = reader.fields(item, which, "write it as '" + HOOK_EXAMPLE + "'");
            Fields.Entry hook = required(fields, "hook", item, which, "add hook: the line it opens with, such as " + HOOK_EXAMPLE);
            String text = reader.text(hook.value(), "the text of " + which, "write the hook's line in quotes");
            Optional<Fields.Entry> named = fields.get("name");
            String word;
            if (named.isPresent()) {
                word = named(named.get().value(), which, names);
            } else {
                word = nameOf(text);
                if (word.isEmpty()) {
                    throw reader.error(hook.value(), which + " has no letters or digits to name its video by",
                            "add name: a short word for the file name, such as name: edge");
                }
                Node first = names.putIfAbsent(word.toLowerCase(Locale.ROOT), hook.value());
                if (first != null) {
                    throw reader.error(hook.value(), which + " would be named '" + word + "', like the hook" + NodeReader.onLine(first),
                            "give one of them a name: of its own");
                }
            }
            scenes.add(new Variant(name + "-" + word, merged(template, fields, which, SceneKeys.HOOK_KEYS, true)));
        }
        return scenes;
    }

    /** {@code item}'s entry {@code key}, which it must have. */
    private Fields.Entry required(Fields fields, String key, Node item, String which, String hint) throws SceneException {
        return fields.get(key).orElseThrow(() -> reader.error(item, which + " has no " + key, hint));
    }

    /** The items of a {@code variants:} or {@code hooks:} list, at least one and at most {@code limit}. */
    private List<Node> items(Fields.Entry list, String key, String example, int limit, String split) throws SceneException {
        String one = key.substring(0, key.length() - 1);
        List<Node> items = reader.list(list.value(), key, "write one '" + example + "' per " + one);
        if (items.isEmpty()) {
            throw reader.error(list.value(), key + " is empty", "write at least one '" + example + "', or remove " + key);
        }
        if (items.size() > limit) {
            throw reader.error(items.get(limit), "this is " + one + " " + (limit + 1) + ", more than the limit of "
                    + limit + " " + key, split);
        }
        return items;
    }

    /** A name written with {@code name:}, checked to be part of a file name and not used before. */
    private String named(Node value, String which, Map<String, Node> names) throws SceneException {
        String word = reader.text(value, "the name of " + which, "write a short word such as vertical");
        if (!word.matches(SceneKeys.VARIANT_NAME)) {
            throw reader.error(value, which.replaceFirst(" \\d+$", "") + " name '" + word + "' cannot be part of a file name",
                    "use letters, digits, - and _ only, such as vertical-edge");
        }
        Node first = names.putIfAbsent(word.toLowerCase(Locale.ROOT), value);
        if (first != null) {
            throw reader.error(value, which.replaceFirst(" \\d+$", "") + " name '" + word + "' is used twice"
                    + NodeReader.onLine(first), "give every " + which.replaceFirst(" \\d+$", "") + " its own name");
        }
        return word;
    }

    /**
     * The name a hook's video gets from its text: its words in lower case joined by {@code -}, every
     * other character dropped, at most {@link SceneKeys#HOOK_NAME_LETTERS} characters, cut between
     * words. Bangla keeps its vowel signs, so the name reads as the hook does.
     */
    static String nameOf(String hook) {
        String text = Normalizer.normalize(hook, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c) || (word.length() > 0 && isMark(c))) {
                word.appendCodePoint(c);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        StringBuilder name = new StringBuilder();
        for (String next : words) {
            int length = name.codePointCount(0, name.length()) + (name.length() == 0 ? 0 : 1) + next.codePointCount(0, next.length());
            if (length > SceneKeys.HOOK_NAME_LETTERS) {
                if (name.length() == 0) {
                    name.append(next, 0, next.offsetByCodePoints(0, SceneKeys.HOOK_NAME_LETTERS));
                }
                break;
            }
            name.append(name.length() == 0 ? "" : "-").append(next);
        }
        return name.toString();
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /**
     * The scene's mapping with the variant's keys first, then the scene's keys it does not replace; a
     * hook's {@code hook:} becomes its title (a variant has no {@code hook:}).
     */
    private MappingNode merged(MappingNode scene, Fields variant, String which, List<String> allowed, boolean hook)
            throws SceneException {
        List<NodeTuple> merged = new ArrayList<>();
        List<String> overridden = new ArrayList<>();
        for (Fields.Entry entry : variant.entries()) {
            if (entry.key().equals("name")) {
                continue;
            }
            if (hook && entry.key().equals("hook")) {
                // The hook's text is the template's title, written where the hook is.
                ScalarNode key = (ScalarNode) entry.keyNode();
                merged.add(new NodeTuple(new ScalarNode(key.getTag(), true, "title", key.getScalarStyle(), key.getStartMark(),
                        key.getEndMark()), entry.value()));
                overridden.add("title");
                continue;
            }
            if (!allowed.contains(entry.key())) {
                throw reader.unknownKey(entry, allowed, "in " + which);
            }
            overridden.add(entry.key());
            merged.add(new NodeTuple(entry.keyNode(), entry.value()));
        }
        for (NodeTuple tuple : scene.getValue()) {
            String key = ((ScalarNode) tuple.getKeyNode()).getValue();
            if (!key.equals("variants") && !key.equals("hooks") && !overridden.contains(key)) {
                merged.add(tuple);
            }
        }
        return new MappingNode(scene.getTag(), true, merged, scene.getFlowStyle(), scene.getStartMark(), scene.getEndMark());
    }
}
