package org.childinneed.policies.casefile;

import com.fasterxml.jackson.databind.JsonNode;
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

    private JsonValues() {
    }

    /** A date, or the reason it is not one (as an exception carrying a safe message). */
    /** A time of day, {@code HH:MM} on the 24-hour clock (an event's optional {@code time}). */
    static java.time.LocalTime time(JsonNode node) throws BadValue {
        if (!node.isTextual()) {
            throw new BadValue(CaseFileCodes.WRONG_TYPE, "expected a time of day as HH:MM, found " + JsonKind.of(node));
        }
        String text = node.textValue();
        if (!text.matches("([01][0-9]|2[0-3]):[0-5][0-9]")) {
            throw new BadValue(CaseFileCodes.BAD_VALUE, "expected a time of day as HH:MM on the 24-hour clock (00:00 to 23:59)");
        }
        return java.time.LocalTime.parse(text);
    }

    static LocalDate date(JsonNode node) throws BadValue {
        if (!node.isTextual()) {
            throw new BadValue(CaseFileCodes.WRONG_TYPE, "expected a date as YYYY-MM-DD, found " + JsonKind.of(node));
        }
        try {
            return IsoDates.parse(node.textValue(), FIRST_DATE, LAST_DATE);
        } catch (IllegalArgumentException e) {
            throw new BadValue(CaseFileCodes.DATE_NOT_REAL, e.getMessage());
        }
    }

    /** A whole number, zero or more. */
    static int count(JsonNode node) throws BadValue {
        if (!node.isNumber()) {
            throw new BadValue(CaseFileCodes.WRONG_TYPE, "expected a whole number, found " + JsonKind.of(node));
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new BadValue(CaseFileCodes.WRONG_TYPE, "expected a whole number, found " + (!node.canConvertToInt() ? "a number too large"
                    : node.doubleValue() == Math.rint(node.doubleValue())
                    ? "a number written with a decimal point or an exponent; write it in digits only"
                    : "a fraction"));
        }
        int value = node.intValue();
        if (value < 0) {
            throw new BadValue(CaseFileCodes.BAD_VALUE, "expected zero or more, found " + value);
        }
        return value;
    }

    /** {@code true} or {@code false}. */
    static boolean flag(JsonNode node) throws BadValue {
        if (!node.isBoolean()) {
            throw new BadValue(CaseFileCodes.WRONG_TYPE, "expected true or false, found " + JsonKind.of(node));
        }
        return node.booleanValue();
    }

    /** A string (its content is not repeated in messages). */
    static String text(JsonNode node, String what) throws BadValue {
        if (!node.isTextual()) {
            throw new BadValue(CaseFileCodes.WRONG_TYPE, "expected " + what + " (a string), found " + JsonKind.of(node));
        }
        return node.textValue();
    }

    /** A value that is not what its field needs; the message is safe to show. */
    static final class BadValue extends Exception {
        private static final long serialVersionUID = 1L;

        /** The problem's code ({@link CaseFileCodes}). */
        final String code;

        BadValue(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }
}
