package convreel.script;

import convreel.model.Activation;
import convreel.model.Beat;
import convreel.model.Captions;
import convreel.model.Cell;
import convreel.model.Ending;
import convreel.model.Format;
import convreel.model.Kernel;
import convreel.model.Limits;
import convreel.model.Matrix;
import convreel.model.Numerals;
import convreel.model.Padding;
import convreel.model.Picture;
import convreel.model.Scene;
import convreel.model.SceneCheck;
import convreel.model.Show;
import convreel.model.Stride;
import convreel.model.Voiceover;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Turns the composed YAML tree of one scene file into a {@link Scene}. Keys are read in the order
 * they are written, by the tables of {@link SceneKeys}, so the first problem reported is the first
 * one in the file; the checks that need several keys (a kernel that must fit the padded image, a
 * step that must land inside the output) run once every key has been read, in {@link SceneChecks};
 * variants are merged before reading, in {@link SceneVariants}.
 */
final class SceneReader {
    private static final String VOICE_EXAMPLE = "voice: {file: voices/beat3.mp3, cues: {relu: 2.4}}";
    private static final String PHRASE_EXAMPLE = "- relu: \"negative সংখ্যাগুলো শূন্য হয়ে যায়\"";
    private static final String MATRIX_EXAMPLE = "[[1, 2, 3], [4, 5, 6]]";
    private static final String KERNEL_EXAMPLE = "[[1, 0, -1], [1, 0, -1], [1, 0, -1]]";

    /** A kernel with the nodes its later errors point at; {@code nameNode} is null for a default name. */
    private record ReadKernel(Kernel kernel, Node node, Node nameNode, Node values) {
    }

    /** A beat and what is said while it shows. */
    private record ReadBeat(Beat beat, Voiceover.BeatVoice voice) {
    }

    private final NodeReader reader;
    private final SoundReader sound;
    private final SceneChecks checks;
    private final PictureReader pictures;

    /**
     * {@code folder} is where voice and music paths in the scene are relative to; {@code check} runs on
     * every scene read, its problems reported at the beat's line.
     */
    SceneReader(SourceText source, Path folder, SceneCheck check) {
        this.reader = new NodeReader(source);
        this.sound = new SoundReader(reader, folder);
        this.checks = new SceneChecks(reader, check);
        this.pictures = new PictureReader(reader, sound);
    }

    Scene read(Node root, String name) throws SceneException {
        if (!(root instanceof MappingNode)) {
            throw reader.error(root, "the scene is " + NodeReader.describe(root) + ", not a mapping",
                    "write one 'key: value' per line, with at least image:, kernels: and beats:");
        }
        Fields scene = reader.fields(root, "the scene", "");
        String title = SceneKeys.DEFAULT_TITLE;
        int fps = SceneKeys.DEFAULT_FPS;
        Numerals numerals = SceneKeys.DEFAULT_NUMERALS;
        Format format = SceneKeys.DEFAULT_FORMAT;
        Ending ending = SceneKeys.DEFAULT_ENDING;
        Captions captions = SceneKeys.DEFAULT_CAPTIONS;
        Optional<Voiceover.Speech> speech = Optional.empty();
        Optional<Voiceover.Music> music = Optional.empty();
        // The image is read first: a photo beat without a picture of its own shows the scene's.
        Matrix image = null;
        Picture picture = null;
        Optional<Fields.Entry> imageEntry = scene.get("image");
        if (imageEntry.isPresent() && imageEntry.get().value() instanceof MappingNode written) {
            picture = pictures.read(written, "image");
            image = picture.patch();
        } else if (imageEntry.isPresent()) {
            image = matrix(imageEntry.get().value(), "image", "image", Limits.IMAGE_SIDE);
        }
        List<ReadKernel> kernels = null;
        Stride stride = SceneKeys.DEFAULT_STRIDE;
        Padding padding = SceneKeys.DEFAULT_PADDING;
        Activation activation = SceneKeys.DEFAULT_ACTIVATION;
        List<ReadBeat> beats = null;
        for (Fields.Entry entry : scene.entries()) {
            Node value = entry.value();
            switch (entry.key()) {
                case "title" -> title = text(value, "title", Limits.SHOWN_TEXT,
                        "write the title in quotes, such as title: \"Convolution\"");
                case "fps" -> fps = fps(value);
                case "numerals" -> numerals = numerals(value);
                case "format" -> format = format(value);
                case "ending" -> ending = ending(value);
                case "captions" -> captions = captions(value);
                case "tts" -> speech = Optional.of(sound.speech(value));
                case "music" -> music = Optional.of(sound.music(value));
                case "variants", "hooks" -> { }
                case "image" -> { }
                case "kernels" -> kernels = kernels(value);
                case "stride" -> stride = stride(value);
                case "padding" -> padding = padding(value);
                case "activation" -> activation = activation(value);
                case "beats" -> beats = beats(value, picture);
                default -> throw reader.unknownKey(entry, SceneKeys.SCENE_KEYS, "at the top level");
            }
        }
        if (image == null) {
            throw reader.error(root, "the scene has no image", "add image: rows of numbers, such as " + MATRIX_EXAMPLE);
        }
        if (kernels == null) {
            throw reader.error(root, "the scene has no kernels",
                    "add kernels: with at least one '- name: ...' entry and its values, such as " + KERNEL_EXAMPLE);
        }
        if (beats == null) {
            throw reader.error(root, "the scene has no beats",
                    "add beats: with at least one '- show: title' entry and its caption and seconds");
        }
        Voiceover voiceover = new Voiceover(speech, music, beats.stream().map(ReadBeat::voice).toList());
        Scene read = new Scene(name, title, image, kernels.stream().map(ReadKernel::kernel).toList(),
                stride, padding, activation, beats.stream().map(ReadBeat::beat).toList(), fps, numerals, format, voiceover,
                Optional.ofNullable(picture), ending, captions);
        checks.require(read, root);
        return read;
    }

    /** A text, as {@link NodeReader#text} reads it, of at most {@code limit} characters. */
    private String text(Node node, String what, int limit, String hint) throws SceneException {
        String text = reader.text(node, what, hint);
        int length = text.codePointCount(0, text.length());
        if (length > limit) {
            throw reader.error(node, what + " is " + length + " characters long, more than the limit of " + limit,
                    "shorten it to " + limit + " characters or fewer");
        }
        return text;
    }

    /**
     * The scene, or with {@code variants:} one scene per variant (see {@link SceneVariants}), each
     * read and checked in full.
     */
    List<Scene> readAll(Node root, String name) throws SceneException {
        List<Scene> scenes = new ArrayList<>();
        for (SceneVariants.Variant variant : new SceneVariants(reader).of(root, name)) {
            scenes.add(read(variant.root(), variant.name()));
        }
        return scenes;
    }

    private Format format(Node node) throws SceneException {
        return chosen(node, "format", SceneKeys.FORMAT_WORDS, Format::byLabel);
    }

    private Ending ending(Node node) throws SceneException {
        return chosen(node, "ending", SceneKeys.ENDING_WORDS, Ending::byLabel);
    }

    private Captions captions(Node node) throws SceneException {
        return chosen(node, "captions", SceneKeys.CAPTION_WORDS, Captions::byLabel);
    }

    /** The value whose word {@code node} writes, as {@code byLabel} finds it among {@code words} (null for none). */
    private <T> T chosen(Node node, String key, List<String> words, Function<String, T> byLabel) throws SceneException {
        String choices = SceneKeys.or(words);
        String word = reader.text(node, key, "use " + choices);
        T chosen = byLabel.apply(word);
        if (chosen == null) {
            throw reader.error(node, "unknown " + key + " '" + word + "'", NearestWord.among(word, words)
                    .map(near -> "did you mean '" + near + "'? " + key + " is " + choices)
                    .orElse("use " + choices));
        }
        return chosen;
    }

    private Numerals numerals(Node node) throws SceneException {
        return chosen(node, "numerals", SceneKeys.NUMERAL_WORDS, word -> labelled(word, Numerals.values(), Numerals::label));
    }

    /** The one of {@code values} whose label is {@code word}, or null. */
    private static <T> T labelled(String word, T[] values, Function<T, String> label) {
        for (T value : values) {
            if (label.apply(value).equals(word)) {
                return value;
            }
        }
        return null;
    }

    private int fps(Node node) throws SceneException {
        String range = "use a frame rate from " + Limits.MIN_FPS + " to " + Limits.MAX_FPS + ", such as 30";
        int fps = reader.whole(node, "fps", range);
        if (fps < Limits.MIN_FPS || fps > Limits.MAX_FPS) {
            throw reader.error(node, "fps is " + fps + ", outside " + Limits.MIN_FPS + " to " + Limits.MAX_FPS, range);
        }
        return fps;
    }

    /**
     * A rectangular matrix of at most {@code side}×{@code side} numbers; {@code whole} names the list
     * ("image"), {@code owner} prefixes its rows ("row 2 of image").
     */
    private Matrix matrix(Node node, String whole, String owner, int side) throws SceneException {
        List<Node> rows = reader.list(node, whole, "write rows of numbers, such as " + MATRIX_EXAMPLE);
        if (rows.isEmpty()) {
            throw reader.error(node, whole + " has no rows", "write at least one row of numbers, such as " + MATRIX_EXAMPLE);
        }
        String largest = "at most " + side + "×" + side;
        if (rows.size() > side) {
            throw reader.error(rows.get(side), "this is row " + (side + 1) + " of " + owner + ", more than the limit of "
                    + side + " rows", "make " + owner + " " + largest);
        }
        double[][] values = new double[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            Node rowNode = rows.get(r);
            String row = "row " + (r + 1) + " of " + owner;
            List<Node> cells = reader.list(rowNode, row,
                    "write each row as a list of numbers in brackets, such as [1, 2, 3]");
            if (cells.isEmpty()) {
                throw reader.error(rowNode, row + " is empty", r == 0
                        ? "give it at least one number, such as [1, 2, 3]"
                        : "give it " + count(values[0].length, "number") + ", like row 1");
            }
            if (r > 0 && cells.size() != values[0].length) {
                throw reader.error(rowNode,
                        row + " has " + count(cells.size(), "value") + " but row 1 has " + values[0].length,
                        "give every row of " + owner + " the same number of values");
            }
            if (cells.size() > side) {
                throw reader.error(cells.get(side), "this is column " + (side + 1) + " of " + owner
                        + ", more than the limit of " + side + " columns", "make " + owner + " " + largest);
            }
            values[r] = new double[cells.size()];
            for (int c = 0; c < cells.size(); c++) {
                Node cell = cells.get(c);
                String at = "row " + (r + 1) + ", column " + (c + 1) + " of " + owner;
                if (cell instanceof SequenceNode || cell instanceof MappingNode) {
                    throw reader.error(cell, at + " is " + NodeReader.describe(cell) + ", not a number",
                            "a matrix is a list of rows, each a list of numbers, such as " + MATRIX_EXAMPLE);
                }
                values[r][c] = value(cell, at, "write a number such as 0, 2 or -1.5");
            }
        }
        return Matrix.of(values);
    }

    /**
     * A number shown on screen and computed with: below {@link Limits#VALUE} in size, so every sum
     * of products stays finite and exact enough to show.
     */
    private double value(Node node, String what, String hint) throws SceneException {
        double value = reader.number(node, what, hint);
        if (Math.abs(value) > Limits.VALUE) {
            throw reader.error(node, what + " is " + NodeReader.shown(node) + ", outside the limit of -1000000 to 1000000",
                    "scale the values down, such as pixel values 0 to 255 and weights -1 to 1");
        }
        return value;
    }

    private List<ReadKernel> kernels(Node node) throws SceneException {
        List<Node> items = reader.list(node, "kernels", node instanceof MappingNode
                ? "start each kernel with '- ', such as '- name: vertical edge', to make a list"
                : "write one '- name: ...' entry per kernel, each with values such as " + KERNEL_EXAMPLE);
        if (items.isEmpty()) {
            throw reader.error(node, "kernels is empty", "add at least one kernel, such as '- values: " + KERNEL_EXAMPLE + "'");
        }
        if (items.size() > Limits.KERNELS) {
            throw reader.error(items.get(Limits.KERNELS), "this is kernel " + (Limits.KERNELS + 1) + ", more than the limit of "
                    + Limits.KERNELS + " kernels", "keep " + Limits.KERNELS + " kernels or fewer");
        }
        List<ReadKernel> kernels = new ArrayList<>();
        Map<String, ReadKernel> byName = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            ReadKernel kernel = kernel(items.get(i), i + 1);
            ReadKernel first = byName.putIfAbsent(kernel.kernel().name(), kernel);
            if (first != null) {
                throw duplicateName(first, kernel, i + 1);
            }
            requireSameShape(kernels.isEmpty() ? kernel : kernels.get(0), kernel);
            kernels.add(kernel);
        }
        return kernels;
    }

    private ReadKernel kernel(Node node, int index) throws SceneException {
        String numbered = "kernel " + index;
        Fields fields = reader.fields(node, numbered, "write its name and values as 'name: ...' and 'values: "
                + KERNEL_EXAMPLE + "'");
        // The name comes first so every later message can say which kernel it is about.
        String name = numbered;
        Node nameNode = null;
        Optional<Fields.Entry> named = fields.get("name");
        if (named.isPresent()) {
            nameNode = named.get().value();
            String nameHint = "write a name such as 'vertical edge', or leave name out to call it '" + numbered + "'";
            name = text(nameNode, "the name of " + numbered, Limits.SHOWN_TEXT, nameHint).strip();
            if (name.isEmpty()) {
                throw reader.error(nameNode, "the name of " + numbered + " is empty", nameHint);
            }
        }
        String called = "kernel '" + name + "'";
        Matrix weights = null;
        Node values = null;
        double bias = SceneKeys.DEFAULT_BIAS;
        for (Fields.Entry entry : fields.entries()) {
            Node value = entry.value();
            switch (entry.key()) {
                case "name" -> { }
                case "values" -> {
                    weights = matrix(value, "values of " + called, called, Limits.KERNEL_SIDE);
                    values = value;
                }
                case "bias" -> bias = value(value, "bias of " + called, "write a number such as 0 or -1");
                default -> throw reader.unknownKey(entry, SceneKeys.KERNEL_KEYS, "in " + called);
            }
        }
        if (weights == null) {
            throw reader.error(node, called + " has no values", "add values: rows of weights, such as " + KERNEL_EXAMPLE);
        }
        return new ReadKernel(new Kernel(name, weights, bias), node, nameNode, values);
    }

    /** Every kernel's map stacks into one multi-channel output, so all kernels share one shape. */
    private void requireSameShape(ReadKernel first, ReadKernel other) throws SceneException {
        Matrix a = first.kernel().weights();
        Matrix b = other.kernel().weights();
        if (a.rows() != b.rows() || a.cols() != b.cols()) {
            throw reader.error(other.values(), "kernel '" + other.kernel().name() + "' is " + b.rows() + "×" + b.cols()
                    + " but kernel '" + first.kernel().name() + "' is " + a.rows() + "×" + a.cols(),
                    "give every kernel the same size, so their feature maps stack into one output");
        }
    }

    private SceneException duplicateName(ReadKernel first, ReadKernel again, int index) {
        String name = again.kernel().name();
        if (again.nameNode() == null) {
            return reader.error(again.node(), "kernel " + index + " has no name, and its default name '" + name
                    + "' is already taken" + NodeReader.onLine(first.nameNode()), "give kernel " + index + " a name");
        }
        if (first.nameNode() == null) {
            // Default names are "kernel N", so the name says which kernel has it.
            return reader.error(again.nameNode(), "kernel name '" + name + "' is already the default name of "
                    + name + ", which has no name" + NodeReader.onLine(first.node()),
                    "give " + name + " a name, or call this kernel something else");
        }
        return reader.error(again.nameNode(), "kernel name '" + name + "' is used twice" + NodeReader.firstOnLine(first.nameNode()),
                "give each kernel its own name, as the names label the feature maps");
    }

    private Stride stride(Node node) throws SceneException {
        if (node instanceof SequenceNode) {
            List<Node> parts = reader.list(node, "stride", "");
            if (parts.size() != 2) {
                throw reader.error(node, "stride has " + count(parts.size(), "value"),
                        "write one number, or [rows, cols] such as [1, 2]");
            }
            return new Stride(step(parts.get(0), "the row stride", "use a whole number of cells, such as 1 or 2"),
                    step(parts.get(1), "the column stride", "use a whole number of cells, such as 1 or 2"));
        }
        return Stride.of(step(node, "stride", "use a whole number of cells such as 1 or 2, or [rows, cols] such as [1, 2]"));
    }

    private int step(Node node, String what, String hint) throws SceneException {
        int cells = reader.whole(node, what, hint);
        if (cells < 1) {
            throw reader.error(node, what + " is " + cells + ", but the window moves at least 1 cell per step",
                    "use 1 or more");
        }
        if (cells > Limits.STRIDE) {
            throw reader.error(node, what + " is " + cells + ", more than the limit of " + Limits.STRIDE + " cells",
                    "use 1 to " + Limits.STRIDE);
        }
        return cells;
    }

    private Padding padding(Node node) throws SceneException {
        String choices = "valid, same, full or a number of zeros per side such as 1";
        if (NodeReader.isNumber(node)) {
            int zeros = reader.whole(node, "padding", "use a whole number of zeros per side such as 1, or valid, same or full");
            if (zeros < 0) {
                throw reader.error(node, "padding is " + zeros + ", a negative number of zeros",
                        "use 0 or more zeros per side, or valid, same or full");
            }
            if (zeros > Limits.PADDING) {
                throw reader.error(node, "padding is " + zeros + ", more than the limit of " + Limits.PADDING + " zeros per side",
                        "use 0 to " + Limits.PADDING + " zeros per side, or valid, same or full");
            }
            return Padding.zeros(zeros);
        }
        if (!(node instanceof ScalarNode) || NodeReader.isNull(node)) {
            throw reader.error(node, "padding is " + NodeReader.describe(node) + ", not a word or a number", "use " + choices);
        }
        String word = ((ScalarNode) node).getValue();
        return switch (word) {
            case "valid" -> Padding.valid();
            case "same" -> Padding.same();
            case "full" -> Padding.full();
            default -> throw reader.error(node, "unknown padding '" + word + "'", NearestWord.among(word, SceneKeys.PADDING_WORDS)
                    .map(near -> "did you mean '" + near + "'? padding is " + choices)
                    .orElse("use " + choices));
        };
    }

    private Activation activation(Node node) throws SceneException {
        return chosen(node, "activation", SceneKeys.ACTIVATION_WORDS,
                word -> labelled(word, Activation.values(), Activation::label));
    }

    /** {@code picture} is the scene's image as a picture, or null if it is numbers. */
    private List<ReadBeat> beats(Node node, Picture picture) throws SceneException {
        List<Node> items = reader.list(node, "beats", node instanceof MappingNode
                ? "start each beat with '- ', such as '- show: title', to make a list"
                : "write one '- show: ...' entry per beat, each with a caption and seconds");
        if (items.isEmpty()) {
            throw reader.error(node, "beats is empty", "add at least one beat, such as '- show: title' with a caption and seconds");
        }
        if (items.size() > Limits.BEATS) {
            throw reader.error(items.get(Limits.BEATS), "this is beat " + (Limits.BEATS + 1) + ", more than the limit of "
                    + Limits.BEATS + " beats", "split the scene into several files");
        }
        List<ReadBeat> beats = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            beats.add(beat(items.get(i), i + 1, picture));
        }
        return beats;
    }

    private ReadBeat beat(Node node, int index, Picture picture) throws SceneException {
        String beat = "beat " + index;
        Fields fields = reader.fields(node, beat, "write it as 'show: ...', 'caption: ...' and 'seconds: ...' lines");
        // The kind comes first: it decides which options the other keys may be.
        Optional<Fields.Entry> showEntry = fields.get("show");
        String show = showEntry.isPresent() ? show(showEntry.get().value(), beat) : SceneKeys.DEFAULT_SHOW;
        List<String> options = SceneKeys.BEAT_OPTIONS.get(show);
        String caption = null;
        Node captionNode = node;
        Double seconds = null;
        List<Voiceover.Phrase> phrases = null;
        Node narrationNode = null;
        Path voice = null;
        List<Voiceover.Mark> marks = List.of();
        Node voiceNode = null;
        Map<String, Fields.Entry> given = new LinkedHashMap<>();
        for (Fields.Entry entry : fields.entries()) {
            Node value = entry.value();
            switch (entry.key()) {
                case "show" -> { }
                case "caption" -> {
                    caption = text(value, "caption of " + beat, Limits.CAPTION,
                            "write the caption in quotes, such as caption: \"...\", or caption: \"\" for no text");
                    captionNode = value;
                }
                case "narration" -> {
                    phrases = narration(value, beat);
                    narrationNode = value;
                }
                case "voice" -> {
                    if (value instanceof MappingNode) {
                        Fields voiceFields = reader.fields(value, "voice of " + beat, VOICE_EXAMPLE);
                        for (Fields.Entry voiceEntry : voiceFields.entries()) {
                            switch (voiceEntry.key()) {
                                case "file" -> voice = sound.file(voiceEntry.value(), "voice file", "voice");
                                case "cues" -> marks = marks(voiceEntry.value(), beat);
                                default -> throw reader.unknownKey(voiceEntry, SceneKeys.VOICE_KEYS, "in voice");
                            }
                        }
                        if (voice == null) {
                            throw reader.error(value, "voice of " + beat + " has no file", "write it as " + VOICE_EXAMPLE);
                        }
                    } else {
                        voice = sound.file(value, "voice file", "voice");
                    }
                    voiceNode = value;
                }
                case "seconds" -> seconds = seconds(value, beat);
                default -> {
                    if (!options.contains(entry.key())) {
                        throw notAnOption(entry, beat, show);
                    }
                    given.put(entry.key(), entry);
                }
            }
        }
        if (seconds == null) {
            throw reader.error(node, beat + " has no seconds", "add seconds: 3, how long it stays on screen");
        }
        if (caption == null) {
            throw reader.error(node, beat + " has no caption", "add caption: \"...\", or caption: \"\" for a beat without text");
        }
        BeatOptions read = new BeatOptions(beat, node, given);
        Beat made = new Beat(caption, seconds, switch (show) {
            case "title" -> new Show.Title();
            case "matrix" -> new Show.Matrix();
            case "patterns" -> new Show.Patterns();
            case "photo" -> new Show.Photo(read.picture(picture));
            case "step" -> new Show.Step(read.cell("at", null,
                    beat + " shows a step but has no at", "add at: [row, col], the output cell it works out, such as [0, 0]"));
            case "featuremap" -> new Show.FeatureMap();
            case "kernels" -> new Show.Kernels();
            case "stride" -> new Show.Stride(read.strides());
            case "padding" -> new Show.Padding(read.paddings());
            case "activation" -> new Show.Activation();
            case "formula" -> new Show.Formula(read.cell("at", SceneKeys.DEFAULT_FORMULA_CELL, null, null));
            case "table" -> new Show.Table(read.texts("header", 2, "the two column titles"), read.tableRows());
            case "myths" -> new Show.Myths(read.myths());
            case "card" -> new Show.Card(read.texts("lines", 0, "the lines of the card"));
            default -> new Show.Slide();
        });
        Node spoken = voiceNode != null ? voiceNode : narrationNode != null ? narrationNode : captionNode;
        if (!marks.isEmpty() && phrases != null && phrases.stream().anyMatch(p -> p.cue().isPresent())) {
            throw reader.error(narrationNode, beat + " names its cues twice: in its narration and in voice: cues",
                    "a recorded voice marks its cues in voice: {file: ..., cues: {...}}; leave the cue names out of narration");
        }
        List<Voiceover.Phrase> spokenPhrases = phrases != null ? phrases : caption.isBlank() ? List.of()
                : List.of(new Voiceover.Phrase(caption, Optional.empty(), reader.location(captionNode)));
        String narration = String.join(" ", spokenPhrases.stream().map(Voiceover.Phrase::text).toList());
        Voiceover.BeatVoice said = new Voiceover.BeatVoice(narration, spokenPhrases, Optional.ofNullable(voice), marks,
                reader.location(spoken));
        return new ReadBeat(made, said);
    }

    /**
     * What a beat says: one text, or a list of phrases, each spoken as a clip of its own; a phrase
     * written as {@code cue: "text"} starts the beat's animation cue of that name.
     */
    private List<Voiceover.Phrase> narration(Node value, String beat) throws SceneException {
        String hint = "write what is said in quotes, a list of phrases, or narration: \"\" for a silent beat";
        if (!(value instanceof SequenceNode)) {
            String text = text(value, "narration of " + beat, Limits.NARRATION, hint);
            return text.isBlank() ? List.of() : List.of(new Voiceover.Phrase(text, Optional.empty(), reader.location(value)));
        }
        List<Voiceover.Phrase> phrases = new ArrayList<>();
        Set<String> cues = new HashSet<>();
        for (Node item : reader.list(value, "narration of " + beat, hint)) {
            Optional<String> cue = Optional.empty();
            Node said = item;
            Node where = item;
            if (item instanceof MappingNode) {
                Fields one = reader.fields(item, "a phrase of " + beat, PHRASE_EXAMPLE);
                if (one.entries().size() != 1) {
                    throw reader.error(item, "a phrase names one cue, this one has " + one.entries().size(),
                            "write it as " + PHRASE_EXAMPLE);
                }
                Fields.Entry entry = one.entries().get(0);
                cue = Optional.of(cueName(entry.keyNode(), entry.key(), cues));
                said = entry.value();
                where = entry.keyNode();
            }
            String text = text(said, "a phrase of " + beat, Limits.NARRATION, "write the phrase in quotes, such as " + PHRASE_EXAMPLE);
            if (text.isBlank()) {
                throw reader.error(said, "a phrase of " + beat + " is empty", "leave it out, or write what is said");
            }
            phrases.add(new Voiceover.Phrase(text.strip(), cue, reader.location(where)));
        }
        if (phrases.isEmpty()) {
            throw reader.error(value, "narration of " + beat + " is an empty list", "write narration: \"\" for a silent beat");
        }
        int length = phrases.stream().mapToInt(p -> p.text().codePointCount(0, p.text().length())).sum();
        if (length > Limits.NARRATION) {
            throw reader.error(value, "narration of " + beat + " is " + length + " characters long, more than the limit of "
                    + Limits.NARRATION, "shorten it to " + Limits.NARRATION + " characters or fewer");
        }
        return List.copyOf(phrases);
    }

    /** {@code cues: {relu: 2.4, ...}} of a recorded voice: each cue and the second of the file it starts at. */
    private List<Voiceover.Mark> marks(Node value, String beat) throws SceneException {
        String hint = "write it as cues: {relu: 2.4}, the second of the voice file each cue starts at";
        List<Voiceover.Mark> marks = new ArrayList<>();
        Set<String> cues = new HashSet<>();
        for (Fields.Entry entry : reader.fields(value, "cues of the voice of " + beat, hint).entries()) {
            String cue = cueName(entry.keyNode(), entry.key(), cues);
            double at = reader.number(entry.value(), "the start of cue " + cue, hint);
            if (at < 0) {
                throw reader.error(entry.value(), "cue " + cue + " starts at " + NodeReader.shown(entry.value()) + " s",
                        "a cue starts 0 s or more into the voice file");
            }
            marks.add(new Voiceover.Mark(cue, at, reader.location(entry.value())));
        }
        return List.copyOf(marks);
    }

    private String cueName(Node at, String name, Set<String> seen) throws SceneException {
        if (!name.matches(SceneKeys.CUE_NAME)) {
            throw reader.error(at, "'" + name + "' is not a cue name", "cue names are lower-case words such as relu or sum");
        }
        if (!seen.add(name)) {
            throw reader.error(at, "cue " + name + " is started twice in one beat", "each cue starts once per beat");
        }
        return name;
    }

    /** A key that is an option of other kinds of beat, or no beat's key at all. */
    private SceneException notAnOption(Fields.Entry entry, String beat, String show) {
        String key = entry.key();
        List<String> kinds = SceneKeys.kindsWith(key);
        if (!kinds.isEmpty()) {
            return reader.error(entry.keyNode(), beat + " shows " + show + ", which has no " + key,
                    "remove " + key + ", or use show: " + SceneKeys.or(kinds));
        }
        return reader.unknownKey(entry, SceneKeys.beatKeys(show), "in " + beat);
    }

    /** The kind-specific options of one beat, read on demand with messages that name the beat. */
    private final class BeatOptions {
        private final String beat;
        private final Node node;
        private final Map<String, Fields.Entry> given;

        BeatOptions(String beat, Node node, Map<String, Fields.Entry> given) {
            this.beat = beat;
            this.node = node;
            this.given = given;
        }

        /** The cell under {@code key}, or {@code fallback}; without a fallback, a missing key is this error. */
        Cell cell(String key, Cell fallback, String missing, String hint) throws SceneException {
            Fields.Entry entry = given.get(key);
            if (entry == null) {
                if (fallback == null) {
                    throw reader.error(node, missing, hint);
                }
                return fallback;
            }
            return SceneReader.this.cell(entry.value(), beat);
        }

        /** The beat's own {@code image:} picture, or the scene's ({@code fallback}, null if the scene's is numbers). */
        Picture picture(Picture fallback) throws SceneException {
            Fields.Entry entry = given.get("image");
            if (entry != null) {
                return pictures.read(entry.value(), "image of " + beat);
            }
            if (fallback == null) {
                throw reader.error(node, beat + " shows a photo but has no picture, and the scene's image is numbers",
                        "give it its own " + PictureReader.EXAMPLE + ", or make the scene's image a picture");
            }
            return fallback;
        }

        List<Stride> strides() throws SceneException {
            Fields.Entry entry = given.get("strides");
            if (entry == null) {
                return SceneKeys.DEFAULT_STRIDES;
            }
            List<Stride> strides = new ArrayList<>();
            for (Node item : compared(entry, "strides", "such as strides: [1, 2]")) {
                strides.add(stride(item));
            }
            return strides;
        }

        List<Padding> paddings() throws SceneException {
            Fields.Entry entry = given.get("paddings");
            if (entry == null) {
                return SceneKeys.DEFAULT_PADDINGS;
            }
            List<Padding> paddings = new ArrayList<>();
            for (Node item : compared(entry, "paddings", "such as paddings: [valid, same]")) {
                paddings.add(padding(item));
            }
            return paddings;
        }

        /** A list of texts; {@code size} 0 takes any number, at least one. */
        List<String> texts(String key, int size, String what) throws SceneException {
            Fields.Entry entry = given.get(key);
            String example = key + ": [\"...\", \"...\"]";
            if (entry == null) {
                throw reader.error(node, beat + " has no " + key, "add " + example + ", " + what);
            }
            List<Node> items = items(entry, key, "such as " + example);
            if (size > 0 && items.size() != size) {
                throw reader.error(entry.value(), key + " of " + beat + " has " + count(items.size(), "text"),
                        "write " + size + " texts, " + what);
            }
            List<String> texts = new ArrayList<>();
            for (Node item : items) {
                texts.add(text(item, "an entry of " + key + " in " + beat, Limits.SHOWN_TEXT, "write it in quotes, such as \"...\""));
            }
            return texts;
        }

        List<List<String>> tableRows() throws SceneException {
            Fields.Entry entry = given.get("rows");
            String example = "rows: [[\"চোখে দেখে\", \"Kernel দিয়ে দেখে\"]]";
            if (entry == null) {
                throw reader.error(node, beat + " has no rows", "add " + example + ", one [left, right] pair per row");
            }
            List<List<String>> rows = new ArrayList<>();
            for (Node row : items(entry, "rows", "such as " + example)) {
                List<Node> cells = reader.list(row, "a row of " + beat, "write each row as [left, right]");
                if (cells.size() != 2) {
                    throw reader.error(row, "a row of " + beat + " has " + count(cells.size(), "text"),
                            "write each row as two texts, [left, right]");
                }
                rows.add(List.of(text(cells.get(0), "a row of " + beat, Limits.SHOWN_TEXT, "write it in quotes"),
                        text(cells.get(1), "a row of " + beat, Limits.SHOWN_TEXT, "write it in quotes")));
            }
            return rows;
        }

        List<Show.Myth> myths() throws SceneException {
            Fields.Entry entry = given.get("items");
            String example = "- {myth: \"...\", fact: \"...\"}";
            if (entry == null) {
                throw reader.error(node, beat + " has no items", "add items: with one '" + example + "' per misconception");
            }
            List<Show.Myth> myths = new ArrayList<>();
            for (Node item : items(entry, "items", "one '" + example + "' per misconception")) {
                Fields pair = reader.fields(item, "an item of " + beat, "write it as " + example);
                String myth = null;
                String fact = null;
                for (Fields.Entry part : pair.entries()) {
                    switch (part.key()) {
                        case "myth" -> myth = text(part.value(), "myth in " + beat, Limits.SHOWN_TEXT, "write it in quotes");
                        case "fact" -> fact = text(part.value(), "fact in " + beat, Limits.SHOWN_TEXT, "write it in quotes");
                        default -> throw reader.unknownKey(part, SceneKeys.MYTH_KEYS, "in an item of " + beat);
                    }
                }
                if (myth == null || fact == null) {
                    throw reader.error(item, "an item of " + beat + " has no " + (myth == null ? "myth" : "fact"),
                            "write it as " + example);
                }
                myths.add(new Show.Myth(myth, fact));
            }
            return myths;
        }

        private List<Node> items(Fields.Entry entry, String key, String example) throws SceneException {
            List<Node> items = reader.list(entry.value(), key + " of " + beat, "write a list, " + example);
            if (items.isEmpty()) {
                throw reader.error(entry.value(), key + " of " + beat + " is empty", "write at least one, " + example);
            }
            return items;
        }

        /** The strides or paddings a beat compares side by side: at most {@link Limits#COMPARED}. */
        private List<Node> compared(Fields.Entry entry, String key, String example) throws SceneException {
            List<Node> items = items(entry, key, example);
            if (items.size() > Limits.COMPARED) {
                throw reader.error(items.get(Limits.COMPARED), "this is entry " + (Limits.COMPARED + 1) + " of " + key
                        + " of " + beat + ", more than the limit of " + Limits.COMPARED, "compare " + Limits.COMPARED
                        + " or fewer side by side");
            }
            return items;
        }
    }

    private String show(Node node, String beat) throws SceneException {
        String choices = SceneKeys.or(SceneKeys.SHOW_KINDS);
        String kind = reader.text(node, "show of " + beat, "use " + choices);
        if (SceneKeys.SHOW_KINDS.contains(kind)) {
            return kind;
        }
        throw reader.error(node, "unknown show '" + kind + "' in " + beat, NearestWord.among(kind, SceneKeys.SHOW_KINDS)
                .map(near -> "did you mean '" + near + "'? show is " + choices)
                .orElse("use " + choices));
    }

    private double seconds(Node node, String beat) throws SceneException {
        double seconds = reader.number(node, "seconds of " + beat, "write a number of seconds such as 3 or 2.5");
        if (seconds <= 0) {
            throw reader.error(node, beat + " lasts " + NodeReader.shown(node) + " seconds",
                    "use a positive number of seconds, such as 3");
        }
        if (seconds > Limits.BEAT_SECONDS) {
            throw reader.error(node, beat + " lasts " + NodeReader.shown(node) + " seconds, more than the limit of "
                    + (int) Limits.BEAT_SECONDS, "split it into beats of " + (int) Limits.BEAT_SECONDS + " seconds or less");
        }
        return seconds;
    }

    private Cell cell(Node node, String beat) throws SceneException {
        String shape = "write [row, col] of the output cell, such as [0, 0]";
        List<Node> parts = reader.list(node, "at of " + beat, shape);
        if (parts.size() != 2) {
            throw reader.error(node, "at of " + beat + " has " + count(parts.size(), "value"), shape);
        }
        return new Cell(index(parts.get(0), "the row in at of " + beat), index(parts.get(1), "the column in at of " + beat));
    }

    private int index(Node node, String what) throws SceneException {
        int index = reader.whole(node, what, "rows and columns are whole numbers counted from 0");
        if (index < 0) {
            throw reader.error(node, what + " is " + index + ", but rows and columns are counted from 0", "use 0 or more");
        }
        return index;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
