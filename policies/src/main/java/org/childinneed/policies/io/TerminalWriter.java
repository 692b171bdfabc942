package org.childinneed.policies.io;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Set;
import org.childinneed.model.text.Printable;

/**
 * A writer for text a terminal shows: every control, bidirectional or invisible character and lone
 * surrogate is written escaped ({@code \}{@code u001B}), newlines and tabs excepted, and so are
 * escape sequences, except the few colour codes cin itself paints with ({@link #COLOURS}). Nothing
 * written through it can move the cursor, erase a line, retitle the window or hide text.
 */
public final class TerminalWriter extends FilterWriter {

    /** The SGR parameters cin paints with: reset, bold, dim, red, green, yellow, cyan. */
    static final Set<String> COLOURS = Set.of("0", "1", "2", "31", "32", "33", "36");
    private static final char ESC = '\u001b';
    private static final int LONGEST_COLOUR = "\u001b[36m".length();

    /** A pending escape sequence or high surrogate, held until the next character says what it is. */
    private final StringBuilder pending = new StringBuilder();

    private TerminalWriter(Writer out) {
        super(out);
    }

    /** {@code out}, escaping what a terminal would act on; flushes on {@code println} as {@code out} did not. */
    public static PrintWriter wrap(Writer out) {
        return new PrintWriter(new TerminalWriter(out), true);
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (!pending.isEmpty()) {
            if (Character.isHighSurrogate(pending.charAt(0))) {
                char high = pending.charAt(0);
                pending.setLength(0);
                if (Character.isLowSurrogate(ch)) {
                    emit(Character.toCodePoint(high, ch));
                    return;
                }
                escape(high);
            } else {
                pending.append(ch);
                if (!sequenceMayContinue()) {
                    flushPending();
                }
                return;
            }
        }
        if (ch == ESC) {
            pending.append(ch);
        } else if (Character.isHighSurrogate(ch)) {
            pending.append(ch);
        } else {
            emit(ch);
        }
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        write(new String(buffer, offset, length), 0, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        int end = offset + length;
        int i = offset;
        while (i < end) {
            int run = i;
            while (pending.isEmpty() && run < end && plain(text.charAt(run))) {
                run++;
            }
            if (run > i) {
                out.write(text, i, run - i);
                i = run;
            } else {
                write(text.charAt(i++));
            }
        }
    }

    /** A character that is shown as it is, whatever comes before or after it. */
    private static boolean plain(char c) {
        return c >= 0x20 && c < 0x7F || c == '\n' || c == '\t'
                || c >= 0xA0 && !Character.isSurrogate(c) && !Printable.isHazard(c);
    }

    @Override
    public void flush() throws IOException {
        if (!pending.isEmpty() && !Character.isHighSurrogate(pending.charAt(0)) && !sequenceMayContinue()) {
            flushPending();
        }
        super.flush();
    }

    @Override
    public void close() throws IOException {
        String held = pending.toString();
        pending.setLength(0);
        for (char c : held.toCharArray()) {
            escapeOrEmit(c);
        }
        super.close();
    }

    /** Whether the pending {@code ESC [ digits} may yet become one of cin's colour codes. */
    private boolean sequenceMayContinue() {
        if (pending.length() > LONGEST_COLOUR) {
            return false;
        }
        if (pending.length() >= 2 && pending.charAt(1) != '[') {
            return false;
        }
        for (int i = 2; i < pending.length(); i++) {
            char c = pending.charAt(i);
            if (c == 'm') {
                return false;
            }
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Writes the pending sequence: as it is when it is one of cin's colours, else escaped. */
    private void flushPending() throws IOException {
        String held = pending.toString();
        pending.setLength(0);
        if (held.length() > 3 && held.charAt(1) == '[' && held.endsWith("m")
                && COLOURS.contains(held.substring(2, held.length() - 1))) {
            out.write(held);
            return;
        }
        escape(held.charAt(0));
        for (int i = 1; i < held.length(); i++) {
            write(held.charAt(i));
        }
    }

    private void escapeOrEmit(char c) throws IOException {
        if (Printable.isHazard(c) && c != '\n' && c != '\t') {
            escape(c);
        } else {
            out.write(c);
        }
    }

    private void emit(int codePoint) throws IOException {
        if (Printable.isHazard(codePoint) && codePoint != '\n' && codePoint != '\t') {
            StringBuilder escaped = new StringBuilder();
            Printable.appendEscaped(escaped, codePoint);
            out.write(escaped.toString());
        } else {
            out.write(Character.toChars(codePoint));
        }
    }

    private void escape(char c) throws IOException {
        StringBuilder escaped = new StringBuilder();
        Printable.appendEscaped(escaped, c);
        out.write(escaped.toString());
    }
}
