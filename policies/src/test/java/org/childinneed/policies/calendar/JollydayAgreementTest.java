package org.childinneed.policies.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The calendar against an independent one, Jollyday (England: subdivision {@code eng} of the United
 * Kingdom, observed dates), which matches the published list from 2012 on.
 */
class JollydayAgreementTest {

    private static final HolidayManager JOLLYDAY = HolidayManager.getInstance(
            ManagerParameters.create(de.focus_shift.jollyday.core.HolidayCalendar.UNITED_KINGDOM));

    /** Where Jollyday is known to depart from the published list before 2012: date to whether it is a holiday. */
    private static final Map<LocalDate, Boolean> JOLLYDAY_GAPS = Map.of(
            LocalDate.of(1999, 12, 31), true,
            LocalDate.of(2002, 6, 3), true,
            LocalDate.of(2002, 6, 4), true,
            LocalDate.of(2002, 5, 27), false);

    private final BankHolidays calendar = BankHolidays.englandAndWales();

    @Test
    void every_year_from_2012_to_2100_agrees_with_jollyday() {
        for (int year = 2012; year <= 2100; year++) {
            assertEquals(jollyday(year), ours(year), "year " + year);
        }
    }

    @Test
    void the_embedded_years_agree_with_jollyday_but_for_its_known_gaps() {
        for (int year = 1995; year <= 2027; year++) {
            Set<LocalDate> expected = jollyday(year);
            for (Map.Entry<LocalDate, Boolean> gap : JOLLYDAY_GAPS.entrySet()) {
                if (gap.getKey().getYear() == year && gap.getValue()) {
                    expected.add(gap.getKey());
                } else if (gap.getKey().getYear() == year) {
                    expected.remove(gap.getKey());
                }
            }
            assertEquals(expected, ours(year), "year " + year);
        }
    }

    @Test
    void the_gaps_are_real_gaps_in_jollyday_and_the_embedded_data_has_the_published_days() {
        JOLLYDAY_GAPS.forEach((day, holiday) -> {
            assertEquals(!holiday, JOLLYDAY.isHoliday(day, "eng"), "Jollyday on " + day);
            assertEquals(holiday, calendar.isHoliday(day), "embedded on " + day);
        });
    }

    @Test
    void jollyday_answers_day_by_day_as_it_does_by_year() {
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() < 2028; day = day.plusDays(1)) {
            assertEquals(calendar.isHoliday(day), JOLLYDAY.isHoliday(day, "eng"), day.toString());
        }
        assertTrue(JOLLYDAY.isHoliday(LocalDate.of(2026, 12, 28), "eng"));
        assertFalse(JOLLYDAY.isHoliday(LocalDate.of(2026, 12, 26), "eng"));
    }

    private static Set<LocalDate> jollyday(int year) {
        return JOLLYDAY.getHolidays(Year.of(year), "eng").stream().map(Holiday::getDate)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private Set<LocalDate> ours(int year) {
        return new TreeSet<>(calendar.holidaysBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }
}
