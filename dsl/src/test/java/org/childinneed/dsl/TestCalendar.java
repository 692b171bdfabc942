package org.childinneed.dsl;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.childinneed.model.calendar.HolidayCalendar;
import org.childinneed.model.calendar.WorkingDays;

/** The England and Wales bank holidays the tests need, 2026 to 2027, written out by hand. */
final class TestCalendar implements HolidayCalendar {

    static final Set<LocalDate> HOLIDAYS = Stream.of(
            "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25",
            "2026-12-28", "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30",
            "2027-12-27", "2027-12-28").map(LocalDate::parse).collect(Collectors.toUnmodifiableSet());

    static final WorkingDays WORKING_DAYS = WorkingDays.of(new TestCalendar());

    @Override
    public boolean isHoliday(LocalDate date) {
        return HOLIDAYS.contains(date);
    }
}
