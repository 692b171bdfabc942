package org.childinneed.benchmarks.evaluation;

import java.util.Arrays;
import java.util.Locale;
import org.childinneed.benchmarks.generator.SyntheticCase;
import org.childinneed.benchmarks.generator.SyntheticCases;
import org.childinneed.benchmarks.reference.HandWrittenKentPolicy;
import org.childinneed.benchmarks.support.BundledScripts;
import org.childinneed.benchmarks.support.CpuClock;
import org.childinneed.benchmarks.support.TrialBenchmark;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.compliance.Policy;

/**
 * The decision-only ratio of {@link EvaluationBenchmark} (interpreted over hand-written Kent, the
 * same 256 typical cases, statuses, due dates and satisfying events read), measured by
 * alternating the two loops in one JVM and keeping the median of their thread CPU times' ratios:
 * what the machine is doing at the time weighs on both sides alike, which JMH's one fork, each
 * benchmark after the other, does not give on a shared machine. What each JVM's compiler makes of
 * the code still moves the ratio from one JVM to the next (by about 0.05x), so it is run in
 * several JVMs and the median of theirs is quoted (benchmarks/README.md).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.childinneed.benchmarks.evaluation.DecisionOnlyRatio [ROUNDS] [PASSES]</pre>
 */
public final class DecisionOnlyRatio {

    /** Where the decisions read go, so that none is left out. */
    private static volatile long consumed;

    private DecisionOnlyRatio() {
    }

    /** The median ratio of {@code rounds} alternations of {@code passes} passes over the cases each. */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        Policy hand = new HandWrittenKentPolicy(BundledScripts.workingDays());
        Policy interpreted = BundledScripts.compiled("kent");
        SyntheticCase[] cases = SyntheticCases.typicalCases(TrialBenchmark.SEED, EvaluationBenchmark.CASES).toArray(SyntheticCase[]::new);
        for (int warm = 0; warm < 8; warm++) {
            decide(hand, cases, passes / 4);
            decide(interpreted, cases, passes / 4);
        }
        double[] ratios = new double[rounds];
        double[] handTimes = new double[rounds];
        double[] interpretedTimes = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            handTimes[r] = decide(hand, cases, passes);
            interpretedTimes[r] = decide(interpreted, cases, passes);
            ratios[r] = interpretedTimes[r] / handTimes[r];
        }
        Arrays.sort(ratios);
        Arrays.sort(handTimes);
        Arrays.sort(interpretedTimes);
        System.out.println(String.format(Locale.ROOT,
                "decision-only, interpreted / hand-written Kent: median ratio %.3f of %d alternations (%.3f to %.3f); "
                        + "per typical case, median thread CPU time: hand-written %.2f us, interpreted %.2f us",
                median(ratios), rounds, ratios[0], ratios[rounds - 1], median(handTimes), median(interpretedTimes)));
    }

    /** Microseconds of thread CPU time per case, over {@code passes} passes reading only the decisions. */
    private static double decide(Policy policy, SyntheticCase[] cases, int passes) {
        long sink = 0;
        long start = CpuClock.currentThread();
        for (int p = 0; p < passes; p++) {
            for (SyntheticCase c : cases) {
                ComplianceReport report = policy.evaluate(c.record(), c.asOf());
                for (Obligation o : report.obligations()) {
                    sink += o.status().ordinal() + o.due().getDayOfMonth() + (o.satisfiedBy().isPresent() ? 1 : 0);
                }
            }
        }
        long spent = CpuClock.currentThread() - start;
        consumed = sink;
        return spent / 1000.0 / passes / cases.length;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
