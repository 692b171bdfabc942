package org.childinneed.policies.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.childinneed.model.compliance.Policy;
import org.childinneed.model.timeline.CaseRecord;

/**
 * A compliance scenario read from its file: a case, a policy, an as-of date and what the report
 * must (and must not) hold.
 *
 * @param source the file, as given
 * @param name the scenario's title
 * @param pins the catalog clauses it pins
 * @param policy the policy it runs against
 * @param asOf the date the case is evaluated as of
 * @param record the case
 * @param expect what the report must and must not hold
 * @param skip why it is not run, when it is not
 */
record Scenario(String source, String name, List<String> pins, Policy policy, LocalDate asOf, CaseRecord record,
        Expectations expect, Optional<String> skip) {

    Scenario {
        pins = List.copyOf(pins);
    }
}
