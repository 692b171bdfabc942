package org.childinneed.policies.caseload;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.compliance.ObligationStatus;

/**
 * A caseload in numbers, as a team manager asks for it: per rule how many obligations were met on
 * time, met late, are overdue, open or cancelled, with the on-time rate; the same per month of due
 * date (and per rule and month); and the cases that need attention now, most overdue first. Built
 * one case at a time in memory that does not grow with the caseload: the attention list keeps the
 * {@code attentionLimit} most overdue cases and counts the rest. Not thread-safe.
 */
public final class CaseloadSummary {

    /** How far the cases needing attention are listed by default. */
    public static final int DEFAULT_ATTENTION_LIMIT = 100;

    /**
     * A case that needs attention now.
     *
     * @param position the case's place in the caseload, counted from 1, in source order
     * @param origin where the case came from
     * @param caseId the case's id
     * @param overdue how many of its obligations are overdue
     * @param mostOverdueDays how many days the most overdue of them is past its due date (0 if none is)
     * @param findings how many findings it has
     */
    public record Attention(long position, CaseOrigin origin, String caseId, int overdue, long mostOverdueDays, int findings) {
    }

    /** Most overdue first, then most overdue obligations, most findings, then by case id and file. */
    public static final Comparator<Attention> MOST_URGENT_FIRST = Comparator
            .comparingLong(Attention::mostOverdueDays).reversed()
            .thenComparing(Comparator.comparingInt(Attention::overdue).reversed())
            .thenComparing(Comparator.comparingInt(Attention::findings).reversed())
            .thenComparing(Attention::caseId)
            .thenComparingLong(Attention::position);

    private final int attentionLimit;
    private final Map<String, StatusCounts> byRule = new TreeMap<>();
    private final Map<YearMonth, StatusCounts> byMonth = new TreeMap<>();
    private final Map<String, Map<YearMonth, StatusCounts>> byRuleAndMonth = new TreeMap<>();
    private final Map<String, String> kinds = new TreeMap<>();
    private final PriorityQueue<Attention> attention;
    private StatusCounts all = StatusCounts.NONE;
    private long cases;
    private long needingAttention;
    private long findings;

    /** A summary listing up to {@code attentionLimit} cases needing attention. */
    public CaseloadSummary(int attentionLimit) {
        if (attentionLimit < 0) {
            throw new IllegalArgumentException("attentionLimit must not be negative: " + attentionLimit);
        }
        this.attentionLimit = attentionLimit;
        this.attention = new PriorityQueue<>(MOST_URGENT_FIRST.reversed());
    }

    /** Counts one case's report in. */
    public void add(CheckedCase checked) {
        ComplianceReport report = checked.report();
        cases++;
        findings += report.findings().size();
        int overdue = 0;
        long mostOverdue = 0;
        for (Obligation o : report.obligations()) {
            ObligationStatus status = o.status();
            all = all.plus(status);
            byRule.merge(o.rule(), StatusCounts.NONE.plus(status), CaseloadSummary::sum);
            kinds.putIfAbsent(o.rule(), o.kind().code());
            if (o.hasDueDate()) {
                // An obligation with no due date falls in no month.
                YearMonth month = YearMonth.from(o.due());
                byMonth.merge(month, StatusCounts.NONE.plus(status), CaseloadSummary::sum);
                byRuleAndMonth.computeIfAbsent(o.rule(), r -> new TreeMap<>())
                        .merge(month, StatusCounts.NONE.plus(status), CaseloadSummary::sum);
            }
            Optional<Long> days = daysOverdue(o, report.asOf());
            if (days.isPresent()) {
                overdue++;
                mostOverdue = Math.max(mostOverdue, days.get());
            }
        }
        if (!report.isCompliant()) {
            needingAttention++;
            attention.add(new Attention(cases, checked.origin(), report.caseId(), overdue, mostOverdue, report.findings().size()));
            if (attention.size() > attentionLimit) {
                attention.poll();
            }
        }
    }

    /** How many days past its due date an overdue obligation is on {@code asOf}; empty unless it is overdue. */
    public static Optional<Long> daysOverdue(Obligation obligation, LocalDate asOf) {
        return obligation.status() == ObligationStatus.OVERDUE
                ? Optional.of(ChronoUnit.DAYS.between(obligation.due(), asOf)) : Optional.empty();
    }

    /** Cases counted. */
    public long cases() {
        return cases;
    }

    /** Cases with something overdue or a finding. */
    public long needingAttention() {
        return needingAttention;
    }

    /** Findings in all cases. */
    public long findings() {
        return findings;
    }

    /** Every obligation of every case. */
    public StatusCounts all() {
        return all;
    }

    /** Per rule, in rule order. */
    public Map<String, StatusCounts> byRule() {
        return Collections.unmodifiableMap(byRule);
    }

    /** The kind of obligation each rule sets ({@code initial-meeting}), by rule. */
    public Map<String, String> kinds() {
        return Collections.unmodifiableMap(kinds);
    }

    /** Per month of due date, in date order. */
    public Map<YearMonth, StatusCounts> byMonth() {
        return Collections.unmodifiableMap(byMonth);
    }

    /** Per rule, then per month of due date. */
    public Map<String, Map<YearMonth, StatusCounts>> byRuleAndMonth() {
        return Collections.unmodifiableMap(byRuleAndMonth);
    }

    /** The cases needing attention now, most overdue first; at most the limit given. */
    public List<Attention> attention() {
        List<Attention> list = new ArrayList<>(attention);
        list.sort(MOST_URGENT_FIRST);
        return list;
    }

    private static StatusCounts sum(StatusCounts a, StatusCounts b) {
        return new StatusCounts(a.met() + b.met(), a.metLate() + b.metLate(), a.overdue() + b.overdue(),
                a.open() + b.open(), a.cancelled() + b.cancelled(), a.notRecorded() + b.notRecorded());
    }
}
