package org.childinneed.model.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Working-day arithmetic over a {@link HolidayCalendar}: Monday to Friday, less holidays.
 * "Within N working days of X" counts X as day 0, whatever day X is, and is due on the Nth working
 * day after X (contract section 3).
 *
 * <p>Answers in constant time from an index precomputed over {@link #INDEXED_FROM} to
 * {@link #INDEXED_TO}; outside that range it walks day by day. Immutable and thread-safe.
 */
public final class WorkingDays {

    /** The first day of the precomputed index. */
    public static final LocalDate INDEXED_FROM = LocalDate.of(1900, 1, 1);
    /** The last day of the precomputed index. */
    public static final LocalDate INDEXED_TO = LocalDate.of(2100, 12, 31);

    private static final long FIRST = INDEXED_FROM.toEpochDay();
    private static final long LAST = INDEXED_TO.toEpochDay();

    private final HolidayCalendar calendar;
    /** {@code cumulative[i]}: working days from INDEXED_FROM to INDEXED_FROM + i, both included. */
    private final int[] cumulative;
    /** {@code nth[k]}: offset from INDEXED_FROM of the (k+1)th working day. */
    private final int[] nth;

    private WorkingDays(HolidayCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        int days = (int) (LAST - FIRST + 1);
        this.cumulative = new int[days];
        int[] ordinals = new int[days];
        int count = 0;
        for (int i = 0; i < days; i++) {
            if (isWorking(LocalDate.ofEpochDay(FIRST + i))) {
                ordinals[count++] = i;
            }
            cumulative[i] = count;
        }
        this.nth = java.util.Arrays.copyOf(ordinals, count);
    }

    /** Working days over {@code calendar}, indexed once here. */
    public static WorkingDays of(HolidayCalendar calendar) {
        return new WorkingDays(calendar);
    }

    /** The calendar these working days are counted over. */
    public HolidayCalendar calendar() {
        return calendar;
    }

    /** Whether {@code date} is a working day: Monday to Friday and not a holiday. */
    public boolean isWorkingDay(LocalDate date) {
        long epoch = date.toEpochDay();
        if (epoch >= FIRST && epoch <= LAST) {
            int i = (int) (epoch - FIRST);
            return cumulative[i] != (i == 0 ? 0 : cumulative[i - 1]);
        }
        return isWorking(date);
    }

    /**
     * The {@code n}th working day after {@code date} ({@code date} itself is day 0); {@code date}
     * itself for {@code n == 0}.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public LocalDate addWorkingDays(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days to add must not be negative: " + n);
        }
        if (n == 0) {
            return date;
        }
        long epoch = date.toEpochDay();
        if (epoch >= FIRST && epoch <= LAST) {
            long target = (long) cumulative[(int) (epoch - FIRST)] + n - 1;
            if (target < nth.length) {
                return LocalDate.ofEpochDay(FIRST + nth[(int) target]);
            }
        }
        LocalDate d = date;
        for (int left = n; left > 0; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /**
     * The number of working days after {@code from} up to and including {@code to}; negative when
     * {@code to} is before {@code from}. {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        return countUpTo(to) - countUpTo(from);
    }

    /** The holidays falling on weekdays after {@code from} up to and including {@code to}. */
    public List<LocalDate> holidaysSkipped(LocalDate from, LocalDate to) {
        List<LocalDate> skipped = new ArrayList<>();
        for (LocalDate d : calendar.holidaysBetween(from.plusDays(1), to)) {
            if (!isWeekend(d)) {
                skipped.add(d);
            }
        }
        return skipped;
    }

    /** Working days from some fixed origin to {@code date}, both included (only differences matter). */
    private int countUpTo(LocalDate date) {
        long epoch = date.toEpochDay();
        if (epoch >= FIRST && epoch <= LAST) {
            return cumulative[(int) (epoch - FIRST)];
        }
        if (epoch < FIRST) {
            return -walk(date, INDEXED_FROM.minusDays(1));
        }
        return cumulative[cumulative.length - 1] + walk(INDEXED_TO, date);
    }

    /** Working days after {@code from} up to and including {@code to}, counted day by day. */
    private int walk(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorking(d)) {
                count++;
            }
        }
        return count;
    }

    private boolean isWorking(LocalDate date) {
        return !isWeekend(date) && !calendar.isHoliday(date);
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
