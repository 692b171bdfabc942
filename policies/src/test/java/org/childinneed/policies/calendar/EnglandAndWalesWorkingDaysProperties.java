package org.childinneed.policies.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.childinneed.model.calendar.WorkingDays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The England and Wales working days, index against a count made one day at a time, 1890 to 2110. */
class EnglandAndWalesWorkingDaysProperties {

    private static final BankHolidays CALENDAR = BankHolidays.englandAndWales();
    private static final WorkingDays DAYS = BankHolidays.englandAndWalesWorkingDays();

    @Property
    void adding_agrees_with_walking_day_by_day(@ForAll("date") LocalDate date, @ForAll @IntRange(max = 1_000) int n) {
        LocalDate d = date;
        for (int left = n; left > 0; ) {
            d = d.plusDays(1);
            if (working(d)) {
                left--;
            }
        }
        assertEquals(d, DAYS.addWorkingDays(date, n));
        assertEquals(n, DAYS.workingDaysBetween(date, d));
        assertTrue(n == 0 || working(d));
    }

    @Property
    void counting_agrees_with_walking_day_by_day(@ForAll("date") LocalDate from, @ForAll @IntRange(max = 1_500) int span) {
        LocalDate to = from.plusDays(span);
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (working(d)) {
                count++;
            }
        }
        assertEquals(count, DAYS.workingDaysBetween(from, to));
        assertEquals(-count, DAYS.workingDaysBetween(to, from));
        assertEquals(working(to), DAYS.isWorkingDay(to));
    }

    private static boolean working(LocalDate d) {
        return d.getDayOfWeek().getValue() <= 5 && !CALENDAR.isHoliday(d);
    }

    @Provide
    Arbitrary<LocalDate> date() {
        return Arbitraries.longs().between(LocalDate.of(1890, 1, 1).toEpochDay(), LocalDate.of(2110, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }
}
