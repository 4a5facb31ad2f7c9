package convreel.cli;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Watches this process's memory while something runs: the resident set the operating system counts
 * (Java heap, native buffers, the encoder's frames, code), the Java heap in use, and the heap left in
 * use after each collection (what is really kept: the rest is garbage not yet collected). Also how
 * busy the whole machine was outside this process, to tell a fair measurement from a disturbed one.
 */
final class MemorySampler implements AutoCloseable {
    private static final long PERIOD_MILLIS = 20;

    private final Thread thread;
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    private final long startWall = System.nanoTime();
    private final long[] startMachine = machineTicks();
    private final long startOwn = ProcessorTime.own();
    private volatile boolean running = true;
    private volatile long peakRss;
    private volatile long peakHeap;
    private volatile long peakCommitted;
    private volatile long peakAfterGc;
    private double otherCores = Double.NaN;
    private double ownCpuSeconds = Double.NaN;
    /** The resident set about every half second: elapsed nanoseconds, bytes. Written by the sampler only. */
    private final java.util.List<long[]> profile = new java.util.concurrent.CopyOnWriteArrayList<>();

    MemorySampler() {
        thread = new Thread(this::sample, "convreel-memory-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        long lastProfiled = System.nanoTime() - 1_000_000_000L;
        while (running) {
            long resident = rss();
            peakRss = Math.max(peakRss, resident);
            long now = System.nanoTime();
            if (now - lastProfiled >= 500_000_000L) {
                profile.add(new long[] {now - startWall, resident});
                lastProfiled = now;
            }
            MemoryUsage heap = memory.getHeapMemoryUsage();
            peakHeap = Math.max(peakHeap, heap.getUsed());
            peakCommitted = Math.max(peakCommitted, heap.getCommitted());
            peakAfterGc = Math.max(peakAfterGc, afterLastGc());
            try {
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The heap in use after the most recent collection of each collector, the largest of them. */
    private long afterLastGc() {
        long most = 0;
        for (GarbageCollectorMXBean collector : collectors) {
            if (collector instanceof com.sun.management.GarbageCollectorMXBean detailed && detailed.getLastGcInfo() != null) {
                long sum = 0;
                for (Map.Entry<String, MemoryUsage> pool : detailed.getLastGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    sum += pool.getValue().getUsed();
                }
                most = Math.max(most, sum);
            }
        }
        return most;
    }

    long peakRssBytes() {
        return peakRss;
    }

    long peakHeapBytes() {
        return peakHeap;
    }

    /** The most heap the JVM had taken from the system: what of the resident set is heap, at most. */
    long peakHeapCommittedBytes() {
        return peakCommitted;
    }

    long peakHeapAfterGcBytes() {
        return peakAfterGc;
    }

    /**
     * The resident set at each quarter of the run (the last sample at or before 25%, 50%, 75% and 100%
     * of its length, or the first sample if none is): flat once the JVM has warmed up if nothing
     * accumulates.
     */
    long[] residentByQuarter() {
        long[] quarters = new long[4];
        if (profile.isEmpty()) {
            return quarters;
        }
        long length = profile.get(profile.size() - 1)[0];
        for (int q = 0; q < 4; q++) {
            long until = length * (q + 1) / 4;
            // A run shorter than the sampling period has its one sample after the first marks.
            quarters[q] = profile.get(0)[1];
            for (long[] sample : profile) {
                if (sample[0] <= until) {
                    quarters[q] = sample[1];
                }
            }
        }
        return quarters;
    }

    /** Seconds of processor time this process used during the run; NaN if unknown. */
    double ownCpuSeconds() {
        return ownCpuSeconds;
    }

    /** Processors kept busy by other processes on this machine, on average over the run; NaN if unknown. */
    double otherCores() {
        return otherCores;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        peakRss = Math.max(peakRss, rss());
        long[] machine = machineTicks();
        long own = ProcessorTime.own();
        double seconds = (System.nanoTime() - startWall) / 1e9;
        if (machine.length > 0 && startMachine.length > 0 && own >= 0 && startOwn >= 0 && seconds > 0) {
            long busy = machine[0] - startMachine[0];
            otherCores = Math.max(0, (busy - (own - startOwn)) / ProcessorTime.TICKS_PER_SECOND / seconds);
        }
        if (own >= 0 && startOwn >= 0) {
            ownCpuSeconds = (own - startOwn) / ProcessorTime.TICKS_PER_SECOND;
        }
    }

    /** VmRSS from /proc/self/status, in bytes; 0 where there is no /proc. */
    private static long rss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    /** The machine's busy clock ticks (user, nice, system, irq, softirq) from /proc/stat; empty where there is none. */
    private static long[] machineTicks() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = Long.parseLong(cpu[1]) + Long.parseLong(cpu[2]) + Long.parseLong(cpu[3])
                    + Long.parseLong(cpu[6]) + Long.parseLong(cpu[7]);
            return new long[] {busy};
        } catch (IOException | RuntimeException e) {
            return new long[0];
        }
    }
}
