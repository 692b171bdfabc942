package org.childinneed.model.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The regular bank holidays of England and Wales by rule (Banking and Financial Dealings Act 1971
 * and the annual proclamations): New Year's Day, Good Friday, Easter Monday, the early May, spring
 * and summer bank holidays, Christmas Day and Boxing Day, with a substitute weekday where a holiday
 * falls on a weekend. One-off and moved days (jubilees, royal occasions) are not rules: they come
 * only from a published list.
 */
public final class EnglandAndWalesRules {

    /** The first year all eight regular holidays were observed (the early May bank holiday began in 1978). */
    public static final int FIRST_YEAR = 1978;

    static final String NEW_YEARS_DAY = "New Year\u2019s Day";
    static final String GOOD_FRIDAY = "Good Friday";
    static final String EASTER_MONDAY = "Easter Monday";
    static final String EARLY_MAY = "Early May bank holiday";
    static final String SPRING = "Spring bank holiday";
    static final String SUMMER = "Summer bank holiday";
    static final String CHRISTMAS_DAY = "Christmas Day";
    static final String BOXING_DAY = "Boxing Day";

    private EnglandAndWalesRules() {
    }

    /**
     * The regular bank holidays of {@code year} by rule, in date order, titled as the government's
     * list titles them. The rules are applied to any year {@link LocalDate} can hold; they describe
     * the holidays actually observed only from {@link #FIRST_YEAR}.
     */
    public static List<BankHoliday> holidaysIn(int year) {
        List<BankHoliday> days = new ArrayList<>(8);
        LocalDate newYear = LocalDate.of(year, 1, 1);
        days.add(isWeekend(newYear)
                ? BankHoliday.substitute(newYear.with(TemporalAdjusters.next(DayOfWeek.MONDAY)), NEW_YEARS_DAY)
                : BankHoliday.on(newYear, NEW_YEARS_DAY));
        LocalDate easter = easterSunday(year);
        days.add(BankHoliday.on(easter.minusDays(2), GOOD_FRIDAY));
        days.add(BankHoliday.on(easter.plusDays(1), EASTER_MONDAY));
        days.add(BankHoliday.on(LocalDate.of(year, Month.MAY, 1)
                .with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)), EARLY_MAY));
        days.add(BankHoliday.on(LocalDate.of(year, Month.MAY, 1)
                .with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)), SPRING));
        days.add(BankHoliday.on(LocalDate.of(year, Month.AUGUST, 1)
                .with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)), SUMMER));
        days.addAll(christmas(year));
        return List.copyOf(days);
    }

    /**
     * Easter Sunday of {@code year} in the Gregorian calendar (the anonymous Gregorian algorithm
     * of Meeus, Jones and Butcher, with floor division so that it holds for every year).
     */
    public static LocalDate easterSunday(int year) {
        long y = year;
        long a = Math.floorMod(y, 19);
        long b = Math.floorDiv(y, 100);
        long c = Math.floorMod(y, 100);
        long d = Math.floorDiv(b, 4);
        long e = Math.floorMod(b, 4);
        long f = Math.floorDiv(b + 8, 25);
        long g = Math.floorDiv(b - f + 1, 3);
        long h = Math.floorMod(19 * a + b - d - g + 15, 30);
        long i = Math.floorDiv(c, 4);
        long k = Math.floorMod(c, 4);
        long l = Math.floorMod(32 + 2 * e + 2 * i - h - k, 7);
        long m = Math.floorDiv(a + 11 * h + 22 * l, 451);
        long month = Math.floorDiv(h + l - 7 * m + 114, 31);
        long day = Math.floorMod(h + l - 7 * m + 114, 31) + 1;
        return LocalDate.of(year, (int) month, (int) day);
    }

    /** Christmas Day and Boxing Day, each moved to the next free weekday when it falls on a weekend. */
    private static List<BankHoliday> christmas(int year) {
        LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
        LocalDate boxing = christmas.plusDays(1);
        return switch (christmas.getDayOfWeek()) {
            case FRIDAY -> List.of(BankHoliday.on(christmas, CHRISTMAS_DAY),
                    BankHoliday.substitute(christmas.plusDays(3), BOXING_DAY));
            case SATURDAY -> List.of(BankHoliday.substitute(christmas.plusDays(2), CHRISTMAS_DAY),
                    BankHoliday.substitute(christmas.plusDays(3), BOXING_DAY));
            case SUNDAY -> List.of(BankHoliday.on(boxing, BOXING_DAY),
                    BankHoliday.substitute(christmas.plusDays(2), CHRISTMAS_DAY));
            default -> List.of(BankHoliday.on(christmas, CHRISTMAS_DAY), BankHoliday.on(boxing, BOXING_DAY));
        };
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
