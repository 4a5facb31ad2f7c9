package convreel.batch;

/** A batch argument that names no scene file: a missing path, an empty folder, a glob that matches nothing. */
public final class WorkListException extends Exception {
    private static final long serialVersionUID = 1L;

    WorkListException(String message) {
        super(message);
    }
}
