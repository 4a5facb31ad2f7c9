package convreel.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The I-th of N parts of a batch, for spreading one batch over several machines that each run the
 * same command with their own {@code --shard I/N}. Over the sorted work list, the item at 0-based
 * place <i>k</i> belongs to shard <i>(k mod N) + 1</i>: the parts are disjoint, together they are the
 * whole list, their sizes differ by at most one, and neighbours in the list (often similar scenes of
 * similar length) land on different machines.
 *
 * @param index 1-based, from 1 to {@code count}
 * @param count how many parts, at least 1
 */
public record Shard(int index, int count) {

    private static final Pattern SPEC = Pattern.compile("(\\d{1,9})/(\\d{1,9})");

    public Shard {
        if (count < 1) {
            throw new IllegalArgumentException("shard " + index + "/" + count + " does not exist; expected I/N with N at least 1");
        }
        if (index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + " does not exist; expected I/" + count
                    + " with I from 1 to " + count);
        }
    }

    /** The whole batch: {@code 1/1}. */
    public static Shard all() {
        return new Shard(1, 1);
    }

    /** Reads {@code I/N}, such as {@code 2/3}; anything else is rejected with what was expected. */
    public static Shard parse(String spec) {
        Matcher m = SPEC.matcher(spec == null ? "" : spec.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + spec + "' is not a shard; expected I/N with 1 ≤ I ≤ N, such as 1/3");
        }
        return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** This shard's items of {@code sorted}, in their order. */
    public <T> List<T> select(List<T> sorted) {
        List<T> mine = new ArrayList<>();
        for (int k = index - 1; k < sorted.size(); k += count) {
            mine.add(sorted.get(k));
        }
        return List.copyOf(mine);
    }

    /** Whether the item at 0-based {@code place} of the sorted list is this shard's. */
    public boolean owns(int place) {
        return place % count == index - 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
