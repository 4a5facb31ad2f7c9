package convreel.script;

import convreel.model.Activation;
import convreel.model.Captions;
import convreel.model.Cell;
import convreel.model.Ending;
import convreel.model.Format;
import convreel.model.Numerals;
import convreel.model.Padding;
import convreel.model.Stride;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words of a scene file in one place: which keys each part of a scene may have, the words a
 * key takes, and what a key left out means. The reader reads by these tables, the JSON Schema is
 * generated from them ({@link SceneSchema}), and a key the reader does not know is explained with
 * them ({@link #hintForUnknown}).
 */
final class SceneKeys {
    private SceneKeys() {
    }

    static final List<String> SCENE_KEYS =
            List.of("title", "format", "fps", "numerals", "image", "kernels", "stride", "padding", "activation", "tts",
                    "music", "ending", "captions", "beats", "variants", "hooks");
    /** The keys a variant may replace: all of the scene's but variants and hooks, and its name. */
    static final List<String> VARIANT_KEYS = SCENE_KEYS.stream().filter(k -> !k.equals("variants") && !k.equals("hooks")).toList();
    /** The keys a hook may replace beside its text, which is the title: a hook's picture, matrix or kernels. */
    static final List<String> HOOK_KEYS = VARIANT_KEYS.stream().filter(k -> !k.equals("title")).toList();
    /** The most letters of a hook's text its output name keeps. */
    static final int HOOK_NAME_LETTERS = 40;
    static final List<String> KERNEL_KEYS = List.of("name", "values", "bias");
    /** Keys every beat may have. */
    static final List<String> COMMON_BEAT_KEYS = List.of("show", "caption", "seconds", "narration", "voice");
    static final List<String> VOICE_KEYS = List.of("file", "cues");
    static final List<String> TTS_KEYS = List.of("engine", "voice", "command", "format");
    static final List<String> TTS_ENGINES = List.of("espeak-ng", "command");
    static final List<String> MUSIC_KEYS = List.of("file", "volume");
    static final List<String> MYTH_KEYS = List.of("myth", "fact");
    /** An image given as a picture file, and the patch of it shown as numbers. */
    static final List<String> PICTURE_KEYS = List.of("file", "patch", "width");
    static final List<String> PATCH_KEYS = List.of("at", "size");
    /** The options of each kind of beat, beside the common keys, by the word {@code show:} names it with. */
    static final Map<String, List<String>> BEAT_OPTIONS = beatOptions();
    static final List<String> SHOW_KINDS = List.copyOf(BEAT_OPTIONS.keySet());
    /** The options a beat of a kind must have: the others have defaults. */
    static final Map<String, List<String>> REQUIRED_OPTIONS = Map.of("step", List.of("at"), "table", List.of("header", "rows"),
            "myths", List.of("items"), "card", List.of("lines"));
    /** Every key some beat may have. */
    static final List<String> BEAT_KEYS = allBeatKeys();
    static final List<String> NUMERAL_WORDS = Arrays.stream(Numerals.values()).map(Numerals::label).toList();
    static final List<String> PADDING_WORDS = List.of("valid", "same", "full");
    static final List<String> FORMAT_WORDS = Arrays.stream(Format.values()).map(Format::label).toList();
    static final List<String> ENDING_WORDS = Arrays.stream(Ending.values()).map(Ending::label).toList();
    static final List<String> CAPTION_WORDS = Arrays.stream(Captions.values()).map(Captions::label).toList();
    static final List<String> ACTIVATION_WORDS = Arrays.stream(Activation.values()).map(Activation::label).toList();
    /** A tts voice, a tts file format and a cue name, as the reader accepts them. */
    static final String VOICE_NAME = "[A-Za-z0-9_+-]+";
    static final String FILE_EXTENSION = "[A-Za-z0-9]{1,8}";
    static final String CUE_NAME = "[a-z][a-z0-9-]*";
    /** A variant's name becomes part of a file name. */
    static final String VARIANT_NAME = "[\\p{L}\\p{N}][\\p{L}\\p{N}_-]*";

    static final String DEFAULT_TITLE = "";
    static final int DEFAULT_FPS = 30;
    static final Stride DEFAULT_STRIDE = Stride.of(1);
    static final Padding DEFAULT_PADDING = Padding.valid();
    static final Activation DEFAULT_ACTIVATION = Activation.NONE;
    static final double DEFAULT_BIAS = 0;
    static final String DEFAULT_SHOW = "slide";
    static final Numerals DEFAULT_NUMERALS = Numerals.LATIN;
    static final Format DEFAULT_FORMAT = Format.LANDSCAPE;
    static final Ending DEFAULT_ENDING = Ending.CUT;
    /** Burned in, in every format: a Shorts viewer watches with CC off, and burned plus CC shows each line twice. */
    static final Captions DEFAULT_CAPTIONS = Captions.BURNED;
    static final List<Stride> DEFAULT_STRIDES = List.of(Stride.of(1), Stride.of(2));
    static final List<Padding> DEFAULT_PADDINGS = List.of(Padding.valid(), Padding.same());
    static final Cell DEFAULT_FORMULA_CELL = new Cell(0, 0);
    static final String DEFAULT_ESPEAK_VOICE = "bn";
    static final String DEFAULT_COMMAND_FORMAT = "wav";
    static final double DEFAULT_MUSIC_VOLUME = 0.5;

    private static Map<String, List<String>> beatOptions() {
        Map<String, List<String>> options = new LinkedHashMap<>();
        options.put("title", List.of());
        options.put("matrix", List.of());
        options.put("patterns", List.of());
        options.put("photo", List.of("image"));
        options.put("step", List.of("at"));
        options.put("slide", List.of());
        options.put("featuremap", List.of());
        options.put("kernels", List.of());
        options.put("stride", List.of("strides"));
        options.put("padding", List.of("paddings"));
        options.put("activation", List.of());
        options.put("formula", List.of("at"));
        options.put("table", List.of("header", "rows"));
        options.put("myths", List.of("items"));
        options.put("card", List.of("lines"));
        return Collections.unmodifiableMap(options);
    }

    private static List<String> allBeatKeys() {
        List<String> keys = new ArrayList<>(COMMON_BEAT_KEYS);
        BEAT_OPTIONS.values().forEach(options -> options.stream().filter(k -> !keys.contains(k)).forEach(keys::add));
        return List.copyOf(keys);
    }

    /** The keys a beat that shows {@code show} may have. */
    static List<String> beatKeys(String show) {
        List<String> allowed = new ArrayList<>(COMMON_BEAT_KEYS);
        allowed.addAll(BEAT_OPTIONS.get(show));
        return allowed;
    }

    /** The kinds of beat that have option {@code key}. */
    static List<String> kindsWith(String key) {
        return BEAT_OPTIONS.entrySet().stream().filter(e -> e.getValue().contains(key)).map(Map.Entry::getKey).toList();
    }

    /** Words people write for a key, and the key they mean. */
    private static final Map<String, String> SYNONYMS = Map.of(
            "duration", "seconds", "time", "seconds", "length", "seconds", "secs", "seconds",
            "text", "caption", "subtitle", "caption", "kind", "show", "type", "show");

    /** What to say of {@code key} where only {@code known} keys are allowed: the key meant, or where it belongs. */
    static String hintForUnknown(String key, List<String> known) {
        String meant = SYNONYMS.get(key.toLowerCase(Locale.ROOT));
        return Optional.ofNullable(meant).filter(known::contains).map(word -> "did you mean '" + word + "'?")
                .or(() -> belongsElsewhere(key, known))
                .or(() -> NearestWord.among(key, known).map(near -> "did you mean '" + near + "'?"))
                .orElse("use " + or(known));
    }

    /** A key that is right, but in another part of the scene: "values" at the top level. */
    private static Optional<String> belongsElsewhere(String key, List<String> known) {
        if (known != KERNEL_KEYS && KERNEL_KEYS.contains(key)) {
            return Optional.of("'" + key + "' belongs to a kernel, in the list under kernels:");
        }
        if (known != BEAT_KEYS && BEAT_KEYS.contains(key)) {
            return Optional.of("'" + key + "' belongs to a beat, in the list under beats:");
        }
        if (known != SCENE_KEYS && SCENE_KEYS.contains(key)) {
            return Optional.of("'" + key + "' belongs at the top level of the scene, without indentation");
        }
        return Optional.empty();
    }

    /** "a, b or c". */
    static String or(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }
}
