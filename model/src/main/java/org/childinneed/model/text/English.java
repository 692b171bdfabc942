package org.childinneed.model.text;

import java.util.Locale;

/** The small rules of English the messages and explanations share, written once. */
public final class English {

    private English() {
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
