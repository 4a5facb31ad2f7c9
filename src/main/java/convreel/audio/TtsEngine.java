package convreel.audio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A text-to-speech engine that turns a beat's narration into a sound file. Two kinds:
 * {@link EspeakNg}, Debian's {@code espeak-ng} with its Bengali voice, which needs no account or
 * network, and {@link Command}, any program a user names with a {@link CommandTemplate}.
 */
public sealed interface TtsEngine permits TtsEngine.EspeakNg, TtsEngine.Command {

    /** How long one clip may take before the engine is stopped. */
    Duration TIME_LIMIT = Duration.ofMinutes(3);

    /**
     * Everything about the engine that changes the sound it makes from a given text, as one string:
     * part of the {@link ClipCache} key, so changing the voice or the command re-synthesises.
     */
    String identity();

    /** The file extension of the clips it writes, such as {@code wav}. */
    String extension();

    /**
     * Speaks {@code text} into the file {@code out}, running in {@code workDirectory}.
     *
     * @throws TtsException if the engine is missing, fails, or writes nothing
     */
    void synthesize(String text, Path out, Path workDirectory) throws TtsException, IOException;

    /** The espeak-ng engine with the Bengali voice, {@code bn}. */
    static EspeakNg espeakNg() {
        return new EspeakNg(EspeakNg.BENGALI);
    }

    /**
     * {@code espeak-ng -v VOICE -b 1 --stdin -w OUT}: UTF-8 text on standard input (so a narration
     * starting with {@code -} is not taken for an option), a 22 kHz mono WAV out.
     *
     * @param voice an espeak-ng voice name, such as {@code bn} (Bengali) or {@code bn+f3}
     */
    record EspeakNg(String voice) implements TtsEngine {
        public static final String PROGRAM = "espeak-ng";
        public static final String BENGALI = "bn";
        public static final String INSTALL_HINT = "install it with: apt-get install espeak-ng";
        private static final Pattern VOICE = Pattern.compile("[A-Za-z0-9_+\\-/.]+");

        public EspeakNg {
            Objects.requireNonNull(voice, "voice");
            if (!VOICE.matcher(voice).matches()) {
                throw new IllegalArgumentException("espeak-ng voice '" + voice
                        + "' is not a voice name; expected a name such as bn (Bengali), as espeak-ng --voices lists them");
            }
        }

        /** True if {@code espeak-ng} can be started from this process's PATH. */
        public static boolean isInstalled() {
            try {
                Process process = new ProcessBuilder(PROGRAM, "--version").redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                return process.waitFor() == 0;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        @Override
        public String identity() {
            return PROGRAM + "\u0000" + voice;
        }

        @Override
        public String extension() {
            return "wav";
        }

        @Override
        public void synthesize(String text, Path out, Path workDirectory) throws TtsException, IOException {
            List<String> command = List.of(PROGRAM, "-v", voice, "-b", "1", "--stdin", "-w", out.toString());
            ExternalProgram.Result result;
            try {
                result = ExternalProgram.run(command, text, workDirectory, TIME_LIMIT);
            } catch (ExternalProgram.NotStarted e) {
                throw new TtsException(PROGRAM + " is not installed (it is the tts engine this scene names)", INSTALL_HINT, true);
            } catch (ExternalProgram.TimedOut e) {
                throw new TtsException(PROGRAM + " ran longer than " + TIME_LIMIT.toMinutes() + " minutes and was stopped", "", false);
            }
            if (result.exitCode() != 0) {
                String said = result.outputTail().isEmpty() ? "" : ": " + result.outputTail();
                throw new TtsException(PROGRAM + " failed with exit code " + result.exitCode() + said,
                        "check the voice name; espeak-ng --voices=bn lists the Bengali voices", false);
            }
            Command.requireClip(out, PROGRAM);
        }
    }

    /**
     * A user's program, run once per clip with the {@link CommandTemplate}'s placeholders filled in.
     *
     * @param extension the extension of the file {@code {out}} names, for programs that choose the
     *                  format by it and for FFmpeg's probe; {@code wav} unless the program writes another
     *                  format (edge-tts writes {@code mp3})
     */
    record Command(CommandTemplate template, String extension) implements TtsEngine {
        private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9]{1,8}");

        public Command {
            Objects.requireNonNull(template, "template");
            Objects.requireNonNull(extension, "extension");
            if (!EXTENSION.matcher(extension).matches()) {
                throw new IllegalArgumentException("tts output format '" + extension
                        + "' is not a file extension; expected letters and digits such as wav, mp3 or ogg");
            }
        }

        /** Parses a command template written as one line, writing clips with extension {@code extension}. */
        public static Command parse(String template, String extension) {
            return new Command(CommandTemplate.parse(template), extension);
        }

        @Override
        public String identity() {
            return "command\u0000" + String.join("\u0000", template.arguments()) + "\u0000" + extension;
        }

        @Override
        public void synthesize(String text, Path out, Path workDirectory) throws TtsException, IOException {
            String program = template.program();
            String stdin = template.takesTextArgument() ? null : text;
            ExternalProgram.Result result;
            try {
                result = ExternalProgram.run(template.expand(text, out), stdin, workDirectory, TIME_LIMIT);
            } catch (ExternalProgram.NotStarted e) {
                throw new TtsException("the tts command's program '" + program + "' was not found",
                        "install it, or write its full path in tts: command", true);
            } catch (ExternalProgram.TimedOut e) {
                throw new TtsException("the tts command '" + program + "' ran longer than " + TIME_LIMIT.toMinutes()
                        + " minutes and was stopped", "", false);
            }
            if (result.exitCode() != 0) {
                String said = result.outputTail().isEmpty() ? " and printed nothing" : ": " + result.outputTail();
                throw new TtsException("the tts command '" + program + "' failed with exit code " + result.exitCode() + said,
                        "run it by hand to see why: " + template, false);
            }
            requireClip(out, "the tts command '" + program + "'");
        }

        static void requireClip(Path out, String who) throws TtsException, IOException {
            if (!Files.exists(out) || Files.size(out) == 0) {
                throw new TtsException(who + " exited normally but wrote no audio to " + out.getFileName(),
                        "make sure the program writes its audio to the path given as {out}", false);
            }
        }
    }
}
