package org.childinneed.policies.scenario;

import java.util.List;
import org.childinneed.policies.scenario.ScenarioResult.Outcome;

/**
 * The results of a run of scenarios, in the order the files were run.
 *
 * @param results one per scenario file
 */
public record ScenarioSummary(List<ScenarioResult> results) {

    public ScenarioSummary {
        results = List.copyOf(results);
    }

    /** Scenarios whose report met every expectation. */
    public long passed() {
        return count(Outcome.PASSED);
    }

    /** Scenarios that failed or could not be run. */
    public long failed() {
        return count(Outcome.FAILED) + count(Outcome.ERROR);
    }

    /** Scenarios marked to be skipped. */
    public long skipped() {
        return count(Outcome.SKIPPED);
    }

    /** Whether nothing failed and nothing was in error. */
    public boolean succeeded() {
        return failed() == 0;
    }

    /**
     * A JUnit-style summary: a line per scenario ({@code PASS}, {@code FAIL}, {@code ERROR},
     * {@code SKIP}) with the details of each failure indented below it, a {@code Tests run} line,
     * and last the plain line {@code N passed, N failed} (with {@code , N skipped} if any).
     */
    public String render() {
        StringBuilder out = new StringBuilder();
        for (ScenarioResult result : results) {
            String label = switch (result.outcome()) {
                case PASSED -> "PASS ";
                case FAILED -> "FAIL ";
                case ERROR -> "ERROR";
                case SKIPPED -> "SKIP ";
            };
            out.append(label).append(' ').append(result.source()).append("  ").append(result.name()).append('\n');
            for (String detail : result.details()) {
                out.append(detail.indent(6));
            }
        }
        if (!results.isEmpty()) {
            out.append('\n');
        }
        out.append("Tests run: ").append(results.size()).append(", Failures: ").append(count(Outcome.FAILED))
                .append(", Errors: ").append(count(Outcome.ERROR)).append(", Skipped: ").append(skipped()).append('\n');
        out.append(passed()).append(" passed, ").append(failed()).append(" failed");
        if (skipped() > 0) {
            out.append(", ").append(skipped()).append(" skipped");
        }
        return out.append('\n').toString();
    }

    private long count(Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }
}
