package org.childinneed.model.diff;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The changes one rule makes over a caseload.
 *
 * @param rule the rule
 * @param appeared obligations only the new policy raises
 * @param disappeared obligations only the old policy raised
 * @param changed obligations both raise, with another due date, status or satisfaction
 * @param dueEarlier obligations due earlier under the new policy
 * @param dueLater obligations due later under the new policy
 * @param statusChanges obligations whose status changes, by {@code old -> new} ({@code met-late -> met}), in order of the pair
 * @param findingsAdded findings only the new policy makes
 * @param findingsRemoved findings only the old policy made
 */
public record RuleChanges(String rule, int appeared, int disappeared, int changed, int dueEarlier, int dueLater,
        Map<String, Integer> statusChanges, int findingsAdded, int findingsRemoved) {

    public RuleChanges {
        Objects.requireNonNull(rule, "rule");
        statusChanges = java.util.Collections.unmodifiableMap(new TreeMap<>(statusChanges));
    }

    /** How many obligations and findings of the rule change in any way. */
    public int total() {
        return appeared + disappeared + changed + findingsAdded + findingsRemoved;
    }
}
