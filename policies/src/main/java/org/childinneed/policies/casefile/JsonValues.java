package org.childinneed.policies.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childinneed.policies.internal.json.JsonKind;

/** Reading typed values out of JSON nodes, with messages that never repeat free text. */
final class JsonValues {

    /** Dates a case file may hold: the span the working-day calendar covers. */
    static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
    static final LocalDate LAST_DATE = LocalDate.of(2100, 12, 31);

    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private JsonValues() {
    }

    /** A date, or the reason it is not one (as an exception carrying a safe message). */
    static LocalDate date(JsonNode node) throws BadValue {
        if (!node.isTextual()) {
            throw new BadValue("expected a date as YYYY-MM-DD, found " + JsonKind.of(node));
        }
        String text = node.textValue();
        Matcher m = ISO_DATE.matcher(text);
        if (!m.matches()) {
            throw new BadValue("expected a date as YYYY-MM-DD");
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12) {
            throw new BadValue("'" + text + "' is not a real date: there is no month " + month);
        }
        YearMonth ym = YearMonth.of(year, month);
        if (day < 1 || day > ym.lengthOfMonth()) {
            throw new BadValue("'" + text + "' is not a real date: "
                    + Month.of(month).getDisplayName(TextStyle.FULL, Locale.UK) + " " + year + " has "
                    + ym.lengthOfMonth() + " days");
        }
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new BadValue("'" + text + "' is not a real date");
        }
        if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
            throw new BadValue("'" + text + "' is outside the supported years " + FIRST_DATE.getYear() + " to "
                    + LAST_DATE.getYear());
        }
        return date;
    }

    /** A whole number, zero or more. */
    static int count(JsonNode node) throws BadValue {
        if (!node.isNumber()) {
            throw new BadValue("expected a whole number, found " + JsonKind.of(node));
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new BadValue("expected a whole number, found " + (node.canConvertToInt() ? "a fraction" : "a number too large"));
        }
        int value = node.intValue();
        if (value < 0) {
            throw new BadValue("expected zero or more, found " + value);
        }
        return value;
    }

    /** {@code true} or {@code false}. */
    static boolean flag(JsonNode node) throws BadValue {
        if (!node.isBoolean()) {
            throw new BadValue("expected true or false, found " + JsonKind.of(node));
        }
        return node.booleanValue();
    }

    /** A string (its content is not repeated in messages). */
    static String text(JsonNode node, String what) throws BadValue {
        if (!node.isTextual()) {
            throw new BadValue("expected " + what + " (a string), found " + JsonKind.of(node));
        }
        return node.textValue();
    }

    /** A value that is not what its field needs; the message is safe to show. */
    static final class BadValue extends Exception {
        private static final long serialVersionUID = 1L;

        BadValue(String message) {
            super(message, null, false, false);
        }
    }
}
