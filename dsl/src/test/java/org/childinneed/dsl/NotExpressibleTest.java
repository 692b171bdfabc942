package org.childinneed.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code not expressible <clause>, ... "<reason>"}: a clause the language cannot express yet, apart from out of scope. */
class NotExpressibleTest {

    private static final String HEAD = "policy t \"T\"\n  version \"1\"\n  source \"t.txt\"\n";
    private static final String RULE = "rule T-01 \"x\"\n  cite \"s\"\n  finding chair-not-permitted\n    for each meeting\n";

    @Test
    void clausesNotExpressibleAreKeptApartFromThoseOutOfScope() {
        CompiledPolicy policy = Scripts.policy(HEAD + RULE
                + "\nnot expressible T-02, T-03 \"a deadline in hours\"\n"
                + "\nout of scope T-04 \"the record does not hold it\"\n");
        assertEquals(List.of(new OutOfScope("T-02", "a deadline in hours", true),
                new OutOfScope("T-03", "a deadline in hours", true)), policy.notExpressible());
        assertEquals(List.of(new OutOfScope("T-04", "the record does not hold it")), policy.outOfScope());
    }

    @Test
    void aClauseIsDeclaredOnce() {
        assertOnly(HEAD + RULE + "not expressible T-02 \"hours\"\nnot expressible T-02 \"hours again\"\n",
                "9:17", "clause T-02 is already declared not expressible at line 8");
        assertOnly(HEAD + RULE + "out of scope T-02 \"not recorded\"\nnot expressible T-02 \"hours\"\n",
                "9:17", "clause T-02 is already declared out of scope at line 8");
        assertOnly(HEAD + RULE + "not expressible T-02, T-02 \"hours\"\n",
                "8:23", "clause T-02 is already declared not expressible at line 8");
    }

    @Test
    void aClauseEncodedByARuleIsNotAlsoNotExpressible() {
        assertOnly(HEAD + RULE + "not expressible T-01 \"hours\"\n",
                "8:17", "clause T-01 is already encoded by rule 'T-01' (line 4)");
    }

    @Test
    void aClauseNotExpressibleNeedsAReason() {
        assertOnly(HEAD + RULE + "not expressible T-02 \"  \"\n", "8:22", "a clause not expressible needs a reason");
    }

    @Test
    void theSecondWordIsExpressible() {
        assertOnly(HEAD + RULE + "not expressable T-02 \"hours\"\n", "8:5", "expected 'not expressible', not 'not expressable'");
    }

    @Test
    void aFlagFilterEndingARuleIsNotTakenForTheDeclaration() {
        CompiledPolicy policy = Scripts.policy(HEAD + "rule T-01 \"x\"\n  cite \"s\"\n  finding chair-not-permitted\n"
                + "    for each plan-started\n    unless complexPackage\nnot expressible T-02 \"hours\"\n");
        assertEquals(List.of("T-02"), policy.notExpressible().stream().map(OutOfScope::clause).toList());
    }

    private static void assertOnly(String script, String at, String message) {
        Compilation compilation = Scripts.compile(script);
        assertFalse(compilation.succeeded());
        assertEquals(1, compilation.diagnostics().size(), compilation::render);
        Diagnostic d = compilation.diagnostics().get(0);
        assertEquals(message, d.message(), compilation::render);
        assertEquals(at, d.line() + ":" + d.column(), compilation::render);
    }
}
