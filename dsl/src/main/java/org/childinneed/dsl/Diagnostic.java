package org.childinneed.dsl;

import org.childinneed.model.problem.Severity;
import java.util.Objects;
import org.childinneed.model.text.Printable;
import java.util.Optional;
import org.childinneed.dsl.internal.source.Codes;
import org.childinneed.dsl.internal.source.Found;
import org.childinneed.model.problem.Location;
import org.childinneed.model.problem.Problem;

/**
 * A problem found in a policy script, compiler-style: where it is, the source line, and what is
 * wrong in plain words, with a hint such as a did-you-mean where there is one.
 *
 * @param code the stable machine code ({@code unknown-event-type}, {@code never-holds} ...)
 * @param severity error or warning
 * @param source the script's name ({@code kent.cin})
 * @param line the line, from 1
 * @param column the column, from 1
 * @param length how many characters the fault spans (at least 1)
 * @param message what is wrong
 * @param hint what may fix it
 * @param sourceLine the text of the line at fault, without its line ending
 */
public record Diagnostic(String code, Severity severity, String source, int line, int column, int length, String message,
        Optional<String> hint, String sourceLine) {

    /** The most characters of the source line {@link #render()} shows. */
    private static final int MAX_SHOWN = 160;

    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(hint, "hint");
        Objects.requireNonNull(sourceLine, "sourceLine");
        line = Math.max(1, line);
        column = Math.max(1, column);
        length = Math.max(1, length);
    }

    /**
     * The diagnostic as a compiler prints it:
     * <pre>
     * kent.cin:12:5: error: message
     *    12 | source line
     *       |     ^^^^
     *    hint: did you mean 'team-manager'?
     * </pre>
     */
    public String render() {
        String number = String.valueOf(line);
        String gutter = " ".repeat(Math.max(0, 5 - number.length()));
        String blank = " ".repeat(Math.max(5, number.length()));
        StringBuilder out = new StringBuilder();
        out.append(Printable.inline(source)).append(':').append(line).append(':').append(column).append(": ")
                .append(severity.label()).append(": ").append(Printable.inline(message)).append('\n');
        // A line longer than MAX_SHOWN is shown as the stretch around the column, cut with '…'.
        int from = sourceLine.length() <= MAX_SHOWN ? 0 : Math.max(0, Math.min(column - 1 - MAX_SHOWN / 2,
                sourceLine.length() - MAX_SHOWN));
        int to = Math.min(sourceLine.length(), from + MAX_SHOWN);
        String shown = (from > 0 ? "…" : "") + sourceLine.substring(from, to) + (to < sourceLine.length() ? "…" : "");
        int caretColumn = column - from + (from > 0 ? 1 : 0);
        // Control and invisible characters are shown escaped; the caret moves right by what escaping added.
        caretColumn = Printable.lines(shown.substring(0, Math.min(shown.length(), Math.max(0, caretColumn - 1)))).length() + 1;
        shown = Printable.lines(shown);
        out.append(gutter).append(number).append(" | ").append(shown).append('\n');
        int visible = Math.max(1, Math.min(length, Math.max(1, to - column + 1)));
        out.append(blank).append(" | ").append(caretPadding(shown, caretColumn)).append("^".repeat(visible));
        hint.ifPresent(h -> out.append("\n   hint: ").append(Printable.inline(h)));
        return out.toString();
    }

    /** Spaces up to the column, keeping tabs so the caret lines up under the source. */
    private static String caretPadding(String shown, int caretColumn) {
        StringBuilder pad = new StringBuilder();
        for (int i = 0; i < caretColumn - 1; i++) {
            pad.append(i < shown.length() && shown.charAt(i) == '\t' ? '\t' : ' ');
        }
        return pad.toString();
    }

    /** The diagnostic of a problem found in a script. */
    static Diagnostic of(Found found) {
        Problem p = found.problem();
        return new Diagnostic(p.code(), p.severity(), p.location().file().orElse(""),
                p.location().line(), p.location().column(), found.length(), p.message(), p.hint(), found.sourceLine());
    }

    /**
     * The one error of a script that cannot be read at all (no such file, not UTF-8 text), at its
     * first line, with the code {@code script-unreadable}.
     */
    public static Diagnostic unreadable(String script, String message) {
        return new Diagnostic(Codes.SCRIPT_UNREADABLE, Severity.ERROR, script, 1, 1, 1, message, Optional.empty(), "");
    }

    /** This diagnostic as the one problem type every reader reports. */
    public Problem problem() {
        return new Problem(code, severity == Severity.ERROR ? org.childinneed.model.problem.Severity.ERROR
                : org.childinneed.model.problem.Severity.WARNING, Location.inSource(source, line, column), message, hint);
    }

    @Override
    public String toString() {
        return source + ":" + line + ":" + column + ": " + severity.label() + ": " + message;
    }
}
