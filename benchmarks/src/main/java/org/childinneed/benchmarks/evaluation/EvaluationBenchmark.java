package org.childinneed.benchmarks.evaluation;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.childinneed.benchmarks.generator.SyntheticCase;
import org.childinneed.benchmarks.generator.SyntheticCases;
import org.childinneed.benchmarks.reference.HandWrittenKentPolicy;
import org.childinneed.benchmarks.support.BundledScripts;
import org.childinneed.benchmarks.support.CpuClock;
import org.childinneed.benchmarks.support.CpuCounters;
import org.childinneed.model.compliance.Policy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Evaluating a typical year-long case (about 40 events) with the interpreted {@code kent.cin}
 * against the hand-written Java implementation of the same rules, the reference limit. Each
 * operation is one case; the same {@value #CASES} generated cases are evaluated in turn so that no
 * single case's shape dominates. Target: {@code interpreted} within 2x of {@code handWritten}.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EvaluationBenchmark {

    static final int CASES = 256;
    static final long SEED = 20_26L;

    private SyntheticCase[] cases;
    private Policy interpreted;
    private Policy handWritten;

    @Setup
    public void setUp() {
        List<SyntheticCase> generated = SyntheticCases.typicalCases(SEED, CASES);
        cases = generated.toArray(SyntheticCase[]::new);
        interpreted = BundledScripts.compiled("kent");
        handWritten = new HandWrittenKentPolicy(BundledScripts.workingDays());
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
