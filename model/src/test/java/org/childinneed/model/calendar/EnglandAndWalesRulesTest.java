package org.childinneed.model.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglandAndWalesRulesTest {

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({
        // Published Easter dates, including the earliest (22 March) and latest (25 April) possible.
        "1818, 1818-03-22", "1943, 1943-04-25", "1961, 1961-04-02", "2000, 2000-04-23", "2008, 2008-03-23",
        "2011, 2011-04-24", "2019, 2019-04-21", "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05",
        "2027, 2027-03-28", "2038, 2038-04-25", "2285, 2285-03-22"})
    void easter_sunday_matches_the_published_dates(int year, LocalDate easter) {
        assertEquals(easter, EnglandAndWalesRules.easterSunday(year));
    }

    @Test
    void easter_is_always_a_sunday_between_22_march_and_25_april_even_far_from_today() {
        for (int year : new int[] {-999_999_999, -4713, -1, 0, 1, 1582, 9999, 10_000, 999_999_999}) {
            LocalDate easter = EnglandAndWalesRules.easterSunday(year);
            assertEquals(DayOfWeek.SUNDAY, easter.getDayOfWeek(), "Easter " + year);
            assertTrue(!easter.isBefore(LocalDate.of(year, 3, 22)) && !easter.isAfter(LocalDate.of(year, 4, 25)),
                    "Easter " + year + " on " + easter);
        }
    }

    @Test
    void a_year_has_eight_holidays_on_distinct_weekdays_in_date_order() {
        for (int year = 1; year <= 3000; year++) {
            List<BankHoliday> days = EnglandAndWalesRules.holidaysIn(year);
            assertEquals(8, days.size(), "year " + year);
            for (int i = 0; i < days.size(); i++) {
                LocalDate date = days.get(i).date();
                assertEquals(year, date.getYear());
                assertTrue(date.getDayOfWeek().getValue() <= 5, date + " is a weekend");
                assertTrue(i == 0 || days.get(i - 1).date().isBefore(date), "order in " + year);
            }
        }
    }

    @Test
    void christmas_on_a_friday_moves_boxing_day_to_monday() {
        assertEquals(List.of(BankHoliday.on(LocalDate.of(2026, 12, 25), "Christmas Day"),
                        BankHoliday.substitute(LocalDate.of(2026, 12, 28), "Boxing Day")),
                christmasOf(2026));
    }

    @Test
    void christmas_on_a_saturday_gives_monday_and_tuesday() {
        assertEquals(List.of(BankHoliday.substitute(LocalDate.of(2027, 12, 27), "Christmas Day"),
                        BankHoliday.substitute(LocalDate.of(2027, 12, 28), "Boxing Day")),
                christmasOf(2027));
    }

    @Test
    void christmas_on_a_sunday_keeps_boxing_day_and_moves_christmas_to_tuesday() {
        assertEquals(List.of(BankHoliday.on(LocalDate.of(2022, 12, 26), "Boxing Day"),
                        BankHoliday.substitute(LocalDate.of(2022, 12, 27), "Christmas Day")),
                christmasOf(2022));
    }

    @Test
    void christmas_midweek_stays_put() {
        assertEquals(List.of(BankHoliday.on(LocalDate.of(2025, 12, 25), "Christmas Day"),
                        BankHoliday.on(LocalDate.of(2025, 12, 26), "Boxing Day")),
                christmasOf(2025));
    }

    @Test
    void new_years_day_on_a_weekend_moves_to_the_monday() {
        assertEquals(BankHoliday.substitute(LocalDate.of(2022, 1, 3), "New Year\u2019s Day"),
                EnglandAndWalesRules.holidaysIn(2022).get(0));
        assertEquals(BankHoliday.substitute(LocalDate.of(2023, 1, 2), "New Year\u2019s Day"),
                EnglandAndWalesRules.holidaysIn(2023).get(0));
        assertEquals(BankHoliday.on(LocalDate.of(2026, 1, 1), "New Year\u2019s Day"),
                EnglandAndWalesRules.holidaysIn(2026).get(0));
    }

    @Test
    void the_mondays_of_may_and_august_in_2026() {
        List<LocalDate> dates = EnglandAndWalesRules.holidaysIn(2026).stream().map(BankHoliday::date).toList();
        assertEquals(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6),
                LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 25), LocalDate.of(2026, 8, 31),
                LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28)), dates);
    }

    @Test
    void a_substitute_day_is_named_as_such() {
        assertEquals("Boxing Day (substitute day)", BankHoliday.substitute(LocalDate.of(2026, 12, 28), "Boxing Day").name());
        assertEquals("Boxing Day", BankHoliday.on(LocalDate.of(2025, 12, 26), "Boxing Day").name());
    }

    private static List<BankHoliday> christmasOf(int year) {
        List<BankHoliday> days = EnglandAndWalesRules.holidaysIn(year);
        return days.subList(6, 8);
    }
}
