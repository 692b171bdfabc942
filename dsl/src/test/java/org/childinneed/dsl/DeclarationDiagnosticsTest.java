package org.childinneed.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One faulty declaration (or misuse of a declared name) per case: exactly one error, at the fault,
 * with its stable code, text and hint.
 */
class DeclarationDiagnosticsTest {

    /** Lines 1 to 3; declarations start on line 4. */
    private static final String HEAD = "policy t \"T\"\n  version \"1\"\n  source \"t.txt\"\n";
    private static final String DECLARED = "event family-network-meeting \"a family network meeting\"\n"
            + "  attribute chair role\n  attribute outcome one of [plan-agreed, escalate]\n";
    /** A rule starting on line 7, after {@link #DECLARED}. */
    private static final String FINDING = "rule T-01 \"x\"\n  cite \"s\"\n  finding chair-not-permitted\n";

    static Stream<Arguments> faults() {
        return Stream.of(
            fault("a national type declared again", HEAD + "event meeting \"a meeting\"\n", "shadows-national", 4, 7,
                    "'meeting' is a national event type; a policy cannot declare it again",
                    "use 'meeting' as it is, or give the new type a name of its own"),
            fault("a type declared twice", HEAD + DECLARED + "event family-network-meeting\n", "declared-twice", 7, 7,
                    "event type 'family-network-meeting' is already declared", null),
            fault("an attribute declared twice", HEAD + "event x\n  attribute chair role\n  attribute chair date\n",
                    "declared-twice", 6, 13, "attribute 'chair' is already declared on 'x'", null),
            fault("an unknown kind of attribute", HEAD + "event x\n  attribute held dat\n", "unknown-attribute-kind", 5, 18,
                    "unknown kind of attribute 'dat'", "did you mean 'date'?"),
            fault("a code list without its codes", HEAD + "event x\n  attribute outcome one\n", "wrong-type", 5, 21,
                    "'one' needs its codes: 'one of [...]'", "write 'attribute outcome one of [<code>, ...]'"),
            fault("codes on a kind that takes none", HEAD + "event x\n  attribute held date of [a]\n", "wrong-type", 5, 18,
                    "'date' takes no list of codes", "write 'attribute held one of [<code>, ...]' for a code of your own"),
            fault("an empty code list", HEAD + "event x\n  attribute outcome one of []\n", "never-holds", 5, 3,
                    "the list of codes of 'outcome' is empty", null),
            fault("an empty description", HEAD + "event x \"\"\n", "empty-text", 4, 9,
                    "the description of 'x' is empty", null),
            fault("a misspelt declared type", HEAD + DECLARED + FINDING + "    for each family-network-meting\n",
                    "unknown-event-type", 10, 14, "unknown event type 'family-network-meting'",
                    "did you mean 'family-network-meeting'?"),
            fault("a misspelt declared code", HEAD + DECLARED + FINDING
                    + "    for each family-network-meeting with outcome escalated\n", "unknown-code", 10, 50,
                    "unknown outcome 'escalated' for 'family-network-meeting' events", "did you mean 'escalate'?"),
            fault("a misspelt declared attribute", HEAD + DECLARED + FINDING
                    + "    for each family-network-meeting with outcom escalate\n", "unknown-attribute", 10, 42,
                    "'family-network-meeting' events have no attribute 'outcom'", "did you mean 'outcome'?"),
            fault("a declared role misspelt", HEAD + DECLARED + FINDING
                    + "    for each family-network-meeting\n    unless chair is team-manger\n", "unknown-code", 11, 21,
                    "unknown chair 'team-manger' for 'family-network-meeting' events", "did you mean 'team-manager'?"),
            fault("a declared code list compared as a number", HEAD + DECLARED + FINDING
                    + "    for each family-network-meeting with outcome more than 2\n", "wrong-type", 10, 42,
                    "wrong type: 'outcome' is one code", "write 'outcome <code>' or 'outcome in [<code>, ...]'"),
            fault("referring to it on a declared type with no reference", HEAD + DECLARED
                    + "rule T-01 \"x\"\n  cite \"s\"\n  obligation review-meeting\n    when meeting\n    due at once\n"
                    + "    met by family-network-meeting referring to it\n", "misplaced-clause", 12, 12,
                    "'family-network-meeting' events do not refer to other events", null));
    }

    private static Arguments fault(String what, String script, String code, int line, int column, String message,
            String hint) {
        return Arguments.of(what, script, code, line, column, message, Optional.ofNullable(hint));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void reportsTheFaultWhereItIs(String what, String script, String code, int line, int column, String message,
            Optional<String> hint) {
        Compilation compilation = Scripts.compile(script);
        assertFalse(compilation.succeeded());
        assertEquals(1, compilation.diagnostics().size(), compilation::render);
        Diagnostic d = compilation.diagnostics().get(0);
        assertEquals(Severity.ERROR, d.severity());
        assertEquals(code, d.code(), compilation::render);
        assertEquals(message, d.message(), compilation::render);
        assertEquals(line + ":" + column, d.line() + ":" + d.column(), compilation::render);
        assertEquals(hint, d.hint(), compilation::render);
    }
}
