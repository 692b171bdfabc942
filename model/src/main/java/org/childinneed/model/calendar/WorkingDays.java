package org.childinneed.model.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Working-day arithmetic over a {@link HolidayCalendar}: Monday to Friday, less holidays.
 * "Within N working days of X" counts X as day 0, whatever day X is, and is due on the Nth working
 * day after X (contract section 3).
 *
 * <p>Answers in constant time from an index precomputed over {@link #INDEXED_FROM} to
 * {@link #INDEXED_TO}. Outside it, weekdays are counted arithmetically and the calendar's holidays
 * are asked for with {@link HolidayCalendar#holidaysBetween}, which is then as fast as the calendar
 * makes it. The calendar's holidays count from {@link #HOLIDAYS_FROM} to {@link #HOLIDAYS_TO};
 * beyond those years every weekday is a working day. Every {@link LocalDate} is accepted; only a
 * result that no {@code LocalDate} or {@code int} can hold raises an exception. Immutable and
 * thread-safe.
 */
public final class WorkingDays {

    /** The first day of the precomputed index. */
    public static final LocalDate INDEXED_FROM = LocalDate.of(1900, 1, 1);
    /** The last day of the precomputed index. */
    public static final LocalDate INDEXED_TO = LocalDate.of(2100, 12, 31);
    /** The first day on which the calendar's holidays are taken into account. */
    public static final LocalDate HOLIDAYS_FROM = LocalDate.of(1, 1, 1);
    /** The last day on which the calendar's holidays are taken into account. */
    public static final LocalDate HOLIDAYS_TO = LocalDate.of(9999, 12, 31);

    private static final long FIRST = INDEXED_FROM.toEpochDay();
    private static final long LAST = INDEXED_TO.toEpochDay();
    private static final long HOLIDAYS_FIRST = HOLIDAYS_FROM.toEpochDay();
    private static final long HOLIDAYS_LAST = HOLIDAYS_TO.toEpochDay();
    private static final long MAX_DAY = LocalDate.MAX.toEpochDay();
    private static final long MIN_DAY = LocalDate.MIN.toEpochDay();
    /** How many days of holidays {@link #holidaysSkipped(LocalDate, LocalDate, int)} asks the calendar for at once. */
    private static final long CHUNK_DAYS = 366;
    /** 1970-01-01, epoch day 0, is a Thursday: epoch day + 3 counts days from a Monday. */
    private static final int MONDAY_OFFSET = 3;

    private final HolidayCalendar calendar;
    private final LocalDate knownUntil;
    /** {@code cumulative[i]}: working days from INDEXED_FROM to INDEXED_FROM + i, both included. */
    private final int[] cumulative;
    /** {@code nth[k]}: offset from INDEXED_FROM of the (k+1)th working day. */
    private final int[] nth;

    private WorkingDays(HolidayCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        LocalDate known = calendar.holidaysKnownUntil().orElse(HOLIDAYS_TO);
        this.knownUntil = known.isAfter(HOLIDAYS_TO) ? HOLIDAYS_TO : known;
        int days = (int) (LAST - FIRST + 1);
        // The index's holidays asked for at once, which a calendar holding a list answers from it,
        // rather than day by day (the index lies within HOLIDAYS_FROM to HOLIDAYS_TO).
        boolean[] holiday = new boolean[days];
        for (LocalDate date : calendar.holidaysBetween(INDEXED_FROM, INDEXED_TO)) {
            long offset = date.toEpochDay() - FIRST;
            if (offset >= 0 && offset < days) {
                holiday[(int) offset] = true;
            }
        }
        this.cumulative = new int[days];
        int[] ordinals = new int[days];
        int count = 0;
        for (int i = 0; i < days; i++) {
            if (isWeekday(FIRST + i) && !holiday[i]) {
                ordinals[count++] = i;
            }
            cumulative[i] = count;
        }
        this.nth = Arrays.copyOf(ordinals, count);
    }

    /** Working days over {@code calendar}, indexed once here. */
    public static WorkingDays of(HolidayCalendar calendar) {
        return new WorkingDays(calendar);
    }

    /** The calendar these working days are counted over. */
    public HolidayCalendar calendar() {
        return calendar;
    }

    /**
     * The last day whose holidays are counted: the calendar's {@link HolidayCalendar#holidaysKnownUntil()},
     * and at most {@link #HOLIDAYS_TO}. After it every weekday is counted as a working day.
     */
    public LocalDate holidaysKnownUntil() {
        return knownUntil;
    }

    /**
     * Whether a working-day count ending on {@code date} runs past the holiday data (after
     * {@link #holidaysKnownUntil()}), where every weekday is counted as a working day: a date that
     * may be too early by the holidays nobody has told the calendar of.
     */
    public boolean pastHolidayData(LocalDate date) {
        return date.isAfter(knownUntil);
    }

    /** Whether {@code date} is a working day: Monday to Friday and not a holiday. */
    public boolean isWorkingDay(LocalDate date) {
        long day = date.toEpochDay();
        if (indexed(day)) {
            return indexedCount(day) != indexedCount(day - 1);
        }
        return isWorking(date);
    }

    /**
     * The {@code n}th working day after {@code date} ({@code date} itself is day 0); {@code date}
     * itself for {@code n == 0}.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     * @throws DateTimeException if the answer lies after {@link LocalDate#MAX}
     */
    public LocalDate addWorkingDays(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days to add must not be negative: " + n);
        }
        if (n == 0) {
            return date;
        }
        long day = date.toEpochDay();
        if (indexed(day)) {
            long target = (long) indexedCount(day) + n - 1;
            if (target < nth.length) {
                return LocalDate.ofEpochDay(FIRST + nth[(int) target]);
            }
        }
        // Step over n weekdays; every holiday stepped over costs one more weekday, until none does.
        long from = day;
        long needed = n;
        while (true) {
            long to = plusWeekdays(from, needed);
            if (to > MAX_DAY) {
                throw new DateTimeException("adding " + n + " working days to " + date
                        + " goes past the last date a LocalDate can hold, " + LocalDate.MAX);
            }
            long holidays = weekdayHolidays(from, to);
            if (holidays == 0) {
                return LocalDate.ofEpochDay(to);
            }
            from = to;
            needed = holidays;
        }
    }

    /**
     * The number of working days after {@code from} up to and including {@code to}; negative when
     * {@code to} is before {@code from}. {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}.
     *
     * @throws ArithmeticException if the count does not fit in an {@code int} (dates millions of years apart)
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        long a = from.toEpochDay();
        long b = to.toEpochDay();
        if (indexed(a) && indexed(b)) {
            return indexedCount(b) - indexedCount(a);
        }
        long count = b >= a ? workingDays(a, b) : -workingDays(b, a);
        if (count != (int) count) {
            throw new ArithmeticException("the working days between " + from + " and " + to + " (" + count
                    + ") are too many for an int");
        }
        return (int) count;
    }

    /**
     * The {@code n}th working day before {@code date} ({@code date} itself is day 0); {@code date}
     * itself for {@code n == 0}. {@code subtractWorkingDays(addWorkingDays(d, n), n)} is the last
     * working day on or before {@code d}.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     * @throws DateTimeException if the answer lies before {@link LocalDate#MIN}
     */
    public LocalDate subtractWorkingDays(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days to subtract must not be negative: " + n);
        }
        if (n == 0) {
            return date;
        }
        long day = date.toEpochDay();
        if (indexed(day - 1)) {
            long target = (long) indexedCount(day - 1) - n;
            if (target >= 0) {
                return LocalDate.ofEpochDay(FIRST + nth[(int) target]);
            }
        }
        // Step back over n weekdays; every holiday stepped over costs one more weekday, until none does.
        long to = day;
        long needed = n;
        while (true) {
            long from = minusWeekdays(to, needed);
            if (from < MIN_DAY) {
                throw new DateTimeException("subtracting " + n + " working days from " + date
                        + " goes past the first date a LocalDate can hold, " + LocalDate.MIN);
            }
            long holidays = weekdayHolidays(from - 1, to - 1);
            if (holidays == 0) {
                return LocalDate.ofEpochDay(from);
            }
            to = from;
            needed = holidays;
        }
    }

    /**
     * How many holidays fall on weekdays after {@code from} up to and including {@code to}: the
     * weekdays a working-day count stepped over. Counted, never listed: constant time in the index.
     */
    public long holidaysSkippedCount(LocalDate from, LocalDate to) {
        return weekdayHolidays(from.toEpochDay(), to.toEpochDay());
    }

    /** The holidays falling on weekdays after {@code from} up to and including {@code to}, in date order. */
    public List<LocalDate> holidaysSkipped(LocalDate from, LocalDate to) {
        return holidaysSkipped(from, to, Integer.MAX_VALUE);
    }

    /**
     * The first {@code limit} holidays falling on weekdays after {@code from} up to and including
     * {@code to}, in date order. The calendar is asked a year at a time and no further than the
     * last one listed, so a span of a century costs no more than its first few holidays.
     */
    public List<LocalDate> holidaysSkipped(LocalDate from, LocalDate to, int limit) {
        long lo = Math.max(from.toEpochDay() + 1, HOLIDAYS_FIRST);
        long hi = Math.min(to.toEpochDay(), HOLIDAYS_LAST);
        List<LocalDate> found = new ArrayList<>();
        for (long start = lo; start <= hi && found.size() < limit; start += CHUNK_DAYS) {
            long end = Math.min(hi, start + CHUNK_DAYS - 1);
            long first = start;
            calendar.holidaysBetween(LocalDate.ofEpochDay(start), LocalDate.ofEpochDay(end)).stream()
                    .mapToLong(LocalDate::toEpochDay)
                    .filter(d -> d >= first && d <= end && isWeekday(d))
                    .distinct().sorted().limit(limit - found.size())
                    .forEach(d -> found.add(LocalDate.ofEpochDay(d)));
        }
        return List.copyOf(found);
    }

    /** Working days in (a, b], for a &lt;= b. */
    private long workingDays(long a, long b) {
        return weekdays(a, b) - weekdayHolidays(a, b);
    }

    /** Holidays on weekdays in (a, b]: from the index where it reaches, from the calendar elsewhere. */
    private long weekdayHolidays(long a, long b) {
        if (b <= a) {
            return 0;
        }
        long count = calendarHolidays(a, Math.min(b, FIRST - 1));
        long lo = Math.max(a, FIRST - 1);
        long hi = Math.min(b, LAST);
        if (lo < hi) {
            count += weekdays(lo, hi) - (indexedCount(hi) - indexedCount(lo));
        }
        return count + calendarHolidays(Math.max(a, LAST), b);
    }

    /** Holidays on weekdays in (a, b] within the holiday years, as the calendar lists them. */
    private long calendarHolidays(long a, long b) {
        long lo = Math.max(a + 1, HOLIDAYS_FIRST);
        long hi = Math.min(b, HOLIDAYS_LAST);
        if (lo > hi) {
            return 0;
        }
        return calendar.holidaysBetween(LocalDate.ofEpochDay(lo), LocalDate.ofEpochDay(hi)).stream()
                .mapToLong(LocalDate::toEpochDay)
                .filter(d -> d >= lo && d <= hi && isWeekday(d))
                .distinct().count();
    }

    private static boolean indexed(long day) {
        return day >= FIRST && day <= LAST;
    }

    /** Working days from INDEXED_FROM to {@code day} (from the day before INDEXED_FROM to INDEXED_TO). */
    private int indexedCount(long day) {
        return day < FIRST ? 0 : cumulative[(int) (day - FIRST)];
    }

    /** Weekdays in (a, b]. */
    private static long weekdays(long a, long b) {
        return weekdaysBefore(b + 1) - weekdaysBefore(a + 1);
    }

    /** Weekdays before {@code day}, counted from the Monday 1969-12-29 (negative before it). */
    private static long weekdaysBefore(long day) {
        long fromMonday = day + MONDAY_OFFSET;
        return 5 * Math.floorDiv(fromMonday, 7) + Math.min(Math.floorMod(fromMonday, 7), 5);
    }

    /** The weekday before {@code day} with {@code count} weekdays in [result, day) ({@code count >= 1}). */
    private static long minusWeekdays(long day, long count) {
        return dayWithOrdinal(weekdaysBefore(day) - count);
    }

    /** The weekday with {@code ordinal} weekdays before it, counted as {@link #weekdaysBefore} does. */
    private static long dayWithOrdinal(long ordinal) {
        return 7 * Math.floorDiv(ordinal, 5) + Math.floorMod(ordinal, 5) - MONDAY_OFFSET;
    }

    /** The first day after {@code day} with {@code count} weekdays in (day, result] ({@code count >= 1}). */
    private static long plusWeekdays(long day, long count) {
        return dayWithOrdinal(weekdaysBefore(day + 1) + count - 1);
    }

    private boolean isWorking(LocalDate date) {
        long day = date.toEpochDay();
        return isWeekday(day) && !(day >= HOLIDAYS_FIRST && day <= HOLIDAYS_LAST && calendar.isHoliday(date));
    }

    private static boolean isWeekday(long day) {
        return Math.floorMod(day + MONDAY_OFFSET, 7) < 5;
    }
}
