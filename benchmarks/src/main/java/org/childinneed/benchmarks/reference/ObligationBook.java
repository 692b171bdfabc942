package org.childinneed.benchmarks.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.childinneed.model.calendar.WorkingDays;
import org.childinneed.model.compliance.Explanation;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.compliance.ObligationStatus;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.event.PlanStarted;

/**
 * Writes obligations with their status on the as-of date (contract section 3): met or met late
 * when satisfied; otherwise cancelled when the plan ended (at its plan-ended, or superseded by the
 * next plan-started) before the due date, open when due on or after the as-of date, overdue before it.
 */
final class ObligationBook {

    private final WorkingDays workingDays;
    private final LocalDate asOf;
    private final List<Obligation> obligations = new ArrayList<>();

    ObligationBook(WorkingDays workingDays, LocalDate asOf) {
        this.workingDays = workingDays;
        this.asOf = asOf;
    }

    /**
     * Records the obligation {@code rule} gives for {@code trigger}, counted from {@code from}, met by
     * {@code satisfier} (null when nothing met it), in a plan ending with {@code planEnd} (a
     * plan-ended, or the plan-started that superseded it; null when it has not ended).
     */
    void add(Rule rule, CaseEvent trigger, LocalDate from, Deadline deadline, CaseEvent satisfier, CaseEvent planEnd) {
        LocalDate due = deadline.dueAfter(from, workingDays);
        ObligationStatus status;
        if (satisfier != null) {
            status = satisfier.date().isAfter(due) ? ObligationStatus.MET_LATE : ObligationStatus.MET;
        } else if (planEnd != null && planEnd.date().isBefore(due)) {
            status = ObligationStatus.CANCELLED;
        } else {
            status = due.isBefore(asOf) ? ObligationStatus.OVERDUE : ObligationStatus.OPEN;
        }
        // The words are built only when read, as the interpreter does.
        Explanation explanation = Explanation.deferred(() -> new Explanation(Words.event(trigger),
                deadline.describe(from, due, workingDays), resolution(status, due, deadline, satisfier, planEnd)));
        Optional<CaseEvent> met = Optional.ofNullable(satisfier);
        obligations.add(new Obligation(rule.id(), rule.kind(), trigger.ref(), from, Optional.empty(), due, status,
                met.map(CaseEvent::ref), met.map(CaseEvent::date), rule.cite(), explanation));
    }

    private String resolution(ObligationStatus status, LocalDate due, Deadline deadline, CaseEvent satisfier,
            CaseEvent planEnd) {
        return switch (status) {
            case MET -> "met by " + satisfier.ref().label() + " on " + Words.date(satisfier.date());
            case MET_LATE -> "met by " + satisfier.ref().label() + " on " + Words.date(satisfier.date()) + ", "
                    + lateness(due, satisfier.date(), deadline) + " late";
            case CANCELLED -> "cancelled: the plan " + (planEnd instanceof PlanStarted ? "was superseded" : "ended")
                    + " (" + Words.event(planEnd) + ") before it fell due";
            case OVERDUE -> "overdue: not met by " + Words.date(due);
            default -> "open: due by " + Words.date(due);
        };
    }

    List<Obligation> obligations() {
        return obligations;
    }

    private String lateness(LocalDate due, LocalDate on, Deadline deadline) {
        if (deadline.unit() == Deadline.Unit.WORKING_DAYS) {
            int late = workingDays.workingDaysBetween(due, on);
            return late + " working day" + (late == 1 ? "" : "s");
        }
        long late = on.toEpochDay() - due.toEpochDay();
        return late + " day" + (late == 1 ? "" : "s");
    }
}
