package org.childinneed.benchmarks.support;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The CPU time benchmarks spend, reported by JMH beside wall-clock time as the secondary results
 * {@code cpuNanos} and {@code operations} of each iteration. On a machine shared with other work a
 * thread waiting for a core does not add CPU time, so the ratios of CPU time per operation hold
 * where wall-clock times do not. (JMH reports every public field and numeric method of this class,
 * so the clock itself is {@link CpuClock}.)
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuCounters {

    /** CPU nanoseconds spent in this iteration. */
    public long cpuNanos;
    /** Operations (cases) done in this iteration. */
    public long operations;

    @Setup(Level.Iteration)
    public void reset() {
        cpuNanos = 0;
        operations = 0;
    }

    /** Records {@code operations} done in {@code nanos} of CPU time. */
    public void add(long nanos, long operations) {
        this.cpuNanos += nanos;
        this.operations += operations;
    }
}
