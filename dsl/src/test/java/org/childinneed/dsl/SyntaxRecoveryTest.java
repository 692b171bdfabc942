package org.childinneed.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A syntax error in one clause of a rule hides none of the rule's other errors: each clause line is
 * read and checked on its own, and the clause left out is not reported again as missing.
 */
class SyntaxRecoveryTest {

    private static final String HEAD = "policy t \"T\"\n  version \"1\"\n  source \"t.txt\"\n";
    private static final String OBLIGATION = "rule T-01 \"x\"\n  cite \"s\"\n  obligation initial-meeting\n";

    @Test
    void aMisplacedWordThenAnUnknownEventTypeTwoLinesLater() {
        assertReported(HEAD + OBLIGATION
                + "    when assessment-completed with outcome in-need soon\n"
                + "    due within 10 working days\n"
                + "    met by meting with meeting initial\n",
                "7:52 unexpected 'soon'", "9:12 unknown event type 'meting'");
    }

    @Test
    void aBrokenDueClauseIsNotAlsoReportedMissing() {
        assertReported(HEAD + OBLIGATION
                + "    when assessment-completed with outcome in-need\n"
                + "    due in 10 working days\n"
                + "    met by meting with meeting initial\n",
                "8:9 unexpected 'in'", "9:12 unknown event type 'meting'");
    }

    @Test
    void aBrokenTriggerIsNotAlsoReportedMissing() {
        assertReported(HEAD + OBLIGATION
                + "    when [assessment-completed]\n"
                + "    due within 10 wrking days\n"
                + "    met by meeting with meeting initial\n",
                "7:10 unexpected '['", "8:19 unknown unit 'wrking days'");
    }

    @Test
    void aBrokenFindingClauseLeavesTheOthersChecked() {
        assertReported(HEAD + "rule T-01 \"x\"\n  cite \"s\"\n  finding chair-not-permitted\n"
                + "    for each meeting with meeting initial initial\n"
                + "    unless a meting\n",
                "7:43 unexpected 'initial'", "8:14 unknown event type 'meting'");
    }

    @Test
    void aBrokenCitationIsNotAlsoReportedMissing() {
        assertReported(HEAD + "rule T-01 \"x\"\n  cite s\n  finding chair-not-permitted\n"
                + "    for each meting\n",
                "6:3 missing a quoted text before 'finding'", "7:14 unknown event type 'meting'");
    }

    private static void assertReported(String script, String... expected) {
        Compilation compilation = Scripts.compile(script);
        List<String> found = compilation.diagnostics().stream()
                .map(d -> d.line() + ":" + d.column() + " " + d.message()).toList();
        assertEquals(List.of(expected), found, compilation::render);
    }
}
