package convreel.audio;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A user's text-to-speech command, such as
 * {@code edge-tts --voice bn-BD-NabanitaNeural --text {text} --write-media {out}}, kept as a list of
 * arguments. The template is split into arguments once, when parsed, the way a shell splits words
 * (spaces separate, quotes group, a backslash escapes) but with no expansion of any kind; then
 * {@code {text}} and {@code {out}} are replaced <i>inside</i> arguments. The narration never passes
 * through a shell, so quotes, semicolons or {@code $(...)} in it are spoken, not run.
 *
 * <p>{@code {out}} is required: the path the command must write the clip to. {@code {text}} is
 * optional: without it the narration is written to the command's standard input (as Piper reads it).
 */
public record CommandTemplate(List<String> arguments) {
    public static final String TEXT = "{text}";
    public static final String OUT = "{out}";

    public CommandTemplate {
        arguments = List.copyOf(arguments);
        if (arguments.isEmpty() || arguments.get(0).isBlank()) {
            throw new IllegalArgumentException("the tts command is empty; expected a program and its arguments, e.g. "
                    + "edge-tts --voice bn-BD-NabanitaNeural --text {text} --write-media {out}");
        }
        if (arguments.stream().noneMatch(a -> a.contains(OUT))) {
            throw new IllegalArgumentException("the tts command has no {out}; put {out} where the program takes "
                    + "the audio file to write, e.g. --write-media {out}");
        }
    }

    /** Splits {@code template} into arguments as described above. */
    public static CommandTemplate parse(String template) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (quote == '"') {
                if (c == '"') {
                    quote = 0;
                } else if (c == '\\' && i + 1 < template.length() && "\"\\".indexOf(template.charAt(i + 1)) >= 0) {
                    word.append(template.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                inWord = true;
                if (c == '\'' || c == '"') {
                    quote = c;
                } else if (c == '\\' && i + 1 < template.length()) {
                    word.append(template.charAt(++i));
                } else {
                    word.append(c);
                }
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("the tts command has an unclosed " + (quote == '"' ? "double" : "single")
                    + " quote; close it, or leave quotes out: {text} is passed as one argument anyway");
        }
        if (inWord) {
            words.add(word.toString());
        }
        if (words.isEmpty()) {
            return new CommandTemplate(List.of(""));
        }
        return new CommandTemplate(words);
    }

    /** The program to run, as written (a name looked up on PATH, or a path). */
    public String program() {
        return arguments.get(0);
    }

    /** True if the narration goes into an argument; false if it goes to standard input. */
    public boolean takesTextArgument() {
        return arguments.stream().anyMatch(a -> a.contains(TEXT));
    }

    /** The command line for one clip: each argument with {@code {text}} and {@code {out}} replaced. */
    public List<String> expand(String text, Path out) {
        String file = out.toString();
        List<String> line = new ArrayList<>(arguments.size());
        for (String argument : arguments) {
            line.add(replace(argument, text, file));
        }
        return line;
    }

    /** Replaces both placeholders in one left-to-right pass, so a {@code {out}} inside the text stays text. */
    private static String replace(String argument, String text, String file) {
        StringBuilder out = new StringBuilder(argument.length() + text.length());
        int i = 0;
        while (i < argument.length()) {
            if (argument.startsWith(TEXT, i)) {
                out.append(text);
                i += TEXT.length();
            } else if (argument.startsWith(OUT, i)) {
                out.append(file);
                i += OUT.length();
            } else {
                out.append(argument.charAt(i++));
            }
        }
        return out.toString();
    }

    /** The template as a shell would show it, for messages and the cache key. */
    @Override
    public String toString() {
        StringBuilder shown = new StringBuilder();
        for (String argument : arguments) {
            if (shown.length() > 0) {
                shown.append(' ');
            }
            boolean plain = !argument.isEmpty() && argument.chars().noneMatch(c -> Character.isWhitespace(c) || "'\"\\$`;&|<>()*?".indexOf(c) >= 0);
            shown.append(plain ? argument : "'" + argument.replace("'", "'\\''") + "'");
        }
        return shown.toString();
    }
}
