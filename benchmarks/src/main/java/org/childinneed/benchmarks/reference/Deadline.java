package org.childinneed.benchmarks.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.childinneed.model.calendar.WorkingDays;

/**
 * How long an obligation allows, in one of the units of contract section 3.
 *
 * @param amount how many units
 * @param unit working days, days, weeks or months
 */
record Deadline(int amount, Unit unit) {

    enum Unit { WORKING_DAYS, DAYS, WEEKS, MONTHS }

    static Deadline workingDays(int n) {
        return new Deadline(n, Unit.WORKING_DAYS);
    }

    static Deadline weeks(int n) {
        return new Deadline(n, Unit.WEEKS);
    }

    static Deadline months(int n) {
        return new Deadline(n, Unit.MONTHS);
    }

    static Deadline atOnce() {
        return new Deadline(0, Unit.DAYS);
    }

    /** The due date counted from {@code from} (day 0). */
    LocalDate dueAfter(LocalDate from, WorkingDays workingDays) {
        return switch (unit) {
            case WORKING_DAYS -> workingDays.addWorkingDays(from, amount);
            case DAYS -> from.plusDays(amount);
            case WEEKS -> from.plusWeeks(amount);
            case MONTHS -> from.plusMonths(amount);
        };
    }

    /** How {@code due} was reached from {@code from}, in words. */
    String describe(LocalDate from, LocalDate due, WorkingDays workingDays) {
        String start = Words.date(from);
        return switch (unit) {
            case WORKING_DAYS -> {
                String counted = amount + " working day" + (amount == 1 ? "" : "s") + " after " + start;
                List<LocalDate> skipped = new ArrayList<>();
                for (LocalDate d = from.plusDays(1); !d.isAfter(due); d = d.plusDays(1)) {
                    if (d.getDayOfWeek().getValue() <= 5 && !workingDays.isWorkingDay(d)) {
                        skipped.add(d);
                    }
                }
                yield skipped.isEmpty() ? counted : counted + ", skipping " + Words.list(skipped);
            }
            case DAYS -> amount == 0 ? "at once, on " + start : amount + " days after " + start;
            case WEEKS -> amount + " weeks after " + start;
            case MONTHS -> amount + " months after " + start;
        };
    }
}
