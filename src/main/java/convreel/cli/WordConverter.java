package convreel.cli;

import java.util.Arrays;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * An option's word that names one value of an enum, by the word scene files use for it; any other
 * word is refused with the words there are.
 */
abstract class WordConverter<T extends Enum<T>> implements CommandLine.ITypeConverter<T> {
    private final String what;
    private final T[] values;
    private final Function<T, String> label;
    private final String separator;

    /** {@code separator} joins the words in the message: ", " or " or ". */
    WordConverter(String what, T[] values, Function<T, String> label, String separator) {
        this.what = what;
        this.values = values;
        this.label = label;
        this.separator = separator;
    }

    @Override
    public T convert(String word) {
        for (T value : values) {
            if (label.apply(value).equals(word)) {
                return value;
            }
        }
        throw new CommandLine.TypeConversionException("unknown " + what + " '" + word + "'; use "
                + String.join(separator, Arrays.stream(values).map(label).toList()));
    }
}
