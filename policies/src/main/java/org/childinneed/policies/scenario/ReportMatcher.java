package org.childinneed.policies.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.childinneed.model.compliance.ComplianceReport;

/**
 * Compares a report with a scenario's expectations. Each expected item must match a different
 * report item (the best pairing is found, so a general item never steals a specific one's match);
 * each mismatch is described with the nearest report item and the fields that differ.
 */
final class ReportMatcher {

    /**
     * What the comparison found.
     *
     * @param mismatches readable descriptions, empty when the report meets every expectation
     * @param checkedRules rules of the report items that an expected item matched
     */
    record Comparison(List<String> mismatches, Set<String> checkedRules) {
    }

    private ReportMatcher() {
    }

    static Comparison compare(Expectations expect, ComplianceReport report) {
        List<ReportItem> obligations = report.obligations().stream().map(ReportItem::of).toList();
        List<ReportItem> findings = report.findings().stream().map(ReportItem::of).toList();
        List<String> mismatches = new ArrayList<>();
        Set<String> checked = new LinkedHashSet<>();
        Set<String> onlyRules = new HashSet<>();
        if (expect.only()) {
            expect.obligations().forEach(e -> onlyRules.add(e.rule()));
            expect.findings().forEach(e -> onlyRules.add(e.rule()));
        }
        compareSubject(expect.obligations(), expect.absentObligations(), obligations, onlyRules, mismatches, checked);
        compareSubject(expect.findings(), expect.absentFindings(), findings, onlyRules, mismatches, checked);
        return new Comparison(List.copyOf(mismatches), Set.copyOf(checked));
    }

    private static void compareSubject(List<Expected> wanted, List<Expected> unwanted, List<ReportItem> actual,
            Set<String> onlyRules, List<String> mismatches, Set<String> checked) {
        int[] pairedWith = pair(wanted, actual);
        boolean[] used = new boolean[actual.size()];
        for (int e = 0; e < wanted.size(); e++) {
            if (pairedWith[e] >= 0) {
                used[pairedWith[e]] = true;
                checked.add(actual.get(pairedWith[e]).rule());
            }
        }
        Set<Integer> shown = new HashSet<>();
        for (int e = 0; e < wanted.size(); e++) {
            if (pairedWith[e] < 0) {
                nearest(wanted.get(e), actual).ifPresent(shown::add);
                mismatches.add(missing(wanted.get(e), actual, used));
            }
        }
        for (Expected e : unwanted) {
            for (ReportItem item : actual) {
                if (e.matches(item)) {
                    mismatches.add("unwanted " + e.subject().noun() + " " + e.where() + ": " + e.describe()
                            + "\n  but the report has: " + item.describe());
                }
            }
        }
        for (int a = 0; a < actual.size(); a++) {
            ReportItem item = actual.get(a);
            if (!used[a] && !shown.contains(a) && onlyRules.contains(item.rule())) {
                mismatches.add("unexpected " + item.subject().noun() + " (expect.only is true and " + item.rule()
                        + " is expected): " + item.describe());
            }
        }
    }

    /** A maximum pairing of expected to report items (augmenting paths); -1 where none is left. */
    private static int[] pair(List<Expected> wanted, List<ReportItem> actual) {
        int[] itemOwner = new int[actual.size()];
        Arrays.fill(itemOwner, -1);
        for (int e = 0; e < wanted.size(); e++) {
            augment(e, wanted, actual, itemOwner, new boolean[actual.size()]);
        }
        int[] pairedWith = new int[wanted.size()];
        Arrays.fill(pairedWith, -1);
        for (int a = 0; a < actual.size(); a++) {
            if (itemOwner[a] >= 0) {
                pairedWith[itemOwner[a]] = a;
            }
        }
        return pairedWith;
    }

    private static boolean augment(int e, List<Expected> wanted, List<ReportItem> actual, int[] itemOwner,
            boolean[] seen) {
        for (int a = 0; a < actual.size(); a++) {
            if (!seen[a] && wanted.get(e).matches(actual.get(a))) {
                seen[a] = true;
                if (itemOwner[a] < 0 || augment(itemOwner[a], wanted, actual, itemOwner, seen)) {
                    itemOwner[a] = e;
                    return true;
                }
            }
        }
        return false;
    }

    /** The report item of the same rule with the fewest differing fields (the first, on a tie). */
    private static Optional<Integer> nearest(Expected e, List<ReportItem> actual) {
        return sameRule(e, actual).stream().min(Comparator.comparingInt(a -> e.differences(actual.get(a))));
    }

    private static List<Integer> sameRule(Expected e, List<ReportItem> actual) {
        List<Integer> sameRule = new ArrayList<>();
        for (int a = 0; a < actual.size(); a++) {
            if (actual.get(a).rule().equals(e.rule())) {
                sameRule.add(a);
            }
        }
        return sameRule;
    }

    private static String missing(Expected e, List<ReportItem> actual, boolean[] used) {
        StringBuilder out = new StringBuilder("missing " + e.subject().noun() + " " + e.where() + ": " + e.describe());
        String noun = e.subject().noun();
        List<Integer> sameRule = sameRule(e, actual);
        if (actual.isEmpty()) {
            return out.append("\n  the report has no ").append(noun).append("s").toString();
        }
        if (sameRule.isEmpty()) {
            String rules = actual.stream().map(ReportItem::rule).distinct().collect(Collectors.joining(", "));
            return out.append("\n  the report has no ").append(noun).append(" of rule ").append(e.rule())
                    .append("; it has ").append(noun).append("s of ").append(rules).toString();
        }
        int nearest = nearest(e, actual).orElseThrow();
        ReportItem item = actual.get(nearest);
        List<String> differences = e.differences(item) == 0 ? List.of() : e.describeDifferences(item);
        out.append("\n  nearest in the report: ").append(item.describe());
        if (used[nearest] && differences.isEmpty()) {
            out.append("\n  (it matches, but another expected ").append(noun).append(" already claimed it)");
        } else if (used[nearest]) {
            out.append(" (already matched by another expected ").append(noun).append(")");
        }
        for (String difference : differences) {
            out.append("\n  ").append(difference);
            if (difference.startsWith("due:")) {
                item.computation().ifPresent(c -> out.append(" (").append(c).append(")"));
            }
        }
        if (sameRule.size() > 1) {
            out.append("\n  the report has ").append(sameRule.size()).append(" ").append(noun).append("s of rule ")
                    .append(e.rule());
        }
        return out.toString();
    }

    /** Every rule the report names. */
    static Set<String> rulesOf(ComplianceReport report) {
        Set<String> rules = new LinkedHashSet<>();
        report.obligations().forEach(o -> rules.add(o.rule()));
        report.findings().forEach(f -> rules.add(f.rule()));
        return rules;
    }
}
