package org.childinneed.benchmarks.support;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** Thread CPU time, for {@link CpuCounters}. */
public final class CpuClock {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuClock() {
    }

    /** The CPU time of the current thread, in nanoseconds. */
    public static long currentThread() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /** The CPU time of the thread {@code id}, in nanoseconds (-1 when it has died). */
    public static long ofThread(long id) {
        return THREADS.getThreadCpuTime(id);
    }
}
