package convreel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import convreel.audio.TtsEngine;
import convreel.testing.SeedScene;
import java.nio.ShortBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A phrase of the narration that names a cue starts it: the picture moves when the voice says so,
 * whatever engine speaks, instead of at a share of the beat fixed by hand.
 */
class VoiceLedCuesTest {
    private static final String SCENE = SeedScene.YAML + """
            activation: relu
            tts: {engine: espeak-ng}
            beats:
              - show: activation
                caption: "ReLU(x) = max(0, x)"
                seconds: 3
                narration:
                  - "কনভলিউশনের পর আসে রেলু। এটি প্রতিটি মান একে একে দেখে।"
                  - activate: "নেগেটিভ মানগুলো শূন্য হয়ে যায়।"
            """;
    /** How close the picture must follow the voice. */
    private static final double TOLERANCE_SECONDS = 0.3;

    @TempDir
    Path dir;

    @Test
    void negativeCellsStartDroppingToZeroWhenThePhraseThatSaysSoIsHeard() throws Exception {
        assumeTrue(TtsEngine.EspeakNg.isInstalled(), "espeak-ng is installed (CI installs it)");
        Path scene = dir.resolve("relu.yaml");
        Files.writeString(scene, SCENE);
        Path out = dir.resolve("out");
        CliRun render = CliRun.of("render", scene.toString(), "--out", out.toString());
        assertEquals(0, render.exitCode(), render.err());
        CliRun inspect = CliRun.of("inspect", scene.toString(), "--json", "--out", out.toString());
        assertEquals(0, inspect.exitCode(), inspect.err());
        double activate = cueStart(inspect.out(), "activate");
        double graph = cueStart(inspect.out(), "graph");
        assertTrue(activate > 1.5, "the first phrase is said before the cells change; activate starts at " + activate);

        double[] loudness = loudness(out.resolve("relu.mp4"));
        double heard = onsetNear(loudness, activate);
        assertEquals(heard, activate, TOLERANCE_SECONDS, "the cells start to change when the phrase begins ("
                + heard + " s in the video's sound), not at a fixed share of the beat");
        assertTrue(graph < activate, "the cues before the named one keep their order");
    }

    @Test
    void aCueTheBeatDoesNotHaveIsRefusedByValidateAtItsName() throws Exception {
        Path scene = dir.resolve("typo.yaml");
        Files.writeString(scene, SCENE.replace("- activate:", "- relu:"));
        CliRun validate = CliRun.of("validate", scene.toString());
        assertEquals(2, validate.exitCode(), validate.err());
        assertTrue(validate.err().startsWith(scene + ":17:9: beat 1 has no cue 'relu'; its cues are formula, graph,"),
                validate.err());
        assertTrue(validate.err().contains("activate"), "the message lists the cues there are: " + validate.err());
    }

    private static double cueStart(String json, String cue) {
        Matcher m = Pattern.compile("\\{\"cue\":\"" + cue + "\",\"start\":([0-9.]+)").matcher(json);
        assertTrue(m.find(), "inspect lists cue " + cue + ": " + json);
        return Double.parseDouble(m.group(1));
    }

    /** The sound's level in dBFS, one value per 10 ms. */
    private static double[] loudness(Path video) throws Exception {
        List<Double> levels = new ArrayList<>();
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile())) {
            grabber.setSampleFormat(org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_S16);
            grabber.start();
            int window = grabber.getSampleRate() * grabber.getAudioChannels() / 100;
            double sum = 0;
            int n = 0;
            Frame frame;
            while ((frame = grabber.grabSamples()) != null) {
                ShortBuffer samples = (ShortBuffer) frame.samples[0];
                while (samples.hasRemaining()) {
                    double s = samples.get() / 32768.0;
                    sum += s * s;
                    if (++n == window) {
                        levels.add(10 * Math.log10(sum / n + 1e-12));
                        sum = 0;
                        n = 0;
                    }
                }
            }
        }
        return levels.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * Where speech resumes after the last pause before {@code around} + the tolerance: the first loud
     * 10 ms after a run of at least 80 ms of quiet.
     */
    private static double onsetNear(double[] levels, double around) {
        int last = Math.min(levels.length - 1, (int) ((around + TOLERANCE_SECONDS + 0.2) * 100));
        int quietRun = 0;
        int onset = -1;
        for (int i = 0; i <= last; i++) {
            if (levels[i] < -45) {
                quietRun++;
            } else {
                if (quietRun >= 8 && i > 20) {
                    onset = i;
                }
                quietRun = 0;
            }
        }
        assertTrue(onset >= 0, "a pause before the phrase is heard");
        return onset / 100.0;
    }
}
