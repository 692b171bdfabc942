package org.childinneed.model.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Optional;
import org.childinneed.model.problem.Location;
import org.childinneed.model.problem.Problem;
import org.childinneed.model.problem.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What a policy found in one case as of a date: obligations sorted by due date then rule, findings
 * by date then rule (contract section 2).
 *
 * @param caseId the case identifier
 * @param policy the policy id
 * @param asOf the date the case was evaluated as of
 * @param obligations the obligations, sorted
 * @param findings the findings, sorted
 * @param notInForce what the case would raise before the first version of the rule's policy took
 *     effect: named, not judged (empty for a policy in force from the beginning), sorted by date
 * @param notJudged the findings whose exceptions the case's source cannot record: named, not judged
 *     (empty for a case file, which can record everything), sorted by date
 * @param notRequired obligations their rule's condition lifted, each with why, sorted by trigger date
 */
public record ComplianceReport(String caseId, String policy, LocalDate asOf, List<Obligation> obligations,
        List<Finding> findings, List<NotInForce> notInForce, List<NotJudged> notJudged, List<NotRequired> notRequired) {

    /** By due date, rule, trigger date, trigger index: written out, as every report sorts with it. */
    private static final Comparator<Obligation> OBLIGATION_ORDER = (a, b) -> {
        int c = a.due().compareTo(b.due());
        if (c == 0) {
            c = a.rule().compareTo(b.rule());
        }
        if (c == 0) {
            c = a.triggerDate().compareTo(b.triggerDate());
        }
        return c != 0 ? c : Integer.compare(a.trigger().index(), b.trigger().index());
    };
    /** By date, rule, event index, message. */
    private static final Comparator<Finding> FINDING_ORDER = (a, b) -> {
        int c = a.date().compareTo(b.date());
        if (c == 0) {
            c = a.rule().compareTo(b.rule());
        }
        if (c == 0) {
            c = Integer.compare(a.event().index(), b.event().index());
        }
        return c != 0 ? c : a.message().compareTo(b.message());
    };
    private static final Comparator<NotJudged> NOT_JUDGED_ORDER = Comparator.comparing(NotJudged::date)
            .thenComparing(NotJudged::rule)
            .thenComparingInt(n -> n.event().index());
    private static final Comparator<NotInForce> NOT_IN_FORCE_ORDER = Comparator.comparing(NotInForce::date)
            .thenComparing(NotInForce::rule)
            .thenComparingInt(n -> n.event().index());
    private static final Comparator<NotRequired> NOT_REQUIRED_ORDER = Comparator.comparing(NotRequired::triggerDate)
            .thenComparing(NotRequired::rule)
            .thenComparingInt(n -> n.trigger().index());

    public ComplianceReport {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(asOf, "asOf");
        obligations = sorted(obligations, OBLIGATION_ORDER);
        findings = sorted(findings, FINDING_ORDER);
        notInForce = sorted(notInForce, NOT_IN_FORCE_ORDER);
        notJudged = sorted(notJudged, NOT_JUDGED_ORDER);
        notRequired = sorted(notRequired, NOT_REQUIRED_ORDER);
    }

    /** A report of a case whose source can record everything, with nothing lifted by a condition to show. */
    public ComplianceReport(String caseId, String policy, LocalDate asOf, List<Obligation> obligations,
            List<Finding> findings, List<NotInForce> notInForce, List<NotJudged> notJudged) {
        this(caseId, policy, asOf, obligations, findings, notInForce, notJudged, List.of());
    }

    /** A report of a case whose source can record everything (a case file). */
    public ComplianceReport(String caseId, String policy, LocalDate asOf, List<Obligation> obligations,
            List<Finding> findings, List<NotInForce> notInForce) {
        this(caseId, policy, asOf, obligations, findings, notInForce, List.of());
    }

    /** {@code items} sorted by {@code order}, unmodifiable; no copy of an empty list. */
    private static <T> List<T> sorted(List<T> items, Comparator<? super T> order) {
        if (items.isEmpty()) {
            return List.of();
        }
        Object[] array = items.toArray();
        for (Object item : array) {
            Objects.requireNonNull(item, "a report item");
        }
        @SuppressWarnings("unchecked")
        Comparator<Object> byOrder = (Comparator<Object>) order;
        Arrays.sort(array, byOrder);
        @SuppressWarnings("unchecked")
        List<T> list = (List<T>) Collections.unmodifiableList(Arrays.asList(array));
        return list;
    }

    /** A report of a policy in force on every day of the case. */
    public ComplianceReport(String caseId, String policy, LocalDate asOf, List<Obligation> obligations,
            List<Finding> findings) {
        this(caseId, policy, asOf, obligations, findings, List.of(), List.of());
    }

    /** Whether any obligation of a required rule is overdue. */
    public boolean hasOverdue() {
        return obligations.stream().anyMatch(o -> o.isRequired() && o.status() == ObligationStatus.OVERDUE);
    }

    /**
     * The warnings about this report's own dates, one per obligation with a {@linkplain Explanation#caveats()
     * caveat}, in obligation order: code {@code beyond-holiday-data}, located at the obligation's
     * trigger. They do not change the exit status; they say which due dates to doubt.
     */
    public List<Problem> warnings() {
        List<Problem> warnings = new ArrayList<>();
        for (Obligation o : obligations) {
            if (o.explanation().caveats().contains(DateCaveat.BEYOND_HOLIDAY_DATA)) {
                warnings.add(new Problem(DateCaveat.BEYOND_HOLIDAY_DATA.code(), Severity.WARNING,
                        Location.ofEvent(o.trigger(), "due"), "rule " + o.rule() + ": the due date " + o.due()
                        + " was counted in working days past the end of the bank-holiday data, where every weekday "
                        + "counts as a working day; it may be too early", Optional.of("load a bank-holidays list "
                        + "that covers " + o.due().getYear())));
            }
        }
        return List.copyOf(warnings);
    }

    /**
     * Whether nothing required is overdue and no required rule found anything: exit status 0 of the
     * command line. Advisory (good-practice) departures alone leave a case compliant.
     */
    public boolean isCompliant() {
        return !hasOverdue() && findings.stream().noneMatch(Finding::isRequired);
    }

    /** Whether an advisory rule found something or has an overdue obligation. */
    public boolean hasAdvisory() {
        return findings.stream().anyMatch(f -> !f.isRequired()) || obligations.stream()
                .anyMatch(o -> !o.isRequired() && o.status() == ObligationStatus.OVERDUE);
    }
}
