package org.childinneed.policies.cli;

import java.util.List;
import java.util.regex.Pattern;
import org.childinneed.dsl.Diagnostic;

/**
 * The stable machine code of each kind of compiler diagnostic, as {@code lint --format json} and
 * {@code --format sarif} write it ({@code CIN-SYNTAX}, {@code CIN-UNKNOWN-NAME}...). This is the one
 * place a diagnostic's code is derived: the codes are classified from the diagnostic's message
 * until diagnostics carry a code of their own, at which point this returns it.
 *
 * @param id the code, stable across releases
 * @param summary what the code stands for, in one line
 */
record DiagnosticCode(String id, String summary) {

    /** Classifiers in order: the first whose pattern finds the message gives the code. */
    private record Kind(DiagnosticCode code, Pattern message) {
    }

    private static final List<Kind> KINDS = List.of(
            kind("CIN-UNREADABLE", "the script cannot be read: no such file, or not UTF-8 text",
                    "no such policy file|cannot be read as"),
            kind("CIN-LIMIT", "the script exceeds a limit of the language (size, nesting, numbers, durations)",
                    "too large|nested more than|too long: at most|must be at most|too many policies|must be between"),
            kind("CIN-SYNTAX", "the script does not follow the grammar",
                    "^unexpected |^missing |no closing quote|the script is empty"),
            kind("CIN-UNKNOWN-NAME", "an unknown event type, attribute, code, unit, kind, rule or policy",
                    "^unknown |has no attribute|there is no (rule|policy)|the script found for|does not look like"),
            kind("CIN-DUPLICATE", "something written twice or defined twice",
                    "twice|is already|has one |at most one|write one "),
            kind("CIN-MISSING", "a required part is missing",
                    "has no |needs a|is empty"),
            kind("CIN-TYPE", "a value of the wrong kind for where it is used",
                    "wrong type|is not a (date|number)|is a finding kind|is an obligation kind|counted in the unit"),
            kind("CIN-NEVER-APPLIES", "a condition, window or extension that can never hold",
                    "can never|never opens|always holds"),
            kind("CIN-REPORT-LIMIT", "further problems were not reported",
                    "further problems? (is|are) not reported"));

    /** Any diagnostic no classifier knows: the script uses the language in a way it does not allow. */
    static final DiagnosticCode STRUCTURE = new DiagnosticCode("CIN-STRUCTURE",
            "a part of the script in a place or combination the language does not allow");

    /** Every code, in a fixed order, for a tool's list of rules. */
    static List<DiagnosticCode> all() {
        return java.util.stream.Stream.concat(KINDS.stream().map(Kind::code), java.util.stream.Stream.of(STRUCTURE))
                .toList();
    }

    /** The code of {@code diagnostic}. */
    static DiagnosticCode of(Diagnostic diagnostic) {
        for (Kind kind : KINDS) {
            if (kind.message().matcher(diagnostic.message()).find()) {
                return kind.code();
            }
        }
        return STRUCTURE;
    }

    private static Kind kind(String id, String summary, String regex) {
        return new Kind(new DiagnosticCode(id, summary), Pattern.compile(regex));
    }
}
