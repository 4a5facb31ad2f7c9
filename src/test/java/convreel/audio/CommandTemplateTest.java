package convreel.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandTemplateTest {

    @Test
    void splitsLikeAShellWithoutExpandingAnything() {
        CommandTemplate template = CommandTemplate.parse(
                "edge-tts --voice bn-BD-NabanitaNeural --rate \"+10%\" --text {text}  --write-media '{out}' $HOME");
        assertEquals(List.of("edge-tts", "--voice", "bn-BD-NabanitaNeural", "--rate", "+10%", "--text", "{text}",
                "--write-media", "{out}", "$HOME"), template.arguments());
        assertEquals("edge-tts", template.program());
        assertTrue(template.takesTextArgument());
    }

    @Test
    void narrationBecomesOneArgumentWhateverItContains() {
        CommandTemplate template = CommandTemplate.parse("say --text={text} -o {out}");
        String text = "কনভলিউশন; rm -rf / $(touch x) \"quoted\" 'single' {out}";
        assertEquals(List.of("say", "--text=" + text, "-o", "/tmp/clip.wav"),
                template.expand(text, Path.of("/tmp/clip.wav")));
    }

    @Test
    void withoutTextPlaceholderTheNarrationGoesToStandardInput() {
        CommandTemplate template = CommandTemplate.parse("piper --model bn.onnx --output_file {out}");
        assertFalse(template.takesTextArgument());
    }

    @Test
    void quotesAndEscapesGroupWords() {
        assertEquals(List.of("a b", "c\"d", "e f", "g'h"),
                CommandTemplate.parse("'a b' \"c\\\"d\" e\\ f \"g'h\" {out}").arguments().subList(0, 4));
    }

    @Test
    void rejectsTemplatesThatCannotWork() {
        IllegalArgumentException noOut = assertThrows(IllegalArgumentException.class,
                () -> CommandTemplate.parse("edge-tts --text {text}"));
        assertEquals("the tts command has no {out}; put {out} where the program takes the audio file to write, "
                + "e.g. --write-media {out}", noOut.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> CommandTemplate.parse("  "));
        assertTrue(empty.getMessage().startsWith("the tts command is empty"), empty.getMessage());
        IllegalArgumentException quote = assertThrows(IllegalArgumentException.class,
                () -> CommandTemplate.parse("tts --text '{text} {out}"));
        assertTrue(quote.getMessage().startsWith("the tts command has an unclosed single quote"), quote.getMessage());
    }

    @Test
    void showsItselfQuotedAsAShellWould() {
        assertEquals("tts --text {text} -o {out} 'two words'",
                new CommandTemplate(List.of("tts", "--text", "{text}", "-o", "{out}", "two words")).toString());
    }
}
