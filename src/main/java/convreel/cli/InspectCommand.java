package convreel.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import convreel.conv.FeatureMap;
import convreel.model.Matrix;
import convreel.render.Inspection;
import convreel.render.LoadedScene;
import convreel.render.SceneVideo;
import convreel.timeline.BeatSpan;
import convreel.timeline.CueKey;
import convreel.timeline.CueTimes;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Prints what SCENE computes, without rendering: every feature map, the beats' times and their cues.",
                "It never runs a text-to-speech program and writes nothing: a beat is timed to its voice when the voice "
                        + "is a file or a clip a render left in <out>/.cache/tts, and by its own seconds otherwise "
                        + "(the output says which beats)."})
final class InspectCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;


    @picocli.CommandLine.Mixin
    SceneArgument scene;

    @Option(names = "--json", description = "One JSON object: output size, maps (featureMap includes the bias), beats (their kind as \"show\") in "
            + "seconds with their cues (seconds into the beat; \"voiceUnknown\": true on a beat whose voice is not "
            + "synthesised yet).")
    boolean json;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output",
            description = "The output folder of earlier renders, whose voice clips time the beats (default: ${DEFAULT-VALUE}); only read.")
    Path out;

    @Override
    public Integer call() throws Exception {
        LoadedScene loaded = LoadedScene.inspected(scene.file, scene.format(), out.resolve(SceneVideo.CACHE));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            writeJson(loaded, out);
        } else {
            writeText(loaded, out);
        }
        out.flush();
        return 0;
    }

    private static void writeJson(LoadedScene loaded, PrintWriter out) throws IOException {
        JsonFactory factory = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
        try (JsonGenerator json = factory.createGenerator(out)) {
            Inspection.write(loaded, json);
        }
        out.println();
    }

    private static void writeText(LoadedScene loaded, PrintWriter out) {
        out.printf("%s: output %d×%d, %d frames at %d fps%n", loaded.scene().name(),
                loaded.computation().outputRows(), loaded.computation().outputCols(),
                loaded.timeline().frameCount(), loaded.scene().fps());
        loaded.scene().picture().ifPresent(picture -> out.printf("image: the %d×%d patch at [%d, %d] of %s, %d×%d pixels%n",
                picture.patchRows(), picture.patchCols(), picture.at().row(), picture.at().col(), picture.source(),
                picture.width(), picture.height()));
        for (FeatureMap map : loaded.computation().maps()) {
            out.printf("%nkernel '%s' (bias %s), feature map:%n", map.kernel().name(), number(map.kernel().bias()));
            printMatrix(out, map.values());
            out.printf("after %s:%n", loaded.scene().activation().label());
            printMatrix(out, map.activated());
        }
        out.println();
        for (BeatSpan span : loaded.timeline().spans()) {
            out.printf("%7.2f – %7.2f s  %s%n", span.startSeconds(), span.endSeconds(), span.beat().caption());
            StringBuilder cues = new StringBuilder();
            for (Map.Entry<CueKey, CueTimes.Timed> cue : loaded.timeline().cues(span.index()).cues().entrySet()) {
                String entry = String.format(Locale.ROOT, "%s %.2f–%.2f", cue.getKey().name(), cue.getValue().start(),
                        cue.getValue().end());
                if (cues.length() > 0 && cues.length() + entry.length() > 90) {
                    out.println("                     " + cues);
                    cues.setLength(0);
                }
                cues.append(cues.length() > 0 ? " · " : "").append(entry);
            }
            if (cues.length() > 0) {
                out.println("                     " + cues);
            }
        }
        List<Integer> unknown = loaded.voicing().unknown();
        if (!unknown.isEmpty()) {
            out.printf("%nNot synthesised yet, so timed by the scene's seconds: the voice of %s %s. inspect never runs "
                    + "a text-to-speech program; a render speaks these voices and may lengthen their beats to fit, and "
                    + "inspect --out DIR then times the beats by the clips the render left in DIR.%n",
                    unknown.size() == 1 ? "beat" : "beats",
                    String.join(", ", unknown.stream().map(i -> Integer.toString(i + 1)).toList()));
        }
    }

    private static void printMatrix(PrintWriter out, Matrix matrix) {
        for (double[] row : matrix.toArray()) {
            StringBuilder line = new StringBuilder("  ");
            for (double v : row) {
                line.append(String.format(Locale.ROOT, "%7s", number(v)));
            }
            out.println(line);
        }
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.4g", v);
    }
}
