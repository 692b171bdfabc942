package org.childinneed.model.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Working-day arithmetic over the England and Wales rules applied to every year, checked inside the
 * index, across its ends, at the ends of the holiday years and at the ends of {@link LocalDate}.
 */
class WorkingDaysProperties {

    private static final WorkingDays DAYS = WorkingDays.of(RuleCalendar.INSTANCE);
    /** The same holidays, but a calendar that only answers day by day (the interface's default listing). */
    private static final WorkingDays DAY_BY_DAY = WorkingDays.of(RuleCalendar.INSTANCE::isHoliday);
    private static final NaiveWorkingDays NAIVE = new NaiveWorkingDays(RuleCalendar.INSTANCE);

    @Property
    void adding_then_counting_gives_back_n(@ForAll("anyDate") LocalDate date, @ForAll("anyCount") int n) {
        LocalDate end;
        try {
            end = DAYS.addWorkingDays(date, n);
        } catch (DateTimeException pastTheEnd) {
            assertTrue(date.isAfter(LocalDate.MAX.minusYears(10_000_000)), "only near the end of LocalDate: " + date);
            return;
        }
        assertEquals(n, DAYS.workingDaysBetween(date, end));
        assertEquals(-n, DAYS.workingDaysBetween(end, date));
    }

    @Property
    void the_day_reached_is_a_working_day_never_a_weekend_or_holiday(
            @ForAll("boundaryDate") LocalDate date, @ForAll @IntRange(min = 1, max = 2_000) int n) {
        LocalDate end = DAYS.addWorkingDays(date, n);
        assertTrue(end.isAfter(date));
        assertTrue(end.getDayOfWeek().getValue() <= 5, end + " is a weekend");
        assertTrue(end.getYear() < 1 || end.getYear() > 9999 || !RuleCalendar.INSTANCE.isHoliday(end),
                end + " is a holiday");
        assertTrue(DAYS.isWorkingDay(end));
    }

    @Property
    void adding_agrees_with_counting_day_by_day(
            @ForAll("boundaryDate") LocalDate date, @ForAll @IntRange(max = 1_500) int n) {
        assertEquals(NAIVE.add(date, n), DAYS.addWorkingDays(date, n));
    }

    @Property
    void counting_agrees_with_counting_day_by_day(
            @ForAll("boundaryDate") LocalDate from, @ForAll @IntRange(min = -2_500, max = 2_500) int span) {
        long toDay = Math.max(from.toEpochDay() + span, LocalDate.MIN.toEpochDay());
        LocalDate to = LocalDate.ofEpochDay(toDay);
        assertEquals(NAIVE.between(from, to), DAYS.workingDaysBetween(from, to));
        assertEquals(NAIVE.isWorkingDay(to), DAYS.isWorkingDay(to));
    }

    @Property
    void a_calendar_answering_day_by_day_gives_the_same_answers(
            @ForAll("boundaryDate") LocalDate date, @ForAll @IntRange(max = 1_500) int n) {
        LocalDate end = DAYS.addWorkingDays(date, n);
        assertEquals(end, DAY_BY_DAY.addWorkingDays(date, n));
        assertEquals(DAYS.holidaysSkipped(date, end), DAY_BY_DAY.holidaysSkipped(date, end));
        assertEquals(n, DAY_BY_DAY.workingDaysBetween(date, end));
    }

    @Property
    void subtracting_agrees_with_counting_back_day_by_day(
            @ForAll("boundaryDate") LocalDate date, @ForAll @IntRange(max = 1_500) int n) {
        LocalDate back = date;
        for (int left = n; left > 0; ) {
            if (back.equals(LocalDate.MIN)) {
                assertThrows(DateTimeException.class, () -> DAYS.subtractWorkingDays(date, n));
                return;
            }
            back = back.minusDays(1);
            if (NAIVE.isWorkingDay(back)) {
                left--;
            }
        }
        assertEquals(back, DAYS.subtractWorkingDays(date, n));
        assertEquals(back, DAY_BY_DAY.subtractWorkingDays(date, n));
    }

    @Property
    void skipped_holidays_are_counted_without_listing_and_listed_up_to_a_limit(
            @ForAll("boundaryDateWithRoom") LocalDate date, @ForAll @IntRange(max = 30_000) int n,
            @ForAll @IntRange(max = 12) int limit) {
        LocalDate end = DAYS.addWorkingDays(date, n);
        List<LocalDate> all = DAY_BY_DAY.holidaysSkipped(date, end);
        assertEquals(all.size(), DAYS.holidaysSkippedCount(date, end));
        assertEquals(all.subList(0, Math.min(limit, all.size())), DAYS.holidaysSkipped(date, end, limit));
        assertEquals(DAYS.workingDaysBetween(date, end) + DAYS.holidaysSkippedCount(date, end),
                NAIVE.weekdaysBetween(date, end));
    }

    @Property
    void more_working_days_reach_a_later_day(
            @ForAll("dateWithRoom") LocalDate date, @ForAll @IntRange(max = 100_000) int n,
            @ForAll @IntRange(min = 1, max = 100_000) int more) {
        LocalDate nearer = DAYS.addWorkingDays(date, n);
        LocalDate farther = DAYS.addWorkingDays(date, n + more);
        assertTrue(farther.isAfter(nearer), nearer + " then " + farther);
    }

    @Property
    void a_later_trigger_never_reaches_an_earlier_day(
            @ForAll("boundaryDate") LocalDate date, @ForAll @IntRange(max = 400) int later,
            @ForAll @IntRange(max = 5_000) int n) {
        assertTrue(!DAYS.addWorkingDays(date.plusDays(later), n).isBefore(DAYS.addWorkingDays(date, n)));
    }

    @Property
    void counting_never_falls_as_the_end_moves_later(
            @ForAll("dateWithRoom") LocalDate from, @ForAll @IntRange(max = 1_000_000) int days,
            @ForAll @IntRange(max = 400) int more) {
        LocalDate to = from.plusDays(days);
        int count = DAYS.workingDaysBetween(from, to);
        int laterCount = DAYS.workingDaysBetween(from, to.plusDays(more));
        assertTrue(laterCount >= count && laterCount - count <= more);
    }

    @Property(tries = 300)
    void near_the_last_local_date_adding_fails_exactly_when_the_answer_would_be_past_it(
            @ForAll @IntRange(max = 3_000) int daysBeforeMax, @ForAll @IntRange(min = 1, max = 3_000) int n) {
        LocalDate date = LocalDate.MAX.minusDays(daysBeforeMax);
        int available = NAIVE.between(date, LocalDate.MAX);
        if (n <= available) {
            assertEquals(NAIVE.add(date, n), DAYS.addWorkingDays(date, n));
        } else {
            assertThrows(DateTimeException.class, () -> DAYS.addWorkingDays(date, n));
        }
    }

    @Provide
    Arbitrary<Integer> anyCount() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 3_000),
                Arbitraries.integers().between(0, Integer.MAX_VALUE));
    }

    /** Any date LocalDate can hold, weighted towards the interesting places. */
    @Provide
    Arbitrary<LocalDate> anyDate() {
        return Arbitraries.oneOf(boundaryDate(), epochDays(LocalDate.MIN, LocalDate.MAX));
    }

    /** Any date at least 5000 years before the last LocalDate. */
    @Provide
    Arbitrary<LocalDate> dateWithRoom() {
        return anyDate().filter(d -> d.isBefore(LocalDate.MAX.minusYears(5_000)));
    }

    /** Dates around the ends of the index, of the holiday years and of LocalDate, and inside the index. */
    @Provide
    Arbitrary<LocalDate> boundaryDate() {
        return Arbitraries.oneOf(
                epochDays(LocalDate.of(1895, 1, 1), LocalDate.of(1905, 12, 31)),
                epochDays(LocalDate.of(2095, 1, 1), LocalDate.of(2105, 12, 31)),
                epochDays(WorkingDays.INDEXED_FROM, WorkingDays.INDEXED_TO),
                epochDays(LocalDate.of(-5, 1, 1), LocalDate.of(5, 12, 31)),
                epochDays(LocalDate.of(9995, 1, 1), LocalDate.of(10_005, 12, 31)),
                epochDays(LocalDate.of(1000, 1, 1), LocalDate.of(1010, 12, 31)),
                epochDays(LocalDate.MIN, LocalDate.MIN.plusYears(10)),
                epochDays(LocalDate.MAX.minusYears(100), LocalDate.MAX.minusYears(90)));
    }

    /** A boundary date at least 5000 years before the last LocalDate. */
    @Provide
    Arbitrary<LocalDate> boundaryDateWithRoom() {
        return boundaryDate().filter(d -> d.isBefore(LocalDate.MAX.minusYears(5_000)));
    }

    private static Arbitrary<LocalDate> epochDays(LocalDate from, LocalDate to) {
        return Arbitraries.longs().between(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
    }
}
