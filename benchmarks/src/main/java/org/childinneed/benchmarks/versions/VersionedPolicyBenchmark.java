package org.childinneed.benchmarks.versions;

import org.childinneed.benchmarks.generator.SyntheticCase;
import org.childinneed.benchmarks.generator.SyntheticCases;
import org.childinneed.benchmarks.support.CpuClock;
import org.childinneed.benchmarks.support.CpuCounters;
import org.childinneed.benchmarks.support.TrialBenchmark;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.Policy;
import org.childinneed.policies.bundled.BundledPolicies;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What picking the version in force costs: the national baseline {@code working-together} with its
 * two dated versions (2018, effective 4 July 2018; 2023, effective 15 December 2023), each
 * obligation and finding judged by the version in force on its date, against the 2023 version
 * alone ({@code working-together@2023}), the two values of {@code policy}, on the same typical cases, whose referrals from January
 * 2021 on span the change. Each operation is one case, decisions only (statuses, due dates,
 * satisfying events), so the comparison is of evaluation, not of building explanations. No
 * target; the ratio of the two is recorded in the README.
 */
public class VersionedPolicyBenchmark extends TrialBenchmark {

    static final int CASES = 256;

    /** {@code working-together}: both versions; {@code working-together@2023}: the 2023 version alone. */
    @Param({"working-together", "working-together@2023"})
    public String policy;

    private SyntheticCase[] cases;
    private Policy evaluated;

    @Setup
    public void setUp() {
        cases = SyntheticCases.typicalCases(SEED, CASES).toArray(SyntheticCase[]::new);
        evaluated = BundledPolicies.standard().load(policy);
    }

    /** Every case evaluated, its decisions read: statuses, due dates, satisfying events, findings, what was not in force. */
    @Benchmark
    @OperationsPerInvocation(CASES)
    public void decide(Blackhole sink, CpuCounters cpu) {
        long start = CpuClock.currentThread();
        for (SyntheticCase c : cases) {
            ComplianceReport report = evaluated.evaluate(c.record(), c.asOf());
            report.obligations().forEach(o -> sink.consume(o.status().ordinal() + o.due().toEpochDay()
                    + (o.satisfiedBy().isPresent() ? 1 : 0)));
            sink.consume(report.findings().size() + report.notInForce().size());
        }
        cpu.add(CpuClock.currentThread() - start, CASES);
    }
}
