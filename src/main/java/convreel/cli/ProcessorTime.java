package convreel.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Processor time from {@code /proc/self/stat}, in clock ticks (a hundredth of a second): a measure a
 * busy machine disturbs far less than wall time, which the benchmark prints beside it.
 */
final class ProcessorTime {
    /** Clock ticks a second on Linux ({@code getconf CLK_TCK}). */
    static final double TICKS_PER_SECOND = 100;

    private ProcessorTime() {
    }

    /** This process's user and system ticks; -1 where there is no /proc. */
    static long own() {
        return ticks(11);
    }

    /** The user and system ticks of this process's children that have ended and been waited for; -1 where there is no /proc. */
    static long children() {
        return ticks(13);
    }

    private static long ticks(int userField) {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[userField]) + Long.parseLong(fields[userField + 1]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
