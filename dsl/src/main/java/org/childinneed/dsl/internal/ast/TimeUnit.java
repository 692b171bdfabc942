package org.childinneed.dsl.internal.ast;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.childinneed.model.calendar.WorkingDays;

/**
 * The units a duration is counted in, each carrying all it means, after
 * {@link java.time.temporal.TemporalUnit}: its spellings in scripts, its words in explanations, the
 * longest duration a script may give in it, its arithmetic, and how the checker compares it with
 * other units. A new unit is one constant here and its word in the grammar ({@code unit} in
 * {@code PolicyScript.g4}).
 */
public enum TimeUnit {
    /** Monday to Friday, less bank holidays (contract section 3: the trigger is day 0). */
    WORKING_DAYS("working day", "working days", 26_100, 7.0 / 5.0, Scale.WORKING_DAYS, 1) {
        @Override
        public LocalDate plus(LocalDate from, long amount, WorkingDays workingDays) {
            return workingDays.addWorkingDays(from, Math.toIntExact(amount));
        }

        @Override
        public LocalDate minus(LocalDate from, long amount, WorkingDays workingDays) {
            return workingDays.subtractWorkingDays(from, Math.toIntExact(amount));
        }
    },
    /** Calendar days. */
    DAYS("day", "days", 36_525, 1, Scale.DAYS, 1) {
        @Override
        public LocalDate plus(LocalDate from, long amount, WorkingDays workingDays) {
            return from.plusDays(amount);
        }

        @Override
        public LocalDate minus(LocalDate from, long amount, WorkingDays workingDays) {
            return from.minusDays(amount);
        }
    },
    /** Seven calendar days. */
    WEEKS("week", "weeks", 5_218, 7, Scale.DAYS, 7) {
        @Override
        public LocalDate plus(LocalDate from, long amount, WorkingDays workingDays) {
            return from.plusWeeks(amount);
        }

        @Override
        public LocalDate minus(LocalDate from, long amount, WorkingDays workingDays) {
            return from.minusWeeks(amount);
        }
    },
    /** Calendar months ({@code LocalDate.plusMonths}: the 31st of a shorter month is its last day). */
    MONTHS("month", "months", 1_200, 30.44, Scale.MONTHS, 1) {
        @Override
        public LocalDate plus(LocalDate from, long amount, WorkingDays workingDays) {
            return from.plusMonths(amount);
        }

        @Override
        public LocalDate minus(LocalDate from, long amount, WorkingDays workingDays) {
            return from.minusMonths(amount);
        }
    },
    /** Calendar years ({@code LocalDate.plusYears}: 29 February in a common year is 28 February). */
    YEARS("year", "years", 100, 365.25, Scale.MONTHS, 12) {
        @Override
        public LocalDate plus(LocalDate from, long amount, WorkingDays workingDays) {
            return from.plusYears(amount);
        }

        @Override
        public LocalDate minus(LocalDate from, long amount, WorkingDays workingDays) {
            return from.minusYears(amount);
        }
    },
    /**
     * Hours, only in {@code due within <n> hours} of a one-off obligation: from a trigger whose time
     * the case file records, the deadline is that many hours later to the minute; as dates alone
     * (no time recorded), the last day the hours can reach ({@code plus}: whole days rounded up).
     */
    HOURS("hour", "hours", 876_600, 1.0 / 24.0, Scale.HOURS, 1) {
        @Override
        public LocalDate plus(LocalDate from, long amount, WorkingDays workingDays) {
            return from.plusDays(-Math.floorDiv(-amount, 24));
        }

        @Override
        public LocalDate minus(LocalDate from, long amount, WorkingDays workingDays) {
            return from.minusDays(-Math.floorDiv(-amount, 24));
        }
    };

    /**
     * What a unit counts in, for comparing durations exactly: two durations of one scale compare
     * by their amounts in it; durations of different scales cannot be ordered for every date.
     */
    public enum Scale {
        /** Calendar days. */
        DAYS,
        /** Calendar months. */
        MONTHS,
        /** Working days. */
        WORKING_DAYS,
        /** Hours. */
        HOURS
    }

    private final String singular;
    private final String plural;
    private final long maximum;
    private final double approximateDays;
    private final Scale scale;
    private final int perUnit;

    TimeUnit(String singular, String plural, long maximum, double approximateDays, Scale scale, int perUnit) {
        this.singular = singular;
        this.plural = plural;
        this.maximum = maximum;
        this.approximateDays = approximateDays;
        this.scale = scale;
        this.perUnit = perUnit;
    }

    /** The date {@code amount} of this unit after {@code from}. */
    public abstract LocalDate plus(LocalDate from, long amount, WorkingDays workingDays);

    /** The date {@code amount} of this unit before {@code from}. */
    public abstract LocalDate minus(LocalDate from, long amount, WorkingDays workingDays);

    /** The unit's words for {@code amount}: "1 week", "3 weeks". */
    public String words(long amount) {
        return amount == 1 ? singular : plural;
    }

    /** The longest duration a script may give in this unit: about a hundred years. */
    public long maximum() {
        return maximum;
    }

    /** Roughly how many calendar days {@code amount} of this unit spans, to compare across units. */
    public double approximateDays(long amount) {
        return amount * approximateDays;
    }

    /** What this unit counts in. */
    public Scale scale() {
        return scale;
    }

    /** {@code amount} of this unit in its {@link #scale()}: 2 weeks are 14 days, 1 year 12 months. */
    public long inScale(long amount) {
        return amount * perUnit;
    }

    /** Whether counting in this unit steps over holidays, which an explanation lists. */
    public boolean skipsHolidays() {
        return this == WORKING_DAYS;
    }

    /** Whether a date in this unit may fall on the last day of a shorter month, which an explanation says. */
    public boolean clipsToMonthEnd() {
        return scale == Scale.MONTHS;
    }

    /** The unit a script spells {@code words} ("working days", "week"), if it is one. */
    public static Optional<TimeUnit> parse(String words) {
        return Arrays.stream(values()).filter(u -> u.singular.equals(words) || u.plural.equals(words)).findFirst();
    }

    /** Every spelling a script may use, for did-you-mean hints. */
    public static List<String> spellings() {
        return Arrays.stream(values()).flatMap(u -> java.util.stream.Stream.of(u.singular, u.plural)).toList();
    }

    /** "working days, days, weeks, months and years". */
    public static String allPlurals() {
        List<String> plurals = Arrays.stream(values()).map(u -> u.plural).toList();
        return String.join(", ", plurals.subList(0, plurals.size() - 1)) + " and " + plurals.get(plurals.size() - 1);
    }
}
