package org.childinneed.benchmarks.evaluation;

import org.childinneed.benchmarks.generator.SyntheticCase;
import org.childinneed.benchmarks.generator.SyntheticCases;
import org.childinneed.benchmarks.support.CpuClock;
import org.childinneed.benchmarks.support.CpuCounters;
import org.childinneed.benchmarks.support.KentComparisonBenchmark;
import org.childinneed.model.compliance.Policy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Evaluating a typical year-long case (about 40 events) with the interpreted {@code kent.cin}
 * against the hand-written Java implementation of the same rules, the reference limit. Each
 * operation is one case; the same {@value #CASES} generated cases are evaluated in turn so that no
 * single case's shape dominates. Target: {@code interpreted} within 2x of {@code handWritten}.
 */
public class EvaluationBenchmark extends KentComparisonBenchmark {

    static final int CASES = 256;

    private SyntheticCase[] cases;

    @Setup
    public void setUp() {
        cases = SyntheticCases.typicalCases(SEED, CASES).toArray(SyntheticCase[]::new);
    }

    @Benchmark
    @OperationsPerInvocation(CASES)
    public void interpreted(Blackhole sink, CpuCounters cpu) {
        evaluateAll(interpreted, sink, cpu);
    }

    @Benchmark
    @OperationsPerInvocation(CASES)
    public void handWritten(Blackhole sink, CpuCounters cpu) {
        evaluateAll(handWritten, sink, cpu);
    }

    private void evaluateAll(Policy policy, Blackhole sink, CpuCounters cpu) {
        long start = CpuClock.currentThread();
        for (SyntheticCase c : cases) {
            sink.consume(policy.evaluate(c.record(), c.asOf()));
        }
        cpu.add(CpuClock.currentThread() - start, CASES);
    }
}
