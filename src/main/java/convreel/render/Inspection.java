package convreel.render;

import com.fasterxml.jackson.core.JsonGenerator;
import convreel.conv.FeatureMap;
import convreel.model.Matrix;
import convreel.model.Picture;
import convreel.model.Show;
import convreel.timeline.BeatSpan;
import convreel.timeline.CueKey;
import convreel.timeline.CueTimes;
import java.io.IOException;
import java.util.Map;

/**
 * What a loaded scene computes and when, as one JSON object: the output size, the image (and its
 * picture), every kernel's feature map before and after the activation, and each beat's kind, caption,
 * start and end with its cues. {@code convreel inspect --json} prints it and the studio's page reads it,
 * so both show the same numbers and times.
 */
public final class Inspection {
    private Inspection() {
    }

    /** Writes the object for {@code loaded} to {@code json}. */
    public static void write(LoadedScene loaded, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("output");
        json.writeNumberField("rows", loaded.computation().outputRows());
        json.writeNumberField("cols", loaded.computation().outputCols());
        json.writeEndObject();
        json.writeFieldName("image");
        writeMatrix(json, loaded.scene().image());
        if (loaded.scene().picture().isPresent()) {
            json.writeFieldName("picture");
            writePicture(json, loaded.scene().picture().get());
        }
        json.writeArrayFieldStart("maps");
        for (FeatureMap map : loaded.computation().maps()) {
            json.writeStartObject();
            json.writeStringField("kernel", map.kernel().name());
            json.writeFieldName("featureMap");
            writeMatrix(json, map.values());
            json.writeFieldName("activated");
            writeMatrix(json, map.activated());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("beats");
        for (BeatSpan span : loaded.timeline().spans()) {
            json.writeStartObject();
            json.writeNumberField("start", span.startSeconds());
            json.writeNumberField("end", span.endSeconds());
            json.writeStringField("caption", span.beat().caption());
            if (span.beat().show() instanceof Show.Photo photo) {
                json.writeFieldName("picture");
                writePicture(json, photo.picture());
            }
            if (loaded.voicing().unknown().contains(span.index())) {
                json.writeBooleanField("voiceUnknown", true);
            }
            json.writeArrayFieldStart("cues");
            for (Map.Entry<CueKey, CueTimes.Timed> cue : loaded.timeline().cues(span.index()).cues().entrySet()) {
                json.writeStartObject();
                json.writeStringField("cue", cue.getKey().name());
                json.writeNumberField("start", seconds(cue.getValue().start()));
                json.writeNumberField("end", seconds(cue.getValue().end()));
                json.writeEndObject();
            }
            json.writeEndArray();
            // Last, so that readers of the fields before it (start first) read them where they were.
            json.writeStringField("show", span.beat().show().word());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** A picture's size after scaling and where its patch lies, top-left [row, col] and [rows, cols]. */
    private static void writePicture(JsonGenerator json, Picture picture) throws IOException {
        json.writeStartObject();
        json.writeStringField("file", picture.source());
        json.writeNumberField("width", picture.width());
        json.writeNumberField("height", picture.height());
        json.writeObjectFieldStart("patch");
        json.writeArrayFieldStart("at");
        json.writeNumber(picture.at().row());
        json.writeNumber(picture.at().col());
        json.writeEndArray();
        json.writeArrayFieldStart("size");
        json.writeNumber(picture.patchRows());
        json.writeNumber(picture.patchCols());
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    /** Whole numbers as JSON integers, so the seed's map prints as [[-4,-2,1],...]. */
    public static void writeMatrix(JsonGenerator json, Matrix matrix) throws IOException {
        json.writeStartArray();
        for (double[] row : matrix.toArray()) {
            json.writeStartArray();
            for (double v : row) {
                if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                    json.writeNumber((long) v);
                } else {
                    json.writeNumber(v);
                }
            }
            json.writeEndArray();
        }
        json.writeEndArray();
    }

    /** Seconds to the millisecond: what a frame can tell apart, without a float's noise. */
    private static double seconds(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
