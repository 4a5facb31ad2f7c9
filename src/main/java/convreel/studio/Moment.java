package convreel.studio;

import com.fasterxml.jackson.core.JsonGenerator;
import convreel.conv.Window;
import convreel.model.Kernel;
import convreel.model.Show;
import convreel.render.Inspection;
import convreel.render.LoadedScene;
import convreel.timeline.CueKey;
import convreel.timeline.CueTimes;
import convreel.timeline.FrameState;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * What is going on at one frame, for the text beside the picture: the beat and its cues (each one's
 * value on this frame, as the timeline resolves it), and the window the beat works on with its
 * products and sum, as the engine ({@code conv}) computed them. The page writes these numbers out;
 * it computes none of them.
 */
final class Moment {
    private Moment() {
    }

    /** Writes the moment of {@code frame} of {@code loaded} as one JSON object. */
    static void write(LoadedScene loaded, int frame, JsonGenerator json) throws IOException {
        FrameState state = loaded.timeline().at(frame);
        json.writeStartObject();
        json.writeNumberField("frame", frame);
        json.writeNumberField("beat", state.span().index());
        json.writeStringField("show", state.span().beat().show().word());
        json.writeNumberField("intoBeat", state.seconds());
        json.writeArrayFieldStart("cues");
        for (Map.Entry<CueKey, CueTimes.Timed> cue : state.cues().cues().entrySet()) {
            json.writeStartObject();
            json.writeStringField("cue", cue.getKey().name());
            json.writeNumberField("value", state.cues().value(cue.getKey(), state.seconds()));
            json.writeBooleanField("running", cue.getValue().start() <= state.seconds() && state.seconds() < cue.getValue().end());
            json.writeEndObject();
        }
        json.writeEndArray();
        Optional<Window> window = window(loaded, state);
        if (window.isPresent()) {
            json.writeFieldName("window");
            writeWindow(loaded, window.get(), json);
        }
        json.writeEndObject();
    }

    /**
     * The window the beat shows: where a sliding window is on this frame, or the cell a formula puts
     * its numbers into; the first kernel's, as those beats show it.
     */
    private static Optional<Window> window(LoadedScene loaded, FrameState state) {
        if (state.shot() != null) {
            return Optional.of(state.shot().window());
        }
        if (state.span().beat().show() instanceof Show.Formula formula) {
            return Optional.of(loaded.computation().primary().window(formula.at()));
        }
        return Optional.empty();
    }

    private static void writeWindow(LoadedScene loaded, Window window, JsonGenerator json) throws IOException {
        Kernel kernel = loaded.computation().primary().kernel();
        json.writeStartObject();
        json.writeStringField("kernel", kernel.name());
        json.writeArrayFieldStart("output");
        json.writeNumber(window.output().row());
        json.writeNumber(window.output().col());
        json.writeEndArray();
        json.writeNumberField("top", window.top());
        json.writeNumberField("left", window.left());
        json.writeFieldName("inputs");
        Inspection.writeMatrix(json, window.inputs());
        json.writeFieldName("weights");
        Inspection.writeMatrix(json, kernel.weights());
        json.writeFieldName("products");
        Inspection.writeMatrix(json, window.products());
        json.writeNumberField("sum", window.sum());
        json.writeNumberField("bias", kernel.bias());
        json.writeNumberField("biased", window.biased());
        json.writeStringField("activation", loaded.scene().activation().label());
        json.writeNumberField("activated", window.activated());
        json.writeEndObject();
    }
}
