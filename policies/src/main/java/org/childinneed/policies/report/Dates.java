package org.childinneed.policies.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as people read them in reports: {@code Thu 17 Dec 2026}. */
final class Dates {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEE d MMM uuuu", Locale.ENGLISH);

    private Dates() {
    }

    static String human(LocalDate date) {
        return LONG.format(date);
    }

    /** "1 day" or "12 days". */
    static String days(long n) {
        return n + (n == 1 ? " day" : " days");
    }
}
