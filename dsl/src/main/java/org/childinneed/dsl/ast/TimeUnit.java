package org.childinneed.dsl.ast;

import java.util.List;

/** The units a duration is counted in. */
public enum TimeUnit {
    /** Monday to Friday, less bank holidays. */
    WORKING_DAYS("working day", "working days"),
    /** Calendar days. */
    DAYS("day", "days"),
    /** Seven calendar days. */
    WEEKS("week", "weeks"),
    /** Calendar months ({@code LocalDate.plusMonths}). */
    MONTHS("month", "months"),
    /** Calendar years ({@code LocalDate.plusYears}). */
    YEARS("year", "years");

    private final String singular;
    private final String plural;

    TimeUnit(String singular, String plural) {
        this.singular = singular;
        this.plural = plural;
    }

    /** The unit's words for {@code amount}: "1 week", "3 weeks". */
    public String words(long amount) {
        return amount == 1 ? singular : plural;
    }

    /** Every spelling a script may use, for did-you-mean hints. */
    public static List<String> spellings() {
        return List.of("working day", "working days", "day", "days", "week", "weeks", "month", "months",
                "year", "years");
    }
}
