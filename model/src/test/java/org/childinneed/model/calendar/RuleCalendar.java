package org.childinneed.model.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/** Test calendar: the England and Wales rules applied to every year from 1 to 9999, listed once. */
final class RuleCalendar implements HolidayCalendar {

    static final RuleCalendar INSTANCE = new RuleCalendar();

    private final NavigableSet<LocalDate> days = new TreeSet<>();

    private RuleCalendar() {
        for (int year = 1; year <= 9999; year++) {
            EnglandAndWalesRules.holidaysIn(year).forEach(h -> days.add(h.date()));
        }
    }

    @Override
    public boolean isHoliday(LocalDate date) {
        return days.contains(date);
    }

    @Override
    public List<LocalDate> holidaysBetween(LocalDate from, LocalDate to) {
        return to.isBefore(from) ? List.of() : List.copyOf(days.subSet(from, true, to, true));
    }
}
