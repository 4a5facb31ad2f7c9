package convreel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import convreel.audio.TtsEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenes with a voice, through the command line: timing follows the voice, the MP4 carries it, errors point at lines. */
class NarratedRenderTest {
    private static final String SEED = """
            title: "কনভলিউশন"
            image: [[1, 2, 3, 0, 1], [0, 1, 2, 3, 1], [1, 0, 1, 2, 3], [2, 1, 0, 1, 2], [1, 2, 1, 0, 1]]
            kernels:
              - name: vertical edge
                values: [[1, 0, -1], [1, 0, -1], [1, 0, -1]]
            activation: relu
            """;

    @TempDir
    Path dir;

    @Test
    void aSpokenBeatLastsAsLongAsItsVoiceAndTheVideoCarriesIt() throws Exception {
        assumeTrue(TtsEngine.EspeakNg.isInstalled(), "espeak-ng is installed (CI installs it)");
        Path scene = write("spoken.yaml", SEED + """
                tts: {engine: espeak-ng}
                beats:
                  - show: title
                    caption: "কনভলিউশন হলো সি এন এন এর চোখ, যা ছবি জুড়ে ঘুরে ঘুরে প্যাটার্ন খোঁজে"
                    seconds: 0.5
                  - caption: "চুপ"
                    narration: ""
                    seconds: 1
                """);
        Path out = dir.resolve("out");
        CliRun render = CliRun.of("render", scene.toString(), "--out", out.toString(), "--captions", "cc");
        assertEquals(0, render.exitCode(), render.err());
        // inspect never speaks, but it times the beats by the clips the render left in the cache.
        CliRun inspect = CliRun.of("inspect", scene.toString(), "--json", "--out", out.toString());
        assertEquals(0, inspect.exitCode(), inspect.err());
        double firstEnd = Double.parseDouble(inspect.out().replaceAll("(?s).*\"beats\":\\[\\{\"start\":0.0,\"end\":([0-9.]+).*", "$1"));
        assertTrue(firstEnd > 2, "the first beat is stretched from 0.5 s to fit its voice, ends at " + firstEnd);

        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(out.resolve("spoken.mp4").toFile())) {
            grabber.start();
            assertEquals("aac", grabber.getAudioCodecName());
            assertEquals(48000, grabber.getSampleRate());
            assertEquals(2, grabber.getAudioChannels());
            assertEquals(firstEnd + 1, grabber.getLengthInTime() / 1e6, 1.0 / 30 + 0.05, "video and sound last the stretched beats");
        }
        String srt = Files.readString(out.resolve("spoken.srt"));
        assertTrue(srt.contains("চুপ"), "a silent beat still has its caption as a subtitle: " + srt);
    }

    @Test
    void aFailingSpeechCommandIsASceneErrorAtItsBeatAndWritesNothing() throws Exception {
        Path scene = write("failing.yaml", SEED + """
                tts:
                  engine: command
                  command: "false {text} {out}"
                beats:
                  - caption: "এটি বলা যাবে না"
                    seconds: 1
                """);
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("render", scene.toString(), "--out", out.toString(), "--allow-commands");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith(scene + ":11:14: beat 1: "), run.err());
        assertTrue(run.err().contains("   11 |   - caption: \"এটি বলা যাবে না\""), "the line is quoted: " + run.err());
        assertTrue(!Files.exists(out.resolve("failing.mp4")) && !Files.exists(out.resolve("failing.srt")), "no output");
    }

    @Test
    void eachVariantRendersToItsOwnVideo() throws Exception {
        Path scene = write("hooks.yaml", SEED + """
                beats:
                  - show: title
                    caption: "দেখুন"
                    seconds: 0.3
                variants:
                  - name: one
                  - name: two
                    title: "দ্বিতীয় hook"
                """);
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("render", scene.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("hooks-one.mp4", "hooks-two.mp4"),
                    files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".mp4")).sorted().toList());
        }
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }
}
