package org.childinneed.model.diff;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.Finding;
import org.childinneed.model.compliance.Obligation;

/**
 * What changes in one case's report from an old policy to a new one. Obligations are matched by
 * rule, trigger and trigger date (occurrences of a series in due-date order); one that both reports
 * have is changed when its kind, window, due date, status or satisfaction differs. Findings are
 * matched by rule, kind, event, date and message. Citations and versions are not compared: two
 * versions that judge alike make no changes.
 *
 * @param caseId the case
 * @param asOf the date both reports were made as of
 * @param obligations the obligations that appear, disappear or change, in the new report's order then the old's
 * @param findings the findings added or removed
 */
public record ReportDiff(String caseId, LocalDate asOf, List<ObligationChange> obligations,
        List<FindingChange> findings) {

    public ReportDiff {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(asOf, "asOf");
        obligations = List.copyOf(obligations);
        findings = List.copyOf(findings);
    }

    /**
     * The changes from {@code before} to {@code after}.
     *
     * @throws IllegalArgumentException if they are of different cases or as-of dates
     */
    public static ReportDiff between(ComplianceReport before, ComplianceReport after) {
        if (!before.caseId().equals(after.caseId()) || !before.asOf().equals(after.asOf())) {
            throw new IllegalArgumentException("reports of different cases or dates: " + before.caseId() + " as of "
                    + before.asOf() + ", " + after.caseId() + " as of " + after.asOf());
        }
        List<ObligationChange> obligations = new ArrayList<>();
        Map<List<Object>, Deque<Obligation>> old = index(before.obligations(), ReportDiff::key);
        for (Obligation now : after.obligations()) {
            Optional<Obligation> was = Optional.ofNullable(old.getOrDefault(key(now), new ArrayDeque<>()).pollFirst());
            if (was.isEmpty() || !sameOutcome(was.get(), now)) {
                obligations.add(new ObligationChange(was, Optional.of(now)));
            }
        }
        old.values().forEach(left -> left.forEach(o -> obligations.add(new ObligationChange(Optional.of(o), Optional.empty()))));
        List<FindingChange> findings = new ArrayList<>();
        Map<List<Object>, Deque<Finding>> oldFindings = index(before.findings(), ReportDiff::key);
        for (Finding now : after.findings()) {
            if (oldFindings.getOrDefault(key(now), new ArrayDeque<>()).pollFirst() == null) {
                findings.add(new FindingChange(now, true));
            }
        }
        oldFindings.values().forEach(left -> left.forEach(f -> findings.add(new FindingChange(f, false))));
        return new ReportDiff(after.caseId(), after.asOf(), obligations, findings);
    }

    /** Whether nothing changes. */
    public boolean isEmpty() {
        return obligations.isEmpty() && findings.isEmpty();
    }

    private static <T> Map<List<Object>, Deque<T>> index(List<T> items, Function<T, List<Object>> key) {
        Map<List<Object>, Deque<T>> index = new LinkedHashMap<>();
        items.forEach(i -> index.computeIfAbsent(key.apply(i), k -> new ArrayDeque<>()).add(i));
        return index;
    }

    private static List<Object> key(Obligation o) {
        return List.of(o.rule(), o.trigger().index(), o.triggerDate());
    }

    private static List<Object> key(Finding f) {
        return List.of(f.rule(), f.kind(), f.event().index(), f.date(), f.message());
    }

    private static boolean sameOutcome(Obligation a, Obligation b) {
        return a.kind().equals(b.kind()) && a.earliest().equals(b.earliest()) && a.due().equals(b.due())
                && a.status() == b.status() && a.satisfiedBy().equals(b.satisfiedBy());
    }
}
