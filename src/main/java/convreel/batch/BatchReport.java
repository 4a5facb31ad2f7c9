package convreel.batch;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What became of every item of a batch, in work-list order, and how long the batch took.
 *
 * @param outcomes one per item
 * @param elapsed wall-clock time from the first scene read to the last render finished
 */
public record BatchReport(List<ItemOutcome> outcomes, Duration elapsed) {

    public BatchReport {
        outcomes = List.copyOf(outcomes);
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /** How many items ended with {@code status}. */
    public int count(ItemOutcome.Status status) {
        return (int) outcomes.stream().filter(o -> o.status() == status).count();
    }

    /** The failed items, in work-list order. */
    public List<ItemOutcome> failures() {
        return outcomes.stream().filter(o -> o.status() == ItemOutcome.Status.FAILED).toList();
    }

    /** Whether some scene file is missing or invalid. */
    public boolean hasInvalidScenes() {
        return outcomes.stream().anyMatch(ItemOutcome::invalidScene);
    }

    /** Whether some render failed for another reason than its scene file (a full disk, an encoder error). */
    public boolean hasRenderFailures() {
        return failures().stream().anyMatch(o -> !o.invalidScene());
    }
}
