package org.childinneed.model.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts of changes per rule over a caseload, added case by case as the diffs are made, so a
 * caseload streams through in constant memory per rule. Not thread-safe: one tally per thread, or
 * add under a lock.
 */
public final class DiffTally {

    private static final class Counts {
        int appeared;
        int disappeared;
        int changed;
        int dueEarlier;
        int dueLater;
        final Map<String, Integer> statuses = new TreeMap<>();
        int findingsAdded;
        int findingsRemoved;
    }

    private final Map<String, Counts> byRule = new TreeMap<>();
    private int cases;
    private int casesChanged;

    /** Counts the changes of one case. */
    public void add(ReportDiff diff) {
        cases++;
        if (!diff.isEmpty()) {
            casesChanged++;
        }
        for (ObligationChange change : diff.obligations()) {
            Counts counts = byRule.computeIfAbsent(change.rule(), r -> new Counts());
            switch (change.kind()) {
                case APPEARED -> counts.appeared++;
                case DISAPPEARED -> counts.disappeared++;
                default -> {
                    counts.changed++;
                    if (change.dueShiftDays() < 0) {
                        counts.dueEarlier++;
                    } else if (change.dueShiftDays() > 0) {
                        counts.dueLater++;
                    }
                    if (change.statusChanged()) {
                        counts.statuses.merge(change.before().orElseThrow().status().code() + " -> "
                                + change.after().orElseThrow().status().code(), 1, Integer::sum);
                    }
                }
            }
        }
        for (FindingChange change : diff.findings()) {
            Counts counts = byRule.computeIfAbsent(change.rule(), r -> new Counts());
            if (change.added()) {
                counts.findingsAdded++;
            } else {
                counts.findingsRemoved++;
            }
        }
    }

    /** The cases counted. */
    public int cases() {
        return cases;
    }

    /** The cases with at least one change. */
    public int casesChanged() {
        return casesChanged;
    }

    /** The rules with changes, by name. */
    public List<RuleChanges> rules() {
        List<RuleChanges> rules = new ArrayList<>();
        byRule.forEach((rule, c) -> rules.add(new RuleChanges(rule, c.appeared, c.disappeared, c.changed, c.dueEarlier, c.dueLater,
                c.statuses, c.findingsAdded, c.findingsRemoved)));
        return rules;
    }
}
