package org.childinneed.dsl.internal.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names quoted in diagnostics, kept short: a quoted name longer than {@link #MAX_QUOTED} characters
 * (a 900,000-character rule name, say) is shown as its start, an ellipsis and its length.
 */
final class Quoted {

    /** The most characters of a quoted name a diagnostic repeats. */
    static final int MAX_QUOTED = 60;
    private static final Pattern LONG_QUOTE = Pattern.compile("'([^'\\s]{" + (MAX_QUOTED + 1) + ",})'");

    private Quoted() {
    }

    /** {@code message} with every quoted name longer than {@link #MAX_QUOTED} cut. */
    static String capped(String message) {
        if (message.length() <= MAX_QUOTED) {
            return message;
        }
        Matcher m = LONG_QUOTE.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            m.appendReplacement(out, Matcher.quoteReplacement("'" + name.substring(0, MAX_QUOTED - 20) + "…' ("
                    + name.length() + " characters)"));
        }
        m.appendTail(out);
        return out.toString();
    }
}
