package org.childinneed.dsl.internal.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.childinneed.dsl.internal.ast.TimeUnit;
import org.childinneed.model.calendar.WorkingDays;

/** A duration resolved for arithmetic (contract section 3: working days, calendar units). */
record Span(long amount, TimeUnit unit) {

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
            boolean withYears = result.isAfter(from.plusYears(1));
            List<String> listed = new ArrayList<>();
            workingDays.holidaysSkipped(from, result, MAX_SKIPPED_LISTED)
                    .forEach(d -> listed.add(withYears ? Words.date(d) : Words.dayMonth(d)));
            long rest = skipped - listed.size();
            if (rest > 0) {
                listed.add(rest + (rest == 1 ? " other holiday" : " other holidays"));
            }
            text += ", skipping " + Words.and(listed);
        } else if (unit.clipsToMonthEnd() && result.getDayOfMonth() != from.getDayOfMonth()) {
            text += " (the month has no " + Words.ordinal(from.getDayOfMonth()) + ": its last day)";
        }
        if (unit.skipsHolidays() && workingDays.pastHolidayData(result)) {
            text += " (after " + Words.date(workingDays.holidaysKnownUntil()) + " no bank holidays are known: "
                    + "every weekday counted as a working day)";
        }
        return text + ": " + Words.date(result);
    }

    /** Whether a date this span reaches from another counts working days past the holiday data. */
    boolean pastHolidayData(LocalDate result, WorkingDays workingDays) {
        return unit.skipsHolidays() && workingDays.pastHolidayData(result);
    }

    /** The most skipped days an explanation lists; the rest are counted. */
    static final int MAX_SKIPPED_LISTED = 10;
}
