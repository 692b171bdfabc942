package org.childinneed.dsl;

import java.util.List;
import java.util.Objects;
import org.childinneed.dsl.internal.source.Codes;

/**
 * A machine code a {@link Diagnostic} may carry ({@link Diagnostic#code()}), with what it stands
 * for: the one list of the policy language's codes, for a tool's list of rules (SARIF's
 * {@code tool.driver.rules}, for one). Codes are stable once published; the summaries may be
 * reworded.
 *
 * @param code the code ({@code unknown-event-type}, {@code never-holds} ...)
 * @param summary what it stands for, in one line
 */
public record DiagnosticCode(String code, String summary) {

    public DiagnosticCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(summary, "summary");
    }

    /** Every code the compiler gives, in a fixed order. */
    public static List<DiagnosticCode> all() {
        return Codes.all().stream().map(DiagnosticCode::of).toList();
    }

    /** The code {@code code} with its summary (a code the compiler does not give is summarised as such). */
    public static DiagnosticCode of(String code) {
        return new DiagnosticCode(code, Codes.summary(code).orElse("a problem of code " + code));
    }
}
