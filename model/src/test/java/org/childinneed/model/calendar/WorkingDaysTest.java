package org.childinneed.model.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Hand-counted examples of contract section 3: the trigger is day 0, the deadline the Nth working day after it. */
class WorkingDaysTest {

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static WorkingDays over(String... holidays) {
        Set<LocalDate> days = Set.copyOf(java.util.Arrays.stream(holidays).map(LocalDate::parse).toList());
        return WorkingDays.of(days::contains);
    }

    /** Christmas 2026: Fri 25 Dec, Mon 28 Dec (Boxing Day moved off Saturday), Fri 1 Jan. */
    private final WorkingDays christmas2026 = over("2026-12-25", "2026-12-26", "2026-12-28", "2027-01-01");

    @Test
    void ten_working_days_after_thursday_17_december_2026_is_tuesday_5_january() {
        // Fri 18 (1), Mon 21 (2), Tue 22 (3), Wed 23 (4), Thu 24 (5), Tue 29 (6), Wed 30 (7), Thu 31 (8),
        // Mon 4 (9), Tue 5 (10).
        assertEquals(date("2027-01-05"), christmas2026.addWorkingDays(date("2026-12-17"), 10));
        assertEquals(10, christmas2026.workingDaysBetween(date("2026-12-17"), date("2027-01-05")));
        assertEquals(-10, christmas2026.workingDaysBetween(date("2027-01-05"), date("2026-12-17")));
    }

    @Test
    void the_holidays_skipped_are_the_weekday_ones_only() {
        assertEquals(List.of(date("2026-12-25"), date("2026-12-28"), date("2027-01-01")),
                christmas2026.holidaysSkipped(date("2026-12-17"), date("2027-01-05")));
    }

    @Test
    void day_zero_is_the_trigger_itself_whatever_day_it_is() {
        for (String day : List.of("2026-12-17", "2026-12-19", "2026-12-25")) {
            assertEquals(date(day), christmas2026.addWorkingDays(date(day), 0));
            assertEquals(0, christmas2026.workingDaysBetween(date(day), date(day)));
        }
    }

    @Test
    void a_trigger_on_a_saturday_or_a_holiday_counts_from_the_next_working_day() {
        assertEquals(date("2026-12-21"), christmas2026.addWorkingDays(date("2026-12-19"), 1));
        assertEquals(date("2026-12-29"), christmas2026.addWorkingDays(date("2026-12-25"), 1));
        assertEquals(date("2026-12-29"), christmas2026.addWorkingDays(date("2026-12-24"), 1));
    }

    @Test
    void weekends_and_holidays_are_not_working_days() {
        assertTrue(christmas2026.isWorkingDay(date("2026-12-24")));
        assertFalse(christmas2026.isWorkingDay(date("2026-12-25")));
        assertFalse(christmas2026.isWorkingDay(date("2026-12-27")));
        assertEquals(0, christmas2026.workingDaysBetween(date("2026-12-24"), date("2026-12-28")));
    }

    @Test
    void a_negative_number_of_working_days_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> christmas2026.addWorkingDays(date("2026-12-17"), -1));
    }

    @Test
    void before_the_index_holidays_still_count() {
        // Wed 25 and Thu 26 Dec 1850: Mon 23 (1), Tue 24 (2), Fri 27 (3), Mon 30 (4), Tue 31 (5).
        WorkingDays days = over("1850-12-25", "1850-12-26");
        assertEquals(date("1850-12-31"), days.addWorkingDays(date("1850-12-20"), 5));
        assertEquals(5, days.workingDaysBetween(date("1850-12-20"), date("1850-12-31")));
        assertEquals(List.of(date("1850-12-25"), date("1850-12-26")),
                days.holidaysSkipped(date("1850-12-20"), date("1850-12-31")));
    }

    @Test
    void after_the_index_holidays_still_count() {
        // Sat 20 Dec 2200; Thu 25 and Fri 26 are holidays: Mon 22 (1), Tue 23 (2), Wed 24 (3), Mon 29 (4).
        WorkingDays days = over("2200-12-25", "2200-12-26");
        assertEquals(date("2200-12-29"), days.addWorkingDays(date("2200-12-20"), 4));
        assertEquals(4, days.workingDaysBetween(date("2200-12-20"), date("2200-12-29")));
        assertFalse(days.isWorkingDay(date("2200-12-25")));
    }

    @Test
    void counting_across_the_ends_of_the_index() {
        // Thu 30 Dec 2100: Fri 31 (1), Mon 3 Jan 2101 is a holiday, Tue 4 (2), Wed 5 (3).
        WorkingDays days = over("2101-01-03", "1900-01-01");
        assertEquals(date("2101-01-05"), days.addWorkingDays(date("2100-12-30"), 3));
        assertEquals(3, days.workingDaysBetween(date("2100-12-30"), date("2101-01-05")));
        // Fri 29 Dec 1899: Mon 1 Jan 1900 is a holiday, Tue 2 (1), Wed 3 (2).
        assertEquals(date("1900-01-03"), days.addWorkingDays(date("1899-12-29"), 2));
        assertEquals(-2, days.workingDaysBetween(date("1900-01-03"), date("1899-12-29")));
    }

    @Test
    void holidays_count_from_year_1_to_year_9999_only() {
        // 9999-12-31 is a Friday and a holiday; 10000-01-03, a Monday, is past the holiday years.
        WorkingDays late = WorkingDays.of(d -> d.equals(date("9999-12-31")) || d.equals(LocalDate.of(10_000, 1, 3)));
        assertEquals(LocalDate.of(10_000, 1, 3), late.addWorkingDays(date("9999-12-30"), 1));
        assertTrue(late.isWorkingDay(LocalDate.of(10_000, 1, 3)));
        // 0001-01-01 is a Monday and a holiday; Fri 0000-12-29 is before the holiday years.
        WorkingDays early = WorkingDays.of(d -> d.equals(LocalDate.of(1, 1, 1)) || d.equals(LocalDate.of(0, 12, 29)));
        assertEquals(LocalDate.of(1, 1, 2), early.addWorkingDays(LocalDate.of(0, 12, 28), 2));
        assertEquals(2, early.workingDaysBetween(LocalDate.of(0, 12, 28), LocalDate.of(1, 1, 2)));
    }

    @Test
    void the_ends_of_local_date_are_handled_without_overflow() {
        WorkingDays none = WorkingDays.of(d -> false);
        assertEquals(10, none.workingDaysBetween(LocalDate.MIN, LocalDate.MIN.plusDays(14)));
        assertEquals(10, none.workingDaysBetween(LocalDate.MAX.minusDays(14), LocalDate.MAX));
        LocalDate lastWorkingDay = LocalDate.MAX.getDayOfWeek().getValue() <= 5 ? LocalDate.MAX
                : LocalDate.MAX.minusDays(LocalDate.MAX.getDayOfWeek().getValue() - 5L);
        assertEquals(lastWorkingDay, none.addWorkingDays(LocalDate.MAX.minusDays(7), 5));
        assertEquals(5, none.workingDaysBetween(LocalDate.MAX.minusDays(7), LocalDate.MAX));
    }

    @Test
    void a_result_past_the_last_local_date_is_a_clear_error() {
        WorkingDays none = WorkingDays.of(d -> false);
        DateTimeException error = assertThrows(DateTimeException.class, () -> none.addWorkingDays(LocalDate.MAX, 1));
        assertTrue(error.getMessage().contains("+999999999-12-31"), error.getMessage());
        assertThrows(DateTimeException.class, () -> none.addWorkingDays(LocalDate.MAX.minusDays(7), 6));
    }

    @Test
    void a_count_too_large_for_an_int_is_a_clear_error() {
        WorkingDays none = WorkingDays.of(d -> false);
        ArithmeticException error = assertThrows(ArithmeticException.class,
                () -> none.workingDaysBetween(LocalDate.MIN, LocalDate.MAX));
        assertTrue(error.getMessage().contains("-999999999-01-01"), error.getMessage());
    }

    @Test
    void the_most_working_days_an_int_holds_can_be_added_from_the_first_local_date() {
        WorkingDays none = WorkingDays.of(d -> false);
        LocalDate end = none.addWorkingDays(LocalDate.MIN, Integer.MAX_VALUE);
        assertEquals(Integer.MAX_VALUE, none.workingDaysBetween(LocalDate.MIN, end));
        assertTrue(none.isWorkingDay(end));
        assertEquals(Integer.MAX_VALUE, weekdaysAfter(LocalDate.MIN, end));
    }

    /** Weekdays after {@code from} up to {@code to}: five in every whole week, the rest counted one by one. */
    private static long weekdaysAfter(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        long count = days / 7 * 5;
        for (LocalDate d = from.plusDays(days / 7 * 7); d.isBefore(to); ) {
            d = d.plusDays(1);
            if (d.getDayOfWeek().getValue() <= 5) {
                count++;
            }
        }
        return count;
    }

    @Test
    void the_calendar_is_the_one_given() {
        HolidayCalendar calendar = d -> false;
        assertSame(calendar, WorkingDays.of(calendar).calendar());
    }

    @Test
    void aCountPastTheCalendarsHolidayDataIsNamed() {
        // Issue 11: past the end of the holiday data every weekday counts as a working day; say so.
        HolidayCalendar to2100 = new HolidayCalendar() {
            @Override
            public boolean isHoliday(LocalDate date) {
                return false;
            }

            @Override
            public java.util.Optional<LocalDate> holidaysKnownUntil() {
                return java.util.Optional.of(LocalDate.of(2100, 12, 31));
            }
        };
        WorkingDays days = WorkingDays.of(to2100);
        assertEquals(LocalDate.of(2100, 12, 31), days.holidaysKnownUntil());
        assertFalse(days.pastHolidayData(LocalDate.of(2100, 12, 31)));
        assertTrue(days.pastHolidayData(LocalDate.of(2101, 1, 1)));
        WorkingDays unbounded = WorkingDays.of(d -> false);
        assertEquals(WorkingDays.HOLIDAYS_TO, unbounded.holidaysKnownUntil());
        assertFalse(unbounded.pastHolidayData(LocalDate.of(2101, 1, 1)));
    }
}
