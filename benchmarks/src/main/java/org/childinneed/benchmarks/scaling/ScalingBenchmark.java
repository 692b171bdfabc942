package org.childinneed.benchmarks.scaling;

import org.childinneed.benchmarks.generator.SyntheticCase;
import org.childinneed.benchmarks.generator.SyntheticCases;
import org.childinneed.benchmarks.support.CpuClock;
import org.childinneed.benchmarks.support.CpuCounters;
import org.childinneed.benchmarks.support.KentComparisonBenchmark;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.Policy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Evaluating one long-running case of 10, 100, 1,000 and 10,000 events with the interpreted
 * {@code kent.cin} (and, for comparison, the hand-written policy). Time per event is the score
 * divided by {@code events}. Target: time per event flat within 1.5x from 100 to 10,000 events
 * (linear cost, no quadratic scans).
 */
public class ScalingBenchmark extends KentComparisonBenchmark {

    @Param({"10", "100", "1000", "10000"})
    public int events;

    private SyntheticCase kase;

    @Setup
    public void setUp() {
        kase = SyntheticCases.longCase(SEED, events);
    }

    @Benchmark
    public ComplianceReport interpreted(CpuCounters cpu) {
        return evaluate(interpreted, cpu);
    }

    @Benchmark
    public ComplianceReport handWritten(CpuCounters cpu) {
        return evaluate(handWritten, cpu);
    }

    private ComplianceReport evaluate(Policy policy, CpuCounters cpu) {
        long start = CpuClock.currentThread();
        ComplianceReport report = policy.evaluate(kase.record(), kase.asOf());
        cpu.add(CpuClock.currentThread() - start, 1);
        return report;
    }
}
