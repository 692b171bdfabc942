package org.childinneed.policies.casefile;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written {@code YYYY-MM-DD}, read strictly and within a span of years, with the reason when
 * one is not a date: {@code '2027-02-29' is not a real date: February 2027 has 28 days}. The case
 * reader and {@code --as-of} share it.
 */
public final class IsoDates {

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private IsoDates() {
    }

    /**
     * {@code text} as a date from {@code first} to {@code last}.
     *
     * @throws IllegalArgumentException with a message that repeats only {@code text} when it looks like a date
     */
    public static LocalDate parse(String text, LocalDate first, LocalDate last) {
        Matcher m = ISO_DATE.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a date as YYYY-MM-DD");
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("'" + text + "' is not a real date: there is no month " + month);
        }
        YearMonth ym = YearMonth.of(year, month);
        if (day < 1 || day > ym.lengthOfMonth()) {
            throw new IllegalArgumentException("'" + text + "' is not a real date: "
                    + Month.of(month).getDisplayName(TextStyle.FULL, Locale.UK) + " " + year + " has "
                    + ym.lengthOfMonth() + " days");
        }
        LocalDate date = LocalDate.of(year, month, day);
        if (date.isBefore(first) || date.isAfter(last)) {
            throw new IllegalArgumentException("'" + text + "' is outside the supported years " + first.getYear() + " to "
                    + last.getYear());
        }
        return date;
    }
}
