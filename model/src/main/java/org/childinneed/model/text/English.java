package org.childinneed.model.text;

import java.time.LocalDate;
import java.util.Locale;

/** The small rules of English the messages, explanations and reports share, written once. */
public final class English {

    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};
    /** The dates reports name most, formatted once: racy but safe, as strings are immutable. */
    private static final long CACHED_FROM = LocalDate.of(1990, 1, 1).toEpochDay();
    private static final String[] DATES = new String[(int) (LocalDate.of(2100, 12, 31).toEpochDay() - CACHED_FROM + 1)];

    private English() {
    }

    /** A date as people read it in explanations and reports: "Thu 17 Dec 2026". */
    public static String date(LocalDate date) {
        long i = date.toEpochDay() - CACHED_FROM;
        if (i < 0 || i >= DATES.length) {
            return dayMonth(date) + " " + date.getYear();
        }
        String cached = DATES[(int) i];
        if (cached == null) {
            cached = dayMonth(date) + " " + date.getYear();
            DATES[(int) i] = cached;
        }
        return cached;
    }

    /** A date without its year, as a list of dates in one year names it: "Fri 25 Dec". */
    public static String dayMonth(LocalDate date) {
        return DAYS[date.getDayOfWeek().ordinal()] + " " + date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1];
    }

    /** "a" or "an", as {@code word} needs by its first letter: "an assessment", "a meeting". */
    public static String article(String word) {
        return !word.isEmpty() && "aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an" : "a";
    }

    /** "1st", "2nd", "3rd", "11th", "18th", "23rd". */
    public static String ordinal(long n) {
        int lastTwo = (int) Math.abs(n % 100);
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch ((int) Math.abs(n % 10)) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
