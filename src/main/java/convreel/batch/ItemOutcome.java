package convreel.batch;

import convreel.render.RenderResult;
import convreel.script.SceneException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What became of one item of a batch.
 *
 * @param item the item
 * @param status rendered, skipped as up to date, or failed
 * @param video where its video is (or would have been) written
 * @param seconds how long the video plays; 0 if it failed
 * @param bytes the video's size; 0 if it failed
 * @param renderTime how long rendering took; zero if skipped, up to the failure if failed
 * @param failure why it failed; present exactly when the status is {@link Status#FAILED}
 */
public record ItemOutcome(WorkItem item, Status status, Path video, double seconds, long bytes,
        Duration renderTime, Optional<Throwable> failure) {

    /** How an item ended. */
    public enum Status {
        /** Rendered now. */
        OK("ok"),
        /** Up to date, not rendered. */
        SKIPPED("skipped"),
        /** Not rendered: an invalid scene, or the render failed. */
        FAILED("failed");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        /** The word the summary shows. */
        public String label() {
            return label;
        }
    }

    public ItemOutcome {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(video, "video");
        Objects.requireNonNull(renderTime, "renderTime");
        Objects.requireNonNull(failure, "failure");
        if (failure.isPresent() != (status == Status.FAILED)) {
            throw new IllegalArgumentException("a failure goes with status failed and only with it; got " + status
                    + " with " + failure.map(Throwable::toString).orElse("no failure"));
        }
    }

    static ItemOutcome rendered(WorkItem item, RenderResult result) {
        return new ItemOutcome(item, Status.OK, result.video(), result.seconds(), result.bytes(), result.renderTime(),
                Optional.empty());
    }

    static ItemOutcome upToDate(WorkItem item, Path video, double seconds, long bytes) {
        return new ItemOutcome(item, Status.SKIPPED, video, seconds, bytes, Duration.ZERO, Optional.empty());
    }

    static ItemOutcome failed(WorkItem item, Path video, Throwable failure, Duration renderTime) {
        return new ItemOutcome(item, Status.FAILED, video, 0, 0, renderTime, Optional.of(failure));
    }

    /** Whether it failed because its scene file is missing or invalid: something the user must fix, not retry. */
    public boolean invalidScene() {
        return failure.filter(SceneException.class::isInstance).isPresent();
    }

    /**
     * The failure as the user should read it: a scene error's compiler-style message as it is (it
     * names the file), anything else as {@code scene: what went wrong}.
     */
    public Optional<String> message() {
        return failure.map(f -> f instanceof SceneException ? f.getMessage() : item.label() + ": " + describe(f));
    }

    private static String describe(Throwable failure) {
        if (failure instanceof OutOfMemoryError) {
            return "ran out of memory (" + failure.getMessage() + "); render it with fewer --jobs, or give Java more "
                    + "memory, as in CONVREEL_JAVA_OPTS=-Xmx1g ./convreel ...";
        }
        if (failure instanceof StackOverflowError) {
            return "ran out of stack space (StackOverflowError); this is a fault in convreel, please report it with the scene";
        }
        if (failure instanceof FileSystemException file && file.getReason() == null) {
            // Such a message is only the path; the kind of exception is what went wrong.
            return file.getMessage() + ": " + fileProblem(file);
        }
        String message = failure.getMessage();
        String text = message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
        // An unexpected kind of failure says what it was; an I/O error's message already does.
        return failure instanceof IOException || failure instanceof IllegalArgumentException
                ? text : failure.getClass().getSimpleName() + ": " + text;
    }

    private static String fileProblem(FileSystemException failure) {
        if (failure instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (failure instanceof FileAlreadyExistsException) {
            return "already exists (a file where a folder is needed?)";
        }
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof NotDirectoryException) {
            return "not a folder";
        }
        return failure.getClass().getSimpleName();
    }
}
