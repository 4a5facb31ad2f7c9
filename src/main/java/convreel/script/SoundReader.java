package convreel.script;

import convreel.model.Location;
import convreel.model.Voiceover;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * What a scene says it sounds like: its {@code tts:} engine, its {@code music:} and the sound files
 * it names (music, a beat's recorded voice), each of which must lie in the scene file's folder.
 */
final class SoundReader {
    private final NodeReader reader;
    private final Path folder;

    /** {@code folder} is where sound file paths in the scene are relative to. */
    SoundReader(NodeReader reader, Path folder) {
        this.reader = reader;
        this.folder = folder;
    }

    Voiceover.Speech speech(Node node) throws SceneException {
        String example = "tts: {engine: espeak-ng}";
        Fields fields = reader.fields(node, "tts", "write it as a mapping with engine:, such as " + example);
        Fields.Entry engineEntry = fields.get("engine").orElseThrow(() -> reader.error(node, "tts has no engine",
                "add engine: espeak-ng, or engine: command with a command:"));
        String choices = SceneKeys.or(SceneKeys.TTS_ENGINES);
        String engine = reader.text(engineEntry.value(), "the tts engine", "use " + choices);
        if (!SceneKeys.TTS_ENGINES.contains(engine)) {
            throw reader.error(engineEntry.value(), "unknown tts engine '" + engine + "'", NearestWord.among(engine, SceneKeys.TTS_ENGINES)
                    .map(near -> "did you mean '" + near + "'? engine is " + choices)
                    .orElse("use " + choices));
        }
        boolean command = engine.equals("command");
        String voice = SceneKeys.DEFAULT_ESPEAK_VOICE;
        String template = null;
        Node templateNode = null;
        String format = SceneKeys.DEFAULT_COMMAND_FORMAT;
        for (Fields.Entry entry : fields.entries()) {
            Node value = entry.value();
            switch (entry.key()) {
                case "engine" -> { }
                case "voice" -> {
                    if (command) {
                        throw reader.error(entry.keyNode(), "voice belongs to engine: espeak-ng",
                                "for engine: command, put the voice in the command itself");
                    }
                    voice = reader.text(value, "the tts voice", "write an espeak-ng voice name such as bn");
                    if (!voice.matches(SceneKeys.VOICE_NAME)) {
                        throw reader.error(value, "tts voice '" + voice + "' is not a voice name", "use a voice such as bn");
                    }
                }
                case "command" -> {
                    if (!command) {
                        throw reader.error(entry.keyNode(), "command belongs to engine: command",
                                "remove command:, or set engine: command");
                    }
                    template = reader.text(value, "the tts command",
                            "write the command in quotes, with {text} and {out}, such as \"edge-tts --text {text} --write-media {out}\"");
                    if (!template.contains("{out}")) {
                        throw reader.error(value, "the tts command has no {out}",
                                "put {out} where the program takes the audio file to write, such as --write-media {out}");
                    }
                    templateNode = value;
                }
                case "format" -> {
                    if (!command) {
                        throw reader.error(entry.keyNode(), "format belongs to engine: command", "remove format:");
                    }
                    format = reader.text(value, "the tts format", "write a file extension such as mp3 or wav");
                    if (!format.matches(SceneKeys.FILE_EXTENSION)) {
                        throw reader.error(value, "tts format '" + format + "' is not a file extension", "use mp3, wav, ogg or m4a");
                    }
                }
                default -> throw reader.unknownKey(entry, SceneKeys.TTS_KEYS, "in tts");
            }
        }
        if (command && template == null) {
            throw reader.error(node, "engine: command needs a command",
                    "add command: \"edge-tts --voice bn-BD-NabanitaNeural --text {text} --write-media {out}\"");
        }
        // A command is named where it is written: messages about running it point there.
        Location where = reader.location(command ? templateNode : engineEntry.value());
        return command ? new Voiceover.Speech.Command(template, format, where) : new Voiceover.Speech.Espeak(voice, where);
    }

    Voiceover.Music music(Node node) throws SceneException {
        String example = "music: {file: music/loop.mp3, volume: 0.5}";
        Fields fields = reader.fields(node, "music", "write it as " + example);
        Path file = null;
        Node fileNode = null;
        double volume = SceneKeys.DEFAULT_MUSIC_VOLUME;
        for (Fields.Entry entry : fields.entries()) {
            switch (entry.key()) {
                case "file" -> {
                    file = file(entry.value(), "music file", "music");
                    fileNode = entry.value();
                }
                case "volume" -> {
                    volume = reader.number(entry.value(), "music volume", "use a number above 0 and at most 1, such as 0.5");
                    if (!(volume > 0 && volume <= 1)) {
                        throw reader.error(entry.value(), "music volume is " + NodeReader.shown(entry.value()),
                                "use a number above 0 and at most 1, such as 0.5");
                    }
                }
                default -> throw reader.unknownKey(entry, SceneKeys.MUSIC_KEYS, "in music");
            }
        }
        if (file == null) {
            throw reader.error(node, "music has no file", "write it as " + example);
        }
        return new Voiceover.Music(file, volume, reader.location(fileNode));
    }

    /**
     * A path relative to the scene file's folder that names a regular file inside that folder. A
     * scene from someone else may only use the sound files that come with it: a path that is
     * absolute, climbs out with {@code ..}, or passes through a link that leads out is refused.
     */
    Path file(Node node, String what, String kind) throws SceneException {
        String written = reader.text(node, what, "write the path in quotes, relative to the scene file");
        String relative = kind + " paths are relative to the scene file's folder";
        Path path;
        try {
            path = folder.resolve(written).normalize();
        } catch (java.nio.file.InvalidPathException invalid) {
            throw reader.error(node, what + " '" + written + "' is not a path", relative);
        }
        if (!path.startsWith(folder)) {
            throw reader.error(node, what + " '" + written + "' is outside the scene file's folder",
                    "put the file in the scene file's folder or below it, and give its path from there");
        }
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            throw reader.error(node, what + " '" + written + "' does not exist", relative);
        }
        if (!Files.exists(path)) {
            throw reader.error(node, what + " '" + written + "' is a link to a file that does not exist",
                    "point the link at an existing file, or give the file's own path");
        }
        if (Files.isDirectory(path)) {
            throw reader.error(node, what + " '" + written + "' is a folder, not a file", "give the path of a file in it");
        }
        if (!Files.isRegularFile(path)) {
            throw reader.error(node, what + " '" + written + "' is not a regular file (a pipe, socket or device)",
                    "give the path of a sound file");
        }
        try {
            if (!path.toRealPath().startsWith(folder.toRealPath())) {
                throw reader.error(node, what + " '" + written + "' leads out of the scene file's folder through a link",
                        "copy the file into the scene file's folder");
            }
        } catch (IOException unreadable) {
            throw reader.error(node, what + " '" + written + "' cannot be read: " + unreadable.getMessage(), relative);
        }
        return path;
    }
}
