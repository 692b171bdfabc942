package org.childinneed.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * For the author (issue 12): "Every 'unknown X' diagnostic lists the known ones (or the closest
 * few); a missing article ({@code if assessment-completed with ...}) gets a hint that says so; a
 * misplaced word does not produce a second knock-on error."
 */
class AuthorHintsTest {

    private static final String RULE = "policy t \"T\" version \"1\" source \"t.txt\"\nrule T-01 \"x\"\n  cite \"s\"\n";
    private static final String OBLIGATION = RULE + "  obligation initial-meeting\n    when assessment-started\n"
            + "    due within 20 working days\n    met by meeting\n";

    private static Diagnostic onlyError(String script) {
        Compilation compilation = Scripts.compile(script);
        List<Diagnostic> errors = compilation.diagnostics();
        assertEquals(1, errors.size(), compilation::render);
        return errors.get(0);
    }

    @Test
    void aMissingArticleIsOneErrorWhoseHintSaysSo() {
        Diagnostic error = onlyError(OBLIGATION + "    if assessment-completed with outcome in-need\n");
        assertEquals("syntax-error", error.code());
        assertEquals(Optional.of("a condition about another event starts with 'a', 'an' or 'no': write 'if an"
                + " assessment-completed ...'"), error.hint());
        Diagnostic inUnless = onlyError(OBLIGATION + "    unless a visit or meeting with meeting review\n");
        assertEquals(Optional.of("a condition about another event starts with 'a', 'an' or 'no': write 'or a meeting ...'"),
                inUnless.hint());
    }

    @Test
    void anUnknownEventTypeWithNoCloseOneListsTheKnownOnesAndHowToDeclareOne() {
        Diagnostic error = onlyError(OBLIGATION.replace("met by meeting", "met by family-group-conference"));
        assertEquals("unknown-event-type", error.code());
        String hint = error.hint().orElseThrow();
        assertTrue(hint.startsWith("the event types: referral, referral-decided, "), hint);
        assertTrue(hint.endsWith("; or declare one: 'event family-group-conference \"...\"'"), hint);
    }

    @Test
    void unknownKindsWithNoCloseOneListTheKnownOnes() {
        Diagnostic obligation = onlyError(OBLIGATION.replace("initial-meeting", "safeguarding-plan"));
        assertTrue(obligation.hint().orElseThrow().startsWith("the obligation kinds: initial-meeting, transfer-in-meeting, "),
                obligation::toString);
        Diagnostic finding = onlyError(RULE + "  finding late-everything\n    for each meeting\n");
        assertTrue(finding.hint().orElseThrow().startsWith("the finding kinds: chair-not-permitted, "), finding::toString);
        assertTrue(finding.hint().orElseThrow().endsWith("; or declare one: 'finding kind late-everything \"...\"'"),
                finding::toString);
    }

    @Test
    void aCloseNameIsOfferedAloneAndAMisspeltCodeStillNamesTheClosest() {
        assertEquals(Optional.of("did you mean 'assessment-completed'?"),
                onlyError(OBLIGATION.replace("met by meeting", "met by assesment-completed")).hint());
        assertEquals(Optional.of("did you mean 'team-manager'?"),
                onlyError(OBLIGATION + "    unless a meeting with chair team-manger\n").hint());
    }
}
