package org.childinneed.model.diff;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.event.EventRef;

/**
 * One obligation as the old and the new policy report it: only in the new (it appears), only in
 * the old (it disappears), or in both with another due date, status or satisfaction.
 *
 * @param before the obligation under the old policy, if it had it
 * @param after the obligation under the new policy, if it has it
 */
public record ObligationChange(Optional<Obligation> before, Optional<Obligation> after) {

    /** What kind of change. */
    public enum Kind { APPEARED, DISAPPEARED, CHANGED }

    public ObligationChange {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before.isEmpty() && after.isEmpty()) {
            throw new IllegalArgumentException("a change needs an obligation before or after");
        }
    }

    /** Appeared, disappeared or changed. */
    public Kind kind() {
        return before.isEmpty() ? Kind.APPEARED : after.isEmpty() ? Kind.DISAPPEARED : Kind.CHANGED;
    }

    private Obligation either() {
        return after.or(() -> before).orElseThrow();
    }

    /** The rule. */
    public String rule() {
        return either().rule();
    }

    /** The trigger. */
    public EventRef trigger() {
        return either().trigger();
    }

    /** The trigger date. */
    public LocalDate triggerDate() {
        return either().triggerDate();
    }

    /** Whether both reports have it with different due dates. */
    public boolean dueMoved() {
        return kind() == Kind.CHANGED && !before.get().due().equals(after.get().due());
    }

    /** How many days later the new due date is (negative: earlier); 0 unless it moved. */
    public long dueShiftDays() {
        // A due date that appears or goes (no due date on one side) moves by no number of days.
        return dueMoved() && before.get().hasDueDate() && after.get().hasDueDate()
                ? ChronoUnit.DAYS.between(before.get().due(), after.get().due()) : 0;
    }

    /** Whether both reports have it with different statuses. */
    public boolean statusChanged() {
        return kind() == Kind.CHANGED && before.get().status() != after.get().status();
    }
}
