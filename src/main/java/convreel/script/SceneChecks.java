package convreel.script;

import convreel.conv.KernelTooLargeException;
import convreel.conv.PassSize;
import convreel.model.Beat;
import convreel.model.Cell;
import convreel.model.Ending;
import convreel.model.Kernel;
import convreel.model.Limits;
import convreel.model.Padding;
import convreel.model.Scene;
import convreel.model.SceneCheck;
import convreel.model.Show;
import convreel.model.Voiceover;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The checks of a scene that need more than one key, in one place: they run once every key has
 * been read, in the order the problems would show (a beat that is said but has no speaker, a kernel
 * that does not fit the padded image, a cell outside the output, a compared padding that leaves
 * the kernel no room, a video past its length), then the caller's {@link SceneCheck}. Sizes come
 * from {@code conv}'s {@link PassSize}: a check never computes a number. Each problem is reported at
 * the node it is about, found again in the scene's tree by its path.
 */
final class SceneChecks {
    private final NodeReader reader;
    private final SceneCheck check;

    SceneChecks(NodeReader reader, SceneCheck check) {
        this.reader = reader;
        this.check = check;
    }

    /** Throws the first problem of {@code scene}, read from the mapping {@code root}. */
    void require(Scene scene, Node root) throws SceneException {
        requireSpeechForNarration(scene, root);
        PassSize primary = requireKernelsFit(scene, root);
        requireCellsInside(scene, root, primary);
        requireComparedFit(scene, root);
        requireLength(scene, root);
        requireEndCard(scene, root);
        Optional<SceneCheck.Problem> problem = check.firstProblem(scene);
        if (problem.isPresent()) {
            SceneCheck.Problem found = problem.get();
            String part = found.part() == SceneCheck.Part.CAPTION ? "caption" : "show";
            throw reader.error(NodeReader.nearest(root, "beats", found.beat(), part), found.problem(), found.hint());
        }
    }

    /** A scene that ends on a card needs a card as its last beat; reported at its ending. */
    private void requireEndCard(Scene scene, Node root) throws SceneException {
        List<Beat> beats = scene.beats();
        if (scene.ending() == Ending.CARD && !(beats.get(beats.size() - 1).show() instanceof Show.Card)) {
            throw reader.error(NodeReader.written(root, "ending").orElse(root),
                    "ending: card, but the last beat shows " + beats.get(beats.size() - 1).show().word() + ", not a card",
                    "end with a '- show: card' beat whose last line is the call to action, or use ending: loop");
        }
    }

    /** A beat that says something needs a voice file or a speech engine to say it. */
    private void requireSpeechForNarration(Scene scene, Node root) throws SceneException {
        if (scene.voiceover().speech().isPresent()) {
            return;
        }
        List<Voiceover.BeatVoice> voices = scene.voiceover().beats();
        for (int i = 0; i < voices.size(); i++) {
            Optional<Node> narration = NodeReader.written(root, "beats", i, "narration");
            if (narration.isPresent() && voices.get(i).file().isEmpty() && voices.get(i).speaks()) {
                throw reader.error(narration.get(), "this beat has narration but nothing to speak it",
                        "add a tts: block (engine: espeak-ng) to the scene, or give the beat a voice: file");
            }
        }
    }

    /** Every kernel must fit the padded image; reported at its values. The first kernel's sizes, which step and formula beats show. */
    private PassSize requireKernelsFit(Scene scene, Node root) throws SceneException {
        PassSize primary = null;
        for (int k = 0; k < scene.kernels().size(); k++) {
            try {
                PassSize size = PassSize.of(scene.image(), scene.kernels().get(k), scene.stride(), scene.padding());
                if (primary == null) {
                    primary = size;
                }
            } catch (KernelTooLargeException tooLarge) {
                throw reader.error(NodeReader.nearest(root, "kernels", k, "values"), tooLarge.getMessage(),
                        "use a kernel of at most " + tooLarge.paddedRows() + "×" + tooLarge.paddedCols() + ", or padding: same");
            }
        }
        return primary;
    }

    /** Step and formula beats show the first kernel's map, so their cells must lie inside it. */
    private void requireCellsInside(Scene scene, Node root, PassSize primary) throws SceneException {
        int rows = primary.outputRows();
        int cols = primary.outputCols();
        for (int i = 0; i < scene.beats().size(); i++) {
            Show show = scene.beats().get(i).show();
            Cell at = show instanceof Show.Step step ? step.at() : show instanceof Show.Formula formula ? formula.at() : null;
            if (at != null && (at.row() >= rows || at.col() >= cols)) {
                String range = rows == 1 && cols == 1 ? "the only cell is [0, 0]"
                        : rows == cols ? "rows and columns go from 0 to " + (rows - 1)
                        : "rows go from 0 to " + (rows - 1) + " and columns from 0 to " + (cols - 1);
                throw reader.error(NodeReader.nearest(root, "beats", i, "at"), show.word() + " at [" + at.row() + ", "
                        + at.col() + "] is outside the " + rows + "×" + cols + " output", range);
            }
        }
    }

    /**
     * The padding beat slides the first kernel over the image with each padding it compares, so each
     * must leave the kernel room, like the scene's own. (A stride never does: it changes how far the
     * window hops, not the padded image it hops over.)
     */
    private void requireComparedFit(Scene scene, Node root) throws SceneException {
        Kernel first = scene.kernels().get(0);
        for (int i = 0; i < scene.beats().size(); i++) {
            if (!(scene.beats().get(i).show() instanceof Show.Padding compare)) {
                continue;
            }
            for (int j = 0; j < compare.paddings().size(); j++) {
                Padding padding = compare.paddings().get(j);
                try {
                    PassSize.of(scene.image(), first, scene.stride(), padding);
                } catch (KernelTooLargeException tooLarge) {
                    if (NodeReader.written(root, "beats", i, "paddings").isEmpty()) {
                        throw reader.error(NodeReader.nearest(root, "beats", i, "show"), tooLarge.getMessage()
                                + " with padding " + padding.label() + ", which this beat compares by default",
                                "add paddings: [same, full], which leave the kernel room");
                    }
                    throw reader.error(NodeReader.nearest(root, "beats", i, "paddings", j), tooLarge.getMessage()
                            + " with this padding", "compare only paddings that leave the kernel room, such as same");
                }
            }
        }
    }

    /** The whole video within its limit, reported at the beat that takes it past. */
    private void requireLength(Scene scene, Node root) throws SceneException {
        double total = 0;
        for (int i = 0; i < scene.beats().size(); i++) {
            Beat beat = scene.beats().get(i);
            total += beat.seconds();
            if (total > Limits.VIDEO_SECONDS) {
                throw reader.error(NodeReader.nearest(root, "beats", i, "seconds"), "the video lasts more than "
                        + (int) Limits.VIDEO_SECONDS + " seconds (30 minutes) by this beat",
                        "make the beats shorter, or split the scene into several files");
            }
        }
    }
}
