package org.mizan.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Peak heap during a stretch of work, from the JVM's own per-pool peaks: collect, reset the peaks, run, add up
 * the heap pools' peaks. The pools peak at different moments, so the sum is an upper bound; it includes garbage
 * not yet collected, which is what the heap must hold room for.
 */
final class HeapPeak {

    private static final List<MemoryPoolMXBean> HEAP = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();

    private HeapPeak() {
    }

    static void reset() {
        System.gc();
        HEAP.forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Bytes: the sum of the heap pools' peaks since the last {@link #reset()}. */
    static long peak() {
        return HEAP.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** Bytes in use after a full collection: what survives, for the leak check. */
    static long retained() {
        System.gc();
        System.gc();
        return HEAP.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }
}
