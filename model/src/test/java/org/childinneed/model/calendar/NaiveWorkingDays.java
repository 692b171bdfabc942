package org.childinneed.model.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** The reference the index is checked against: working days counted one day at a time. */
final class NaiveWorkingDays {

    private final HolidayCalendar calendar;

    NaiveWorkingDays(HolidayCalendar calendar) {
        this.calendar = calendar;
    }

    /** A weekday that is not a holiday; holidays count in years 1 to 9999 only (WorkingDays' documented window). */
    boolean isWorkingDay(LocalDate date) {
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        boolean holidayYears = date.getYear() >= 1 && date.getYear() <= 9999;
        return !weekend && !(holidayYears && calendar.isHoliday(date));
    }

    LocalDate add(LocalDate date, int n) {
        LocalDate d = date;
        for (int left = n; left > 0; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    int between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -between(to, from);
        }
        int count = 0;
        for (LocalDate d = from; d.isBefore(to); ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** Weekdays after {@code from} up to and including {@code to}. */
    long weekdaysBetween(LocalDate from, LocalDate to) {
        long count = 0;
        for (LocalDate d = from; d.isBefore(to); ) {
            d = d.plusDays(1);
            if (d.getDayOfWeek().getValue() <= 5) {
                count++;
            }
        }
        return count;
    }
}
