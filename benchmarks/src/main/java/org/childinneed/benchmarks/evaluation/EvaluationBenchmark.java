package org.childinneed.benchmarks.evaluation;

import org.childinneed.benchmarks.generator.SyntheticCase;
import org.childinneed.benchmarks.generator.SyntheticCases;
import org.childinneed.benchmarks.support.CpuClock;
import org.childinneed.benchmarks.support.CpuCounters;
import org.childinneed.benchmarks.support.KentComparisonBenchmark;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.Explanation;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.compliance.Policy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Evaluating a typical year-long case (about 40 events) with the interpreted {@code kent.cin}
 * against the hand-written Java implementation of the same rules, the reference limit. Each
 * operation is one case; the same {@value #CASES} generated cases are evaluated in turn so that no
 * single case's shape dominates.
 *
 * <p>Full evaluation ({@code interpreted}, {@code handWritten}) reads every obligation's
 * explanation, as a report does; decision-only ({@code ...DecisionOnly}) reads only the statuses,
 * due dates and satisfying events, so no explanation is built. Targets: {@code interpreted} within
 * 2x of {@code handWritten}; {@code interpretedDecisionOnly} within 1.2x of
 * {@code handWrittenDecisionOnly} and at least 2x faster than {@code interpreted}.
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

    @Benchmark
    @OperationsPerInvocation(CASES)
    public void interpretedDecisionOnly(Blackhole sink, CpuCounters cpu) {
        decideAll(interpreted, sink, cpu);
    }

    @Benchmark
    @OperationsPerInvocation(CASES)
    public void handWrittenDecisionOnly(Blackhole sink, CpuCounters cpu) {
        decideAll(handWritten, sink, cpu);
    }

    /** Evaluates every case and reads every explanation, as a report does. */
    private void evaluateAll(Policy policy, Blackhole sink, CpuCounters cpu) {
        long start = CpuClock.currentThread();
        for (SyntheticCase c : cases) {
            ComplianceReport report = policy.evaluate(c.record(), c.asOf());
            for (Obligation o : report.obligations()) {
                Explanation why = o.explanation();
                sink.consume(why.trigger());
                sink.consume(why.computation());
                sink.consume(why.resolution());
            }
            sink.consume(report);
        }
        cpu.add(CpuClock.currentThread() - start, CASES);
    }

    /** Evaluates every case and reads only the decisions: statuses, due dates, satisfying events. */
    private void decideAll(Policy policy, Blackhole sink, CpuCounters cpu) {
        long start = CpuClock.currentThread();
        for (SyntheticCase c : cases) {
            ComplianceReport report = policy.evaluate(c.record(), c.asOf());
            for (Obligation o : report.obligations()) {
                sink.consume(o.status());
                sink.consume(o.due());
                sink.consume(o.satisfiedBy());
            }
            sink.consume(report);
        }
        cpu.add(CpuClock.currentThread() - start, CASES);
    }
}
