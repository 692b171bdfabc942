package org.childinneed.dsl.internal.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.childinneed.model.calendar.WorkingDays;
import org.junit.jupiter.api.Test;

/** Each unit carries its spellings, words, limit and arithmetic (contract section 3). */
class TimeUnitTest {

    /** Christmas 2026 and New Year 2027 as the only holidays. */
    private static final WorkingDays DAYS = WorkingDays.of(d -> d.equals(LocalDate.of(2026, 12, 25))
            || d.equals(LocalDate.of(2026, 12, 28)) || d.equals(LocalDate.of(2027, 1, 1)));

    @Test
    void everySpellingParsesToItsUnit() {
        for (TimeUnit unit : TimeUnit.values()) {
            assertEquals(Optional.of(unit), TimeUnit.parse(unit.words(1)));
            assertEquals(Optional.of(unit), TimeUnit.parse(unit.words(2)));
        }
        assertEquals(Optional.empty(), TimeUnit.parse("fortnight"));
        assertEquals(List.of("working day", "working days", "day", "days", "week", "weeks", "month", "months",
                "year", "years", "hour", "hours"), TimeUnit.spellings());
        assertEquals("working days, days, weeks, months, years and hours", TimeUnit.allPlurals());
    }

    @Test
    void workingDaysCountTheTriggerAsDayZeroAndSkipHolidays() {
        // Thu 17 Dec 2026 + 10 working days, skipping Fri 25 Dec, Mon 28 Dec, Fri 1 Jan: Tue 5 Jan 2027.
        LocalDate due = TimeUnit.WORKING_DAYS.plus(LocalDate.of(2026, 12, 17), 10, DAYS);
        assertEquals(LocalDate.of(2027, 1, 5), due);
        assertEquals(LocalDate.of(2026, 12, 17), TimeUnit.WORKING_DAYS.minus(due, 10, DAYS));
        assertTrue(TimeUnit.WORKING_DAYS.skipsHolidays());
    }

    @Test
    void monthsAndYearsClipToTheLastDayOfAShorterMonth() {
        assertEquals(LocalDate.of(2027, 2, 28), TimeUnit.MONTHS.plus(LocalDate.of(2027, 1, 31), 1, DAYS));
        assertEquals(LocalDate.of(2027, 2, 28), TimeUnit.YEARS.plus(LocalDate.of(2024, 2, 29), 3, DAYS));
        assertTrue(TimeUnit.MONTHS.clipsToMonthEnd() && TimeUnit.YEARS.clipsToMonthEnd());
        assertEquals(12, TimeUnit.YEARS.inScale(1));
        assertEquals(14, TimeUnit.WEEKS.inScale(2));
        assertEquals(TimeUnit.DAYS.scale(), TimeUnit.WEEKS.scale());
    }

    @Test
    void everyUnitAllowsAboutAHundredYears() {
        for (TimeUnit unit : TimeUnit.values()) {
            double years = unit.approximateDays(unit.maximum()) / 365.25;
            assertTrue(years > 99 && years < 101, unit + ": " + years);
        }
    }
}
