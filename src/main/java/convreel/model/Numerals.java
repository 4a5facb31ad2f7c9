package convreel.model;

/** Which digits numbers are written with on screen. */
public enum Numerals {
    /** 0–9. */
    LATIN("latin"),
    /** ০–৯, the minus sign kept. */
    BENGALI("bengali");

    private final String label;

    Numerals(String label) {
        this.label = label;
    }

    /** The word a scene file uses for this choice. */
    public String label() {
        return label;
    }

    /** {@code text} with its ASCII digits written in these numerals. */
    public String digits(String text) {
        if (this == LATIN) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '0' && c <= '9' ? (char) ('\u09E6' + (c - '0')) : c);
        }
        return out.toString();
    }
}
