package org.childinneed.model.compliance;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.childinneed.model.Coded;
import org.childinneed.model.event.EventRef;

/**
 * Something the procedure requires by a date, and where it stands (contract section 2).
 *
 * @param rule the catalog clause id ({@code KEN-01})
 * @param kind the kind of obligation: national, or declared by the policy
 * @param trigger the event that gave rise to it
 * @param triggerDate the date it counts from
 * @param earliest for a window, the first day on which it can be satisfied
 * @param due the last day on which it is met in time; {@link #UNDATED} for an obligation with no due
 *     date ({@code no due date}: open until met, never overdue), which {@link #hasDueDate()} tells
 * @param status where it stands on the as-of date
 * @param satisfiedBy the event that satisfied it
 * @param satisfiedOn the date of that event
 * @param cite where the rule comes from
 * @param explanation why it exists and how its date was computed
 * @param severity whether the rule is a requirement or advisory (good practice)
 */
public record Obligation(String rule, Kind kind, EventRef trigger, LocalDate triggerDate,
        Optional<LocalDate> earliest, LocalDate due, ObligationStatus status, Optional<EventRef> satisfiedBy,
        Optional<LocalDate> satisfiedOn, Citation cite, Explanation explanation, RuleSeverity severity) {

    public Obligation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(triggerDate, "triggerDate");
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(satisfiedBy, "satisfiedBy");
        Objects.requireNonNull(satisfiedOn, "satisfiedOn");
        Objects.requireNonNull(cite, "cite");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(severity, "severity");
        if (satisfiedBy.isPresent() != satisfiedOn.isPresent()) {
            throw new IllegalArgumentException("satisfiedBy and satisfiedOn go together");
        }
        boolean satisfied = status == ObligationStatus.MET || status == ObligationStatus.MET_LATE;
        if (satisfied != satisfiedBy.isPresent()) {
            throw new IllegalArgumentException("status " + status.code() + " does not agree with satisfiedBy");
        }
    }

    /**
     * The {@link #due()} of an obligation with no due date: later than any date, so that it sorts
     * last, is never before an as-of date (never overdue) and every satisfying event is in time.
     * Reports show no due date for it ({@link #dueDate()} is empty).
     */
    public static final LocalDate UNDATED = LocalDate.MAX;

    /** Whether it has a due date: false for an obligation that stays open until met ({@code no due date}). */
    public boolean hasDueDate() {
        return !due.equals(UNDATED);
    }

    /** Its due date, or empty when it has none ({@code no due date}). */
    public Optional<LocalDate> dueDate() {
        return hasDueDate() ? Optional.of(due) : Optional.empty();
    }

    /** The kind of an obligation: a national {@link ObligationKind}, or a {@link DeclaredKind} a policy declares. */
    public sealed interface Kind extends Coded permits ObligationKind, DeclaredKind {
    }

    /** An obligation of a required rule. */
    public Obligation(String rule, Kind kind, EventRef trigger, LocalDate triggerDate,
            Optional<LocalDate> earliest, LocalDate due, ObligationStatus status, Optional<EventRef> satisfiedBy,
            Optional<LocalDate> satisfiedOn, Citation cite, Explanation explanation) {
        this(rule, kind, trigger, triggerDate, earliest, due, status, satisfiedBy, satisfiedOn, cite, explanation,
                RuleSeverity.REQUIRED);
    }

    /** This obligation, of a rule of {@code severity}. */
    public Obligation withSeverity(RuleSeverity severity) {
        return new Obligation(rule, kind, trigger, triggerDate, earliest, due, status, satisfiedBy, satisfiedOn, cite,
                explanation, severity);
    }

    /** Whether the rule behind it is a requirement, so that being overdue makes the case non-compliant. */
    public boolean isRequired() {
        return severity == RuleSeverity.REQUIRED;
    }
}
