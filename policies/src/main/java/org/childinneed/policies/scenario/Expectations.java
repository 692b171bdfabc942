package org.childinneed.policies.scenario;

import java.util.List;
import java.util.stream.Stream;

/**
 * A scenario's {@code expect} block.
 *
 * @param obligations obligations the report must have
 * @param absentObligations obligations the report must not have
 * @param findings findings the report must have
 * @param absentFindings findings the report must not have
 * @param only whether, for the rules the expected obligations and findings name, the report may
 *     have nothing else
 */
record Expectations(List<Expected> obligations, List<Expected> absentObligations, List<Expected> findings,
        List<Expected> absentFindings, boolean only) {

    Expectations {
        obligations = List.copyOf(obligations);
        absentObligations = List.copyOf(absentObligations);
        findings = List.copyOf(findings);
        absentFindings = List.copyOf(absentFindings);
    }

    /** Every item, positive and absent. */
    List<Expected> all() {
        return Stream.of(obligations, absentObligations, findings, absentFindings)
                .flatMap(List::stream).toList();
    }
}
