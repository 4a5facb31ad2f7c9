package convreel.script;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import convreel.model.Limits;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON Schema (draft 2020-12) of scene files, made from the loader's own key tables
 * ({@link SceneKeys}) and {@link Limits}, so an editor with a YAML language server completes keys and
 * flags mistakes as a creator types. It describes the shape of a scene: keys, words, types and
 * limits of single values. What needs the whole scene (a kernel that fits the padded image, a cell
 * inside the output, text that fits the frame) only the loader checks; the schema never refuses a
 * scene the loader accepts. Texts may be written as any scalar ({@code title: 2024} is the text
 * "2024"), so a text is a string, number or boolean here.
 */
public final class SceneSchema {
    /** Where the schema is committed, from the project's folder; scene files name it in their first line. */
    public static final String PATH = "schema/scene.schema.json";

    private SceneSchema() {
    }

    /** The schema as JSON text, two spaces an indent, ending with a line break. */
    public static String json() {
        StringWriter out = new StringWriter();
        JsonFactory factory = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator generator = factory.createGenerator(out)) {
            generator.setPrettyPrinter(pretty);
            write(generator, schema());
        } catch (IOException cannot) {
            throw new UncheckedIOException(cannot);
        }
        return out + "\n";
    }

    static Map<String, Object> schema() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("title", text(Limits.SHOWN_TEXT, "The title, shown on the title card. Default: \"\"."));
        properties.put("format", words(SceneKeys.FORMAT_WORDS, SceneKeys.DEFAULT_FORMAT.label(),
                "The frame: landscape 16:9, shorts 9:16 or square 1:1."));
        properties.put("fps", described(whole(Limits.MIN_FPS, Limits.MAX_FPS), "Frames per second. Default: "
                + SceneKeys.DEFAULT_FPS + "."));
        properties.put("numerals", words(SceneKeys.NUMERAL_WORDS, SceneKeys.DEFAULT_NUMERALS.label(),
                "How numbers are written on screen."));
        properties.put("image", described(map("anyOf", List.of(matrix(Limits.IMAGE_SIDE), ref("picture"))),
                "The input image: rows of numbers, at most " + Limits.IMAGE_SIDE + "×" + Limits.IMAGE_SIDE
                + "; or a picture file, whose patch is the image."));
        properties.put("kernels", described(list(ref("kernel"), 1, Limits.KERNELS), "The kernels slid over the image; "
                + "the first is the one worked through step by step."));
        properties.put("stride", described(ref("stride"), "Cells the window moves per step: one number, or [rows, cols]. Default: 1."));
        properties.put("padding", described(ref("padding"), "Zeros around the image: valid, same, full or a number per side. "
                + "Default: valid."));
        properties.put("activation", words(SceneKeys.ACTIVATION_WORDS, SceneKeys.DEFAULT_ACTIVATION.label(),
                "The activation applied to the feature map."));
        properties.put("tts", described(ref("tts"), "The speech engine that says each beat's narration."));
        properties.put("music", described(ref("music"), "A music bed under the voice, ducked while it speaks."));
        properties.put("ending", words(SceneKeys.ENDING_WORDS, SceneKeys.DEFAULT_ENDING.label(),
                "How the video ends: cut (on its last beat), loop (its last moments turn into its first frame, "
                + "so a feed that replays it shows no cut) or card (its last beat is a card whose last line is "
                + "the call to action)."));
        properties.put("captions", words(SceneKeys.CAPTION_WORDS, SceneKeys.DEFAULT_CAPTIONS.label(),
                "Where the captions go: burned into the picture, cc (subtitle files only, no caption band) or both."));
        properties.put("beats", described(list(ref("beat"), 1, Limits.BEATS), "The story, one beat after another."));
        properties.put("variants", described(list(ref("variant"), 1, Limits.VARIANTS),
                "More scenes from this file: each replaces some keys and is named <scene>-<name>."));
        properties.put("hooks", described(list(ref("hook"), 1, Limits.HOOKS),
                "Shorts made from this file as a template, one per hook: the hook's text is the title, and it may bring "
                        + "its own image and kernels. Each is named <scene>-<name>, the name made from the hook's words "
                        + "unless it gives one. A scene has variants or hooks, not both."));
        requireTable(properties.keySet(), SceneKeys.SCENE_KEYS, "the scene");

        Map<String, Object> defs = new LinkedHashMap<>();
        defs.put("text", map("type", List.of("string", "number", "boolean")));
        defs.put("number", map("type", "number", "minimum", -Limits.VALUE, "maximum", Limits.VALUE));
        defs.put("kernel", kernel());
        defs.put("stride", map("anyOf", List.of(step(), map("type", "array", "items", step(), "minItems", 2, "maxItems", 2))));
        defs.put("padding", map("anyOf", List.of(map("enum", SceneKeys.PADDING_WORDS), whole(0, Limits.PADDING))));
        defs.put("tts", tts());
        defs.put("music", music());
        defs.put("picture", picture());
        defs.put("beat", beat());
        defs.put("variant", variant());
        defs.put("hook", hook());

        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("title", "convreel scene file");
        schema.put("description", "A scene of convreel: an image, its kernels and the beats that explain the convolution. "
                + "Made by convreel from its loader's rules (convreel schema); the loader checks more than this.");
        schema.put("type", "object");
        schema.put("properties", properties);
        schema.put("required", List.of("image", "kernels", "beats"));
        schema.put("additionalProperties", false);
        // A photo beat shows the scene's picture unless it names its own; a scene whose image is numbers has none.
        Map<String, Object> photoWithoutPicture = map("required", List.of("show"), "properties",
                map("show", map("const", "photo")), "not", map("required", List.of("image")));
        schema.put("allOf", List.of(map("if", map("properties", map("image", map("type", "array")), "required", List.of("image")),
                "then", map("properties", map("beats", map("items", map("not", photoWithoutPicture)))))));
        schema.put("$defs", defs);
        return schema;
    }

    private static Map<String, Object> kernel() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", text(Limits.SHOWN_TEXT, "Its label on screen. Default: kernel N, its place in the list."));
        properties.put("values", described(matrix(Limits.KERNEL_SIDE), "The weights: rows of numbers, at most "
                + Limits.KERNEL_SIDE + "×" + Limits.KERNEL_SIDE + "; every kernel of a scene has the same size."));
        properties.put("bias", described(ref("number"), "Added to every sum. Default: 0."));
        requireTable(properties.keySet(), SceneKeys.KERNEL_KEYS, "a kernel");
        return closed(properties, List.of("values"));
    }

    private static Map<String, Object> tts() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("engine", words(SceneKeys.TTS_ENGINES, null, "espeak-ng, or command: a program of your own."));
        properties.put("voice", pattern(SceneKeys.VOICE_NAME, "An espeak-ng voice. Default: " + SceneKeys.DEFAULT_ESPEAK_VOICE + "."));
        properties.put("command", described(map("$ref", "#/$defs/text", "pattern", "\\{out\\}"),
                "For engine: command, the program to run, with {text} and {out}."));
        properties.put("format", pattern(SceneKeys.FILE_EXTENSION, "For engine: command, the extension of the audio file "
                + "it writes. Default: " + SceneKeys.DEFAULT_COMMAND_FORMAT + "."));
        requireTable(properties.keySet(), SceneKeys.TTS_KEYS, "tts");
        Map<String, Object> tts = closed(properties, List.of("engine"));
        tts.put("allOf", List.of(
                map("if", map("properties", map("engine", map("const", "command"))),
                        "then", map("required", List.of("command"), "not", map("required", List.of("voice"))),
                        "else", map("not", map("anyOf", List.of(map("required", List.of("command")),
                                map("required", List.of("format"))))))));
        return tts;
    }

    private static Map<String, Object> music() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("file", text(Limits.TEXT, "The music file, relative to the scene file's folder."));
        properties.put("volume", described(map("type", "number", "exclusiveMinimum", 0, "maximum", 1),
                "Its level under the voice, above 0 and at most 1. Default: " + SceneKeys.DEFAULT_MUSIC_VOLUME + "."));
        requireTable(properties.keySet(), SceneKeys.MUSIC_KEYS, "music");
        return closed(properties, List.of("file"));
    }

    private static Map<String, Object> picture() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("file", text(Limits.TEXT, "A PNG or JPEG file, relative to the scene file's folder, at most "
                + Limits.PICTURE_FILE_PIXELS / 1_000_000 + " megapixels."));
        Map<String, Object> patch = new LinkedHashMap<>();
        patch.put("at", described(map("type", "array", "items", map("type", "integer", "minimum", 0), "minItems", 2,
                "maxItems", 2), "The patch's top-left pixel [row, col], counted from 0, after scaling."));
        patch.put("size", described(map("type", "array", "items", whole(1, Limits.IMAGE_SIDE), "minItems", 2, "maxItems", 2),
                "The patch's [rows, cols]."));
        requireTable(patch.keySet(), SceneKeys.PATCH_KEYS, "a patch");
        properties.put("patch", described(closed(patch, SceneKeys.PATCH_KEYS), "The part shown as numbers: the image."));
        properties.put("width", described(whole(1, Limits.PICTURE_WIDTH), "Pixels across to scale the picture to first, "
                + "keeping its shape; at most " + Limits.PICTURE_PIXELS + " pixels in all. Default: as the file is."));
        requireTable(properties.keySet(), SceneKeys.PICTURE_KEYS, "a picture");
        return closed(properties, List.of("file", "patch"));
    }

    private static Map<String, Object> beat() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("show", words(SceneKeys.SHOW_KINDS, SceneKeys.DEFAULT_SHOW, "What the beat shows."));
        properties.put("caption", text(Limits.CAPTION, "The Bangla caption, or \"\" for none."));
        properties.put("seconds", described(map("type", "number", "exclusiveMinimum", 0, "maximum", Limits.BEAT_SECONDS),
                "How long the beat lasts, at least; a voice may lengthen it."));
        Map<String, Object> phrase = map("anyOf", List.of(text(Limits.NARRATION, null), map("type", "object",
                "propertyNames", map("pattern", "^" + SceneKeys.CUE_NAME + "$"), "additionalProperties", ref("text"),
                "minProperties", 1, "maxProperties", 1)));
        properties.put("narration", described(map("anyOf", List.of(text(Limits.NARRATION, null),
                map("type", "array", "items", phrase, "minItems", 1))),
                "What is said, if not the caption: a text, or phrases, each one cue: \"text\" or a text."));
        properties.put("voice", described(map("anyOf", List.of(ref("text"), closed(map(
                "file", text(Limits.TEXT, null),
                "cues", map("type", "object", "propertyNames", map("pattern", "^" + SceneKeys.CUE_NAME + "$"),
                        "additionalProperties", map("type", "number", "minimum", 0))), List.of("file")))),
                "A recorded voice file, relative to the scene file's folder; with cues: the second each cue starts."));
        properties.put("image", described(ref("picture"), "The picture a photo beat shows. Default: the scene's image, "
                + "if it is a picture."));
        Map<String, Object> cell = map("type", "array", "items", map("type", "integer", "minimum", 0), "minItems", 2, "maxItems", 2);
        properties.put("at", described(cell, "The output cell [row, col], counted from 0."));
        properties.put("strides", described(list(ref("stride"), 1, Limits.COMPARED), "The strides compared. Default: [1, 2]."));
        properties.put("paddings", described(list(ref("padding"), 1, Limits.COMPARED),
                "The paddings compared. Default: [valid, same]."));
        Map<String, Object> shown = text(Limits.SHOWN_TEXT, null);
        properties.put("header", described(map("type", "array", "items", shown, "minItems", 2, "maxItems", 2),
                "The two column titles."));
        properties.put("rows", described(list(map("type", "array", "items", shown, "minItems", 2, "maxItems", 2), 1, null),
                "One [left, right] pair per row."));
        properties.put("items", described(list(closed(map("myth", shown, "fact", shown), List.of("myth", "fact")), 1, null),
                "Misconceptions, each with the fact that answers it."));
        properties.put("lines", described(list(shown, 1, null), "The lines of the card."));
        requireTable(properties.keySet(), SceneKeys.BEAT_KEYS, "a beat");

        // Each kind allows the common keys and its own options, and requires the options it has no default for.
        List<Object> kinds = new ArrayList<>();
        for (String kind : SceneKeys.SHOW_KINDS) {
            Map<String, Object> when = map("properties", map("show", map("const", kind)));
            if (!kind.equals(SceneKeys.DEFAULT_SHOW)) {
                when.put("required", List.of("show"));
            }
            Map<String, Object> then = map("propertyNames", map("enum", SceneKeys.beatKeys(kind)));
            List<String> required = SceneKeys.REQUIRED_OPTIONS.getOrDefault(kind, List.of());
            if (!required.isEmpty()) {
                then.put("required", required);
            }
            kinds.add(map("if", when, "then", then));
        }
        Map<String, Object> beat = closed(properties, List.of("caption", "seconds"));
        beat.put("allOf", kinds);
        return beat;
    }

    private static Map<String, Object> variant() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", described(map("type", "string", "pattern", "^" + SceneKeys.VARIANT_NAME + "$"),
                "A short word, part of the file name: <scene>-<name>."));
        SceneKeys.VARIANT_KEYS.forEach(key -> properties.put(key, map("$ref", "#/properties/" + key)));
        return closed(properties, List.of("name"));
    }

    private static Map<String, Object> hook() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("hook", text(Limits.SHOWN_TEXT, "The hook's line, shown as the short's title."));
        properties.put("name", described(map("type", "string", "pattern", "^" + SceneKeys.VARIANT_NAME + "$"),
                "A short word, part of the file name: <scene>-<name>. Default: the hook's words, joined by -."));
        SceneKeys.HOOK_KEYS.forEach(key -> properties.put(key, map("$ref", "#/properties/" + key)));
        return closed(properties, List.of("hook"));
    }

    /** Every key the loader knows has a schema, and no other: a key added to the tables must be described here. */
    private static void requireTable(java.util.Set<String> described, List<String> table, String part) {
        if (!List.copyOf(described).equals(table)) {
            throw new IllegalStateException("the schema of " + part + " describes " + described + " but the loader reads " + table);
        }
    }

    private static Map<String, Object> closed(Map<String, Object> properties, List<String> required) {
        return map("type", "object", "properties", properties, "required", required, "additionalProperties", false);
    }

    private static Map<String, Object> text(int limit, String description) {
        return described(map("$ref", "#/$defs/text", "maxLength", limit), description);
    }

    private static Map<String, Object> pattern(String regex, String description) {
        return described(map("$ref", "#/$defs/text", "pattern", "^" + regex + "$"), description);
    }

    private static Map<String, Object> words(List<String> words, String fallback, String description) {
        Map<String, Object> schema = map("enum", words);
        if (fallback != null) {
            schema.put("default", fallback);
        }
        return described(schema, description);
    }

    private static Map<String, Object> whole(int min, int max) {
        return map("type", "integer", "minimum", min, "maximum", max);
    }

    private static Map<String, Object> step() {
        return whole(1, Limits.STRIDE);
    }

    private static Map<String, Object> matrix(int side) {
        return list(list(ref("number"), 1, side), 1, side);
    }

    private static Map<String, Object> list(Object items, int min, Integer max) {
        Map<String, Object> list = map("type", "array", "items", items, "minItems", min);
        if (max != null) {
            list.put("maxItems", max);
        }
        return list;
    }

    private static Map<String, Object> ref(String def) {
        return map("$ref", "#/$defs/" + def);
    }

    private static Map<String, Object> described(Map<String, Object> schema, String description) {
        if (description != null) {
            schema.put("description", description);
        }
        return schema;
    }

    /** A mapping in the order written: key, value, key, value... */
    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static void write(JsonGenerator json, Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeFieldName((String) entry.getKey());
                write(json, entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                write(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof Integer whole) {
            json.writeNumber(whole);
        } else if (value instanceof Double number) {
            if (number == Math.rint(number) && Math.abs(number) < 1e15) {
                json.writeNumber(number.longValue());
            } else {
                json.writeNumber(number);
            }
        } else if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else {
            json.writeString((String) value);
        }
    }
}
