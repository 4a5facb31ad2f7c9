package convreel.batch;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The table printed at the end of a batch: one row per item (scene, status, length of the video, file
 * size, render time, output file), then a line of totals.
 *
 * <pre>
 * scene                   status   video   size    render  output
 * scenes/shorts/eye.yaml  ok       15.0 s  4.1 MB  6.2 s   eye.mp4
 * scenes/shorts/zoom.yaml skipped  20.0 s  5.0 MB  –       zoom.mp4
 * scenes/shorts/bad.yaml  failed   –       –       –       bad.mp4
 * 3 scenes: 1 rendered, 1 up to date, 1 failed, in 6.4 s
 * </pre>
 */
public final class SummaryTable {

    private static final String NONE = "–";
    private static final List<String> HEADINGS = List.of("scene", "status", "video", "size", "render", "output");

    private SummaryTable() {
    }

    /** Writes the table and the totals line for {@code report}. */
    public static void write(BatchReport report, PrintWriter out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADINGS.toArray(String[]::new));
        for (ItemOutcome outcome : report.outcomes()) {
            boolean failed = outcome.status() == ItemOutcome.Status.FAILED;
            boolean rendered = outcome.status() == ItemOutcome.Status.OK;
            rows.add(new String[] {
                    outcome.item().label(),
                    outcome.status().label(),
                    failed ? NONE : seconds(outcome.seconds()),
                    failed ? NONE : size(outcome.bytes()),
                    rendered ? duration(outcome.renderTime()) : NONE,
                    outcome.video().getFileName().toString()});
        }
        int[] widths = new int[HEADINGS.size()];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], width(row[c]));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                String pad = " ".repeat(widths[c] - width(row[c]));
                line.append(isNumber(c) ? pad + row[c] : row[c] + (c == row.length - 1 ? "" : pad));
                if (c < row.length - 1) {
                    line.append("  ");
                }
            }
            out.println(line.toString().stripTrailing());
        }
        out.println(totals(report));
        out.flush();
    }

    /** Numbers (video, size, render) line up on the right; words on the left. */
    private static boolean isNumber(int column) {
        return column >= 2 && column <= 4;
    }

    /** {@code 3 scenes: 1 rendered, 1 up to date, 1 failed, in 6.4 s}. */
    static String totals(BatchReport report) {
        int items = report.outcomes().size();
        return String.format(Locale.ROOT, "%d %s: %d rendered, %d up to date, %d failed, in %s", items,
                items == 1 ? "scene" : "scenes", report.count(ItemOutcome.Status.OK),
                report.count(ItemOutcome.Status.SKIPPED), report.count(ItemOutcome.Status.FAILED),
                duration(report.elapsed()));
    }

    static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.1f s", seconds);
    }

    static String duration(Duration duration) {
        double seconds = duration.toNanos() / 1e9;
        if (seconds < 60) {
            return seconds(seconds);
        }
        long whole = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d min", whole / 60, whole % 60);
    }

    /** Decimal units, as file managers show them. */
    static String size(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        if (bytes < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f kB", bytes / 1e3);
        }
        if (bytes < 1_000_000_000) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
        }
        return String.format(Locale.ROOT, "%.2f GB", bytes / 1e9);
    }

    /** Columns a terminal gives the text: one per code point, none for combining marks such as Bangla vowel signs. */
    static int width(String text) {
        return (int) text.codePoints().filter(c -> {
            int type = Character.getType(c);
            return type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK && type != Character.FORMAT;
        }).count();
    }
}
