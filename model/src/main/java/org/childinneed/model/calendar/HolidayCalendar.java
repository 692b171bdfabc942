package org.childinneed.model.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The days, other than weekends, on which the authority does not work (a driven port: bank
 * holidays come from an adapter, such as a published bank-holidays file).
 */
public interface HolidayCalendar {

    /** Whether {@code date} is a holiday (a weekend day may or may not be one; it is never worked). */
    boolean isHoliday(LocalDate date);

    /** The holiday's name, where the calendar knows it; empty for a day that is not a holiday. */
    default Optional<String> nameOf(LocalDate date) {
        return isHoliday(date) ? Optional.of("holiday") : Optional.empty();
    }

    /**
     * The last day whose holidays this calendar holds (published or projected): after it, it names no
     * holiday, so working-day arithmetic counts every weekday as a working day. Empty for a calendar
     * that answers for every day (a rule, say).
     */
    default Optional<LocalDate> holidaysKnownUntil() {
        return Optional.empty();
    }

    /**
     * The holidays from {@code from} to {@code to}, both included, in date order: exactly the days
     * in that range for which {@link #isHoliday} holds. This default asks {@link #isHoliday} day by
     * day; a calendar that holds its holidays in a list should answer from the list, since working-day
     * arithmetic outside its index relies on this method.
     */
    default List<LocalDate> holidaysBetween(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (long day = from.toEpochDay(), last = to.toEpochDay(); day <= last; day++) {
            LocalDate date = LocalDate.ofEpochDay(day);
            if (isHoliday(date)) {
                days.add(date);
            }
        }
        return days;
    }
}
