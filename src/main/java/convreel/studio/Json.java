package convreel.studio;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** JSON texts for the page, written with Jackson's streaming writer (as {@code inspect --json} is), so every text is escaped. */
final class Json {
    private static final JsonFactory FACTORY = new JsonFactory();

    private Json() {
    }

    /** What writes one JSON value. */
    interface Value {
        void write(JsonGenerator json) throws IOException;
    }

    /** The JSON text {@code value} writes. */
    static String of(Value value) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            value.write(json);
        } catch (IOException cannot) {
            throw new UncheckedIOException("writing JSON to a string", cannot);
        }
        return text.toString();
    }

    /** {@code text} as a JSON string, quoted and escaped. */
    static String string(String text) {
        return of(json -> json.writeString(text));
    }
}
