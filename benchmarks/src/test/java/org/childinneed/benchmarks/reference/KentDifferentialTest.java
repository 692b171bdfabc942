package org.childinneed.benchmarks.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.childinneed.benchmarks.generator.SyntheticCase;
import org.childinneed.benchmarks.generator.SyntheticCases;
import org.childinneed.benchmarks.support.BundledScripts;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.Policy;
import org.childinneed.model.event.EventRef;
import org.junit.jupiter.api.Test;

/**
 * The interpreted {@code kent.cin} and the hand-written Kent policy, two independent
 * implementations of KEN-01 to KEN-24 (and the WT-01, WT-02 Kent inherits), must report the same
 * obligations (rule, trigger, due date, status, satisfying event) and findings (rule, kind, event)
 * on thousands of generated cases: typical ones, long ones, and irregular ones that reach the
 * corners of the evaluation semantics.
 */
class KentDifferentialTest {

    private static final long SEED = 6L;
    private static final int TYPICAL_CASES = 1_000;
    private static final int IRREGULAR_CASES = 1_000;
    private static final int SHOWN = 25;

    @Test
    void interpretedKentAgreesWithTheHandWrittenReference() {
        Policy interpreted = BundledScripts.compiled("kent");
        Policy reference = new HandWrittenKentPolicy(BundledScripts.workingDays());
        List<SyntheticCase> cases = new ArrayList<>(SyntheticCases.typicalCases(SEED, TYPICAL_CASES));
        for (int size = 1; size <= 200; size += 7) {
            cases.add(SyntheticCases.longCase(SEED, size));
        }
        for (int i = 0; i < IRREGULAR_CASES; i++) {
            cases.add(SyntheticCases.irregularCase(SEED, i));
        }
        List<String> disagreements = new ArrayList<>();
        Set<String> rulesReported = new TreeSet<>();
        for (SyntheticCase c : cases) {
            List<String> expected = lines(reference.evaluate(c.record(), c.asOf()));
            List<String> actual = lines(interpreted.evaluate(c.record(), c.asOf()));
            expected.forEach(line -> rulesReported.add(line.substring(0, line.indexOf(' '))));
            if (!expected.equals(actual)) {
                List<String> missing = new ArrayList<>(expected);
                missing.removeAll(actual);
                List<String> extra = new ArrayList<>(actual);
                extra.removeAll(expected);
                disagreements.add(c.record().caseId() + " as of " + c.asOf() + ": hand-written only " + missing
                        + "; interpreted only " + extra);
            }
        }
        assertTrue(disagreements.isEmpty(), () -> disagreements.size() + " of " + cases.size()
                + " cases disagree; the first:\n" + String.join("\n", disagreements.subList(0, Math.min(SHOWN, disagreements.size()))));
        assertEquals(Set.of("WT-01", "WT-02", "KEN-01", "KEN-02", "KEN-03", "KEN-04", "KEN-05", "KEN-06", "KEN-07",
                "KEN-08", "KEN-09", "KEN-10", "KEN-11", "KEN-12", "KEN-13", "KEN-14", "KEN-15", "KEN-16", "KEN-17",
                "KEN-18", "KEN-19", "KEN-20", "KEN-21", "KEN-22", "KEN-23", "KEN-24",
                "KENX-01", "KENX-02"), rulesReported, "the generated cases reach every rule");
    }

    /** The report as comparable lines, sorted. */
    private static List<String> lines(ComplianceReport report) {
        List<String> lines = new ArrayList<>();
        report.obligations().forEach(o -> lines.add(o.rule() + " " + o.kind().code() + " trigger " + o.trigger().label()
                + " due " + o.due() + " " + o.status().code() + " by " + o.satisfiedBy().map(EventRef::label).orElse("-")));
        report.findings().forEach(f -> lines.add(f.rule() + " " + f.kind().code() + " at " + f.event().label()));
        lines.sort(null);
        return lines;
    }
}
