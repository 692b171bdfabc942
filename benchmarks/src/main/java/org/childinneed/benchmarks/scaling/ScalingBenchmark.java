package org.childinneed.benchmarks.scaling;

import java.util.concurrent.TimeUnit;
import org.childinneed.benchmarks.generator.SyntheticCase;
import org.childinneed.benchmarks.generator.SyntheticCases;
import org.childinneed.benchmarks.reference.HandWrittenKentPolicy;
import org.childinneed.benchmarks.support.BundledScripts;
import org.childinneed.benchmarks.support.CpuClock;
import org.childinneed.benchmarks.support.CpuCounters;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.Policy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Evaluating one long-running case of 10, 100, 1,000 and 10,000 events with the interpreted
 * {@code kent.cin} (and, for comparison, the hand-written policy). Time per event is the score
 * divided by {@code events}. Target: time per event flat within 1.5x from 100 to 10,000 events
 * (linear cost, no quadratic scans).
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScalingBenchmark {

    static final long SEED = 20_26L;

    @Param({"10", "100", "1000", "10000"})
    public int events;

    private SyntheticCase kase;
    private Policy interpreted;
    private Policy handWritten;

    @Setup
    public void setUp() {
        kase = SyntheticCases.longCase(SEED, events);
        interpreted = BundledScripts.compiled("kent");
        handWritten = new HandWrittenKentPolicy(BundledScripts.workingDays());
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
