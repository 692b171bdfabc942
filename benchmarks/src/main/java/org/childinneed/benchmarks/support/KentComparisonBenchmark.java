package org.childinneed.benchmarks.support;

import org.childinneed.benchmarks.reference.HandWrittenKentPolicy;
import org.childinneed.model.compliance.Policy;
import org.openjdk.jmh.annotations.Setup;

/** A benchmark of the interpreted {@code kent.cin} against the hand-written Java implementation of its rules. */
public abstract class KentComparisonBenchmark extends TrialBenchmark {

    /** {@code kent.cin}, compiled. */
    protected Policy interpreted;
    /** The hand-written implementation, the reference limit. */
    protected Policy handWritten;

    @Setup
    public void setUpPolicies() {
        interpreted = BundledScripts.compiled("kent");
        handWritten = new HandWrittenKentPolicy(BundledScripts.workingDays());
    }
}
