package org.childinneed.model.text;

import java.util.OptionalInt;

/**
 * Characters a terminal would act on or a reader would not see: C0 and C1 control characters
 * (ESC, CR, BS, BEL, DEL...), Unicode format characters (bidirectional controls such as U+202E and
 * U+2066, zero-width characters, the byte-order mark), line and paragraph separators, and lone
 * surrogates. Text shown to people has them escaped as {@code \}{@code uXXXX}, which reads the same
 * as a JSON string escape, so escaping JSON output changes nothing it means.
 */
public final class Printable {

    private Printable() {
    }

    /** Whether {@code codePoint} is a hazard in text shown to people (newlines and tabs included). */
    public static boolean isHazard(int codePoint) {
        if (Character.isISOControl(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE;
    }

    /** The first hazard in {@code text} (a newline or tab included), if any. */
    public static OptionalInt firstHazard(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isHazard(cp)) {
                return OptionalInt.of(cp);
            }
            i += Character.charCount(cp);
        }
        return OptionalInt.empty();
    }

    /** {@code codePoint} as Unicode names it: {@code U+001B}. */
    public static String name(int codePoint) {
        return String.format("U+%04X", codePoint);
    }

    /** {@code text} on one line: every hazard, newlines and tabs included, escaped. */
    public static String inline(String text) {
        return escape(text, false);
    }

    /** {@code text} keeping its lines and tabs: every other hazard escaped. */
    public static String lines(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean keepLines) {
        if (clean(text, keepLines)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isHazard(cp) && !(keepLines && (cp == '\n' || cp == '\t'))) {
                appendEscaped(out, cp);
            } else {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static boolean clean(String text, boolean keepLines) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7F) {
                if (keepLines && (c == '\n' || c == '\t')) {
                    continue;
                }
                if (c < 0x20 || c < 0xA0 || isHazard(c) || Character.isSurrogate(c)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Appends {@code codePoint} escaped: {@code \}{@code u001B}; beyond the BMP as its two UTF-16 units. */
    public static void appendEscaped(StringBuilder out, int codePoint) {
        for (char unit : Character.toChars(codePoint)) {
            out.append("\\u").append(String.format("%04X", (int) unit));
        }
    }
}
