package org.childinneed.benchmarks.calendar;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.childinneed.model.calendar.WorkingDays;
import org.childinneed.policies.calendar.BankHolidays;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Nth working day after a trigger date: {@link WorkingDays#addWorkingDays} (precomputed index)
 * against a day-by-day {@code java.time} loop over a {@code HashSet} of the same holidays, and
 * against a day-by-day loop asking Jollyday. Targets: the index is constant in N (N = 250 within
 * 1.5x of N = 1) and at least 20x faster than the loop at N = 45.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class WorkingDaysBenchmark {

    /** Trigger dates cycled through, so that no single answer can be folded away: every day 2012 to 2027. */
    private static final int TRIGGERS = 16 * 365;

    @Param({"1", "10", "45", "250"})
    public int n;

    private WorkingDays workingDays;
    private Set<LocalDate> holidays;
    private HolidayManager jollyday;
    private LocalDate[] triggers;
    private int next;

    @Setup
    public void setUp() {
        workingDays = BankHolidays.englandAndWalesWorkingDays();
        holidays = new HashSet<>(BankHolidays.englandAndWales()
                .holidaysBetween(LocalDate.of(2012, 1, 1), LocalDate.of(2030, 12, 31)));
        jollyday = HolidayManager.getInstance(
                ManagerParameters.create(de.focus_shift.jollyday.core.HolidayCalendar.UNITED_KINGDOM));
        triggers = new LocalDate[TRIGGERS];
        for (int i = 0; i < TRIGGERS; i++) {
            triggers[i] = LocalDate.of(2012, 1, 1).plusDays(i);
        }
    }

    private LocalDate trigger() {
        LocalDate trigger = triggers[next];
        next = next + 1 == TRIGGERS ? 0 : next + 1;
        return trigger;
    }

    @Benchmark
    public LocalDate workingDaysIndex() {
        return workingDays.addWorkingDays(trigger(), n);
    }

    @Benchmark
    public LocalDate javaTimeLoop() {
        LocalDate d = trigger();
        for (int left = n; left > 0; ) {
            d = d.plusDays(1);
            DayOfWeek day = d.getDayOfWeek();
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(d)) {
                left--;
            }
        }
        return d;
    }

    @Benchmark
    public LocalDate jollydayLoop() {
        LocalDate d = trigger();
        for (int left = n; left > 0; ) {
            d = d.plusDays(1);
            DayOfWeek day = d.getDayOfWeek();
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !jollyday.isHoliday(d, "eng")) {
                left--;
            }
        }
        return d;
    }
}
