package org.childinneed.policies.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.List;
import org.childinneed.model.calendar.WorkingDays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Deadlines over the England and Wales calendar, each counted by hand (contract section 3). */
class EnglandAndWalesWorkingDaysTest {

    private final WorkingDays days = BankHolidays.englandAndWalesWorkingDays();

    @ParameterizedTest(name = "{2} working days after {0} is {1}: {3}")
    @CsvSource(delimiter = '|', value = {
        "2026-12-17 | 2027-01-05 | 10 | skips Fri 25 Dec, Mon 28 Dec (Boxing Day off Saturday) and Fri 1 Jan",
        "2022-06-01 | 2022-06-06 | 1  | skips Thu 2 Jun (spring, moved) and Fri 3 Jun (Platinum Jubilee)",
        "2027-12-24 | 2027-12-29 | 1  | Christmas and Boxing Day both on the weekend: Mon 27 and Tue 28 off",
        "2026-04-02 | 2026-04-07 | 1  | skips Good Friday and Easter Monday",
        "2002-05-24 | 2002-05-27 | 1  | 27 May 2002 was worked: the spring holiday moved to 4 June",
        "2002-05-31 | 2002-06-05 | 1  | skips Mon 3 Jun (Golden Jubilee) and Tue 4 Jun (spring, moved)",
        "1999-12-30 | 2000-01-04 | 1  | skips Fri 31 Dec 1999 (millennium) and Mon 3 Jan 2000 (New Year off Saturday)",
        "2023-05-05 | 2023-05-09 | 1  | skips Mon 8 May (coronation)",
        "2012-06-01 | 2012-06-06 | 1  | skips Mon 4 Jun (spring, moved) and Tue 5 Jun (Diamond Jubilee)",
        "2020-05-01 | 2020-05-04 | 1  | 4 May 2020 was worked: the early May holiday moved to Fri 8 May",
        "2020-05-07 | 2020-05-11 | 1  | skips Fri 8 May (VE day)",
        "1995-04-28 | 1995-05-01 | 1  | 1 May 1995 was worked: the early May holiday moved to 8 May",
        "1995-05-05 | 1995-05-09 | 1  | skips Mon 8 May 1995 (VE day)",
        "2011-04-28 | 2011-05-03 | 1  | skips Fri 29 Apr (royal wedding) and Mon 2 May (early May)",
        "2022-09-16 | 2022-09-20 | 1  | skips Mon 19 Sep (state funeral)",
        "2100-12-24 | 2100-12-29 | 1  | projected: Christmas 2100 is a Saturday, so Mon 27 and Tue 28 off",
        "2100-12-31 | 2101-01-03 | 1  | past the projection, 3 Jan 2101 is an ordinary Monday",
        "2026-12-19 | 2026-12-21 | 1  | a Saturday trigger: the next working day is Monday"})
    void deadlines_counted_by_hand(LocalDate trigger, LocalDate due, int n, String why) {
        assertEquals(due, days.addWorkingDays(trigger, n), why);
        assertEquals(n, days.workingDaysBetween(trigger, due), why);
    }

    @Test
    void the_holidays_skipped_over_christmas_2026() {
        assertEquals(List.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 1)),
                days.holidaysSkipped(LocalDate.of(2026, 12, 17), LocalDate.of(2027, 1, 5)));
    }

    @Test
    void working_days_in_a_whole_year() {
        // 2026 starts on a Thursday: 52 weeks and a Thursday, 261 weekdays, all eight holidays on weekdays.
        assertEquals(253, days.workingDaysBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31)));
        // 2022 starts on a Saturday: 260 weekdays, ten holidays on weekdays (jubilee, funeral, two substitutes).
        assertEquals(250, days.workingDaysBetween(LocalDate.of(2021, 12, 31), LocalDate.of(2022, 12, 31)));
    }

    @Test
    void the_working_days_are_built_once_over_the_embedded_calendar() {
        assertSame(days, BankHolidays.englandAndWalesWorkingDays());
        assertSame(BankHolidays.englandAndWales(), days.calendar());
    }
}
