package org.childinneed.dsl.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.childinneed.dsl.ast.TimeUnit;
import org.childinneed.model.calendar.WorkingDays;

/** A duration resolved for arithmetic (contract section 3: working days, calendar units). */
record Span(long amount, TimeUnit unit) {

    /** How many skipped holidays an explanation names; beyond them it counts the rest. */
    static final int SKIPPED_LISTED = 10;

    /** The date {@code this} after {@code from}. */
    LocalDate after(LocalDate from, WorkingDays workingDays) {
        return unit.plus(from, amount, workingDays);
    }

    /** The date {@code this} before {@code from}. */
    LocalDate before(LocalDate from, WorkingDays workingDays) {
        return unit.minus(from, amount, workingDays);
    }

    /** "10 working days". */
    String words() {
        return amount + " " + unit.words(amount);
    }

    /**
     * How {@link #after} reached its date: "10 working days after Thu 17 Dec 2026, skipping Fri 25
     * Dec, Mon 28 Dec and Fri 1 Jan: Tue 5 Jan 2027", or "1 month after Sat 31 Jan 2026 (the month
     * has no 31st: its last day): Sat 28 Feb 2026".
     */
    String explain(LocalDate from, LocalDate result, WorkingDays workingDays) {
        String text = words() + " after " + Words.date(from);
        long skipped = unit.skipsHolidays() ? workingDays.holidaysSkippedCount(from, result) : 0;
        if (skipped > 0) {
            List<String> listed = new ArrayList<>();
            workingDays.holidaysSkipped(from, result, SKIPPED_LISTED).forEach(d -> listed.add(Words.dayMonth(d)));
            if (skipped > listed.size()) {
                listed.add((skipped - listed.size()) + " other holidays");
            }
            text += ", skipping " + Words.and(listed);
        } else if (unit.clipsToMonthEnd() && result.getDayOfMonth() != from.getDayOfMonth()) {
            text += " (the month has no " + Words.ordinal(from.getDayOfMonth()) + ": its last day)";
        }
        return text + ": " + Words.date(result);
    }
}
