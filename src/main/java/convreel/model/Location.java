package convreel.model;

/** Where something was written in a scene file (1-based line and column), for messages about it later. */
public record Location(String file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
