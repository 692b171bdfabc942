package org.childinneed.policies.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.Policy;

/**
 * What became of one scenario file.
 *
 * @param source the file, as given
 * @param name the scenario's title, or the file name when the file could not be read
 * @param outcome passed, failed, error or skipped
 * @param details why it failed (each mismatch), the file's problems, or why it was skipped
 * @param policy the policy it ran against, when the file named a known one
 * @param report the report the policy produced, when it ran
 * @param checkedRules the rules of report items that an expectation matched
 */
public record ScenarioResult(String source, String name, Outcome outcome, List<String> details,
        Optional<Policy> policy, Optional<ComplianceReport> report, Set<String> checkedRules) {

    /** What became of a scenario. */
    public enum Outcome {
        /** The report met every expectation. */
        PASSED,
        /** The report missed an expectation. */
        FAILED,
        /** The scenario could not be run: a bad file, an unknown policy, a policy that failed. */
        ERROR,
        /** The scenario says it is not to be run, and why. */
        SKIPPED
    }

    public ScenarioResult {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(outcome, "outcome");
        details = List.copyOf(details);
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(report, "report");
        checkedRules = Set.copyOf(checkedRules);
    }

    /** Whether this scenario counts against the run (failed, or could not be run). */
    public boolean isFailure() {
        return outcome == Outcome.FAILED || outcome == Outcome.ERROR;
    }

    /** The rules the report names: those this scenario exercised. */
    public Set<String> exercisedRules() {
        return report.map(ReportMatcher::rulesOf).orElse(Set.of());
    }

    /** The details, one a line, for an assertion message or the console. */
    public String describe() {
        return source + ": " + name + (details.isEmpty() ? "" : "\n" + String.join("\n", details));
    }
}
