package convreel.timeline;

import java.util.Objects;

/**
 * One cue of a beat: a {@link Cue} and, for a group, which member (0 for the first). Its name is the
 * cue's label, followed for a group by the member counted from 1: {@code sum}, {@code row 2}.
 */
public record CueKey(Cue cue, int index) {

    public CueKey {
        Objects.requireNonNull(cue, "cue");
        if (index < 0 || (!cue.indexed() && index != 0)) {
            throw new IllegalArgumentException("cue " + cue.label() + " has no member " + index);
        }
    }

    public static CueKey of(Cue cue) {
        return new CueKey(cue, 0);
    }

    public String name() {
        return cue.indexed() ? cue.label() + " " + (index + 1) : cue.label();
    }

    /** The key named {@code name} ({@code "sum"}, {@code "row 2"}), or empty if no cue has that name. */
    public static java.util.Optional<CueKey> parse(String name) {
        String trimmed = name.trim();
        int space = trimmed.lastIndexOf(' ');
        String label = space < 0 ? trimmed : trimmed.substring(0, space);
        for (Cue cue : Cue.values()) {
            if (!cue.label().equals(label)) {
                continue;
            }
            if (!cue.indexed()) {
                return space < 0 ? java.util.Optional.of(of(cue)) : java.util.Optional.empty();
            }
            try {
                int member = space < 0 ? 1 : Integer.parseInt(trimmed.substring(space + 1));
                return member >= 1 ? java.util.Optional.of(new CueKey(cue, member - 1)) : java.util.Optional.empty();
            } catch (NumberFormatException e) {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.empty();
    }

    @Override
    public String toString() {
        return name();
    }
}
