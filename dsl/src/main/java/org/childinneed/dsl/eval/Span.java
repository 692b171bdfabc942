package org.childinneed.dsl.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.childinneed.dsl.ast.TimeUnit;
import org.childinneed.model.calendar.WorkingDays;

/** A duration resolved for arithmetic (contract section 3: working days, calendar units). */
record Span(long amount, TimeUnit unit) {

    /** The date {@code this} after {@code from}. */
    LocalDate after(LocalDate from, WorkingDays workingDays) {
        return switch (unit) {
            case WORKING_DAYS -> workingDays.addWorkingDays(from, (int) amount);
            case DAYS -> from.plusDays(amount);
            case WEEKS -> from.plusWeeks(amount);
            case MONTHS -> from.plusMonths(amount);
            case YEARS -> from.plusYears(amount);
        };
    }

    /** The date {@code this} before {@code from}. */
    LocalDate before(LocalDate from, WorkingDays workingDays) {
        return switch (unit) {
            case WORKING_DAYS -> {
                LocalDate d = from;
                for (long left = amount; left > 0; ) {
                    d = d.minusDays(1);
                    if (workingDays.isWorkingDay(d)) {
                        left--;
                    }
                }
                yield d;
            }
            case DAYS -> from.minusDays(amount);
            case WEEKS -> from.minusWeeks(amount);
            case MONTHS -> from.minusMonths(amount);
            case YEARS -> from.minusYears(amount);
        };
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
        if (unit == TimeUnit.WORKING_DAYS && weekdaysBetween(from, result) != amount) {
            text += skipping(workingDays.holidaysSkipped(from, result), result.isAfter(from.plusYears(1)));
        } else if ((unit == TimeUnit.MONTHS || unit == TimeUnit.YEARS) && result.getDayOfMonth() != from.getDayOfMonth()) {
            text += " (the month has no " + ordinal(from.getDayOfMonth()) + ": its last day)";
        }
        return text + ": " + Words.date(result);
    }

    /** The most skipped days an explanation lists; the rest are counted. */
    static final int MAX_SKIPPED_LISTED = 10;

    /**
     * ", skipping Fri 25 Dec, Mon 28 Dec and Fri 1 Jan": the holidays skipped, found from the
     * calendar's list (never day by day), at most {@link #MAX_SKIPPED_LISTED} of them named, with
     * their years when the span is longer than a year.
     */
    private static String skipping(List<LocalDate> skipped, boolean withYears) {
        if (skipped.isEmpty()) {
            return "";
        }
        List<String> named = new ArrayList<>();
        for (LocalDate d : skipped.subList(0, Math.min(skipped.size(), MAX_SKIPPED_LISTED))) {
            named.add(withYears ? Words.date(d) : Words.dayMonth(d));
        }
        int rest = skipped.size() - named.size();
        if (rest > 0) {
            named.add(rest + (rest == 1 ? " other holiday" : " other holidays"));
        }
        return ", skipping " + Words.and(named);
    }

    /** The weekdays after {@code from} up to and including {@code to}, counted arithmetically. */
    static long weekdaysBetween(LocalDate from, LocalDate to) {
        return weekdaysUpTo(to.toEpochDay()) - weekdaysUpTo(from.toEpochDay());
    }

    /** Weekdays from a fixed Monday to {@code epochDay}, inclusive (epoch day 0 was a Thursday). */
    private static long weekdaysUpTo(long epochDay) {
        long fromMonday = epochDay + 3;
        return Math.floorDiv(fromMonday, 7) * 5 + Math.min(Math.floorMod(fromMonday, 7) + 1, 5);
    }

    private static String ordinal(int day) {
        String suffix = (day % 100 >= 11 && day % 100 <= 13) ? "th"
                : switch (day % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return day + suffix;
    }
}
