package org.childinneed.dsl;

import org.childinneed.model.problem.Severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
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
                    "use 'meeting' as it is, give the new type a name of its own, or add attributes to it with 'event meeting'"
                            + " and 'attribute' lines, without a description"),
            fault("a national attribute added again", HEAD + "event visit\n  attribute childNotSeen flag\n", "shadows-national", 5, 13,
                    "'childNotSeen' is a national attribute of 'visit'; a policy cannot declare it again",
                    "use 'childNotSeen' as it is, or give the new attribute a name of its own"),
            fault("an attribute added twice to a national type", HEAD + "event visit\n  attribute seen flag\n"
                    + "event visit\n  attribute seen date\n", "declared-twice", 7, 13,
                    "attribute 'seen' is already declared on 'visit'", null),
            fault("an added attribute misspelt", HEAD + "event visit\n  attribute seen one of [alone, with-others]\n" + FINDING
                    + "    for each visit with sene alone\n", "unknown-attribute", 9, 25,
                    "'visit' events have no attribute 'sene'", "did you mean 'seen'?"),
            fault("an added attribute's code misspelt", HEAD + "event visit\n  attribute seen one of [alone, with-others]\n"
                    + FINDING + "    for each visit with seen alon\n", "unknown-code", 9, 30,
                    "unknown seen 'alon' for 'visit' events", "did you mean 'alone'?"),
            fault("an added attribute of plan-started under 'plan has'", HEAD + "event plan-started\n  attribute frequency number\n"
                    + FINDING + "    for each meeting\n    if plan has frequency at least 2\n", "misplaced-clause", 10, 17,
                    "'plan has' reads the national attributes of 'plan-started'; 'frequency' is one this policy adds",
                    "test it on the event: 'a plan-started with frequency ...'"),
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
                    "'family-network-meeting' events do not refer to other events", null),
            fault("a kind declared with another word", HEAD + "obligation kinds safety-plan\n", "malformed-declaration", 4, 12,
                    "expected 'obligation kind', not 'obligation kinds'", "write 'obligation kind safety-plan'"),
            fault("a national obligation kind declared again", HEAD + "obligation kind initial-meeting\n", "shadows-national",
                    4, 17, "'initial-meeting' is a national obligation kind; a policy cannot declare it again",
                    "use 'initial-meeting' as it is, or give the new kind a name of its own"),
            fault("a national finding kind declared again", HEAD + "finding kind plan-too-long\n", "shadows-national", 4, 14,
                    "'plan-too-long' is a national finding kind; a policy cannot declare it again",
                    "use 'plan-too-long' as it is, or give the new kind a name of its own"),
            fault("a kind declared twice", HEAD + "finding kind late-note\nfinding kind late-note\n", "declared-twice", 5, 14,
                    "finding kind 'late-note' is already declared", null),
            fault("a kind with an empty description", HEAD + "obligation kind safety-plan \"\"\n", "empty-text", 4, 29,
                    "the description of 'safety-plan' is empty", null),
            fault("a kind declared after a rule, with another word", HEAD + "rule T-01 \"x\"\n  cite \"s\"\n"
                    + "  finding chair-not-permitted\n    for each meeting\nfinding sort late-note\n", "malformed-declaration",
                    8, 9, "expected 'finding kind', not 'finding sort'", "write 'finding kind late-note'"),
            fault("a misspelt declared obligation kind", HEAD + "obligation kind safety-plan\nrule T-01 \"x\"\n  cite \"s\"\n"
                    + "  obligation safety-plam\n    when s47-enquiry-started\n    due within 5 days\n    met by plan-updated\n",
                    "unknown-obligation-kind", 7, 14, "unknown obligation kind 'safety-plam'", "did you mean 'safety-plan'?"),
            fault("a declared finding kind written as an obligation", HEAD + "finding kind late-note\nrule T-01 \"x\"\n"
                    + "  cite \"s\"\n  obligation late-note\n    when s47-enquiry-started\n    due within 5 days\n"
                    + "    met by plan-updated\n", "wrong-kind", 7, 14, "'late-note' is a finding kind, not an obligation kind",
                    "write 'finding late-note'"),
            fault("a national role declared again", HEAD + "role team-manager\n", "shadows-national", 4, 6,
                    "'team-manager' is a national role; a policy cannot declare it again",
                    "use 'team-manager' as it is, or give the new role a name of its own"),
            fault("a national plan element declared again", HEAD + "plan element safety-plan\n", "shadows-national", 4, 14,
                    "'safety-plan' is a national plan element; a policy cannot declare it again",
                    "use 'safety-plan' as it is, or give the new plan element a name of its own"),
            fault("a plan element declared with another word", HEAD + "plan elements frequency-of-visits\n",
                    "malformed-declaration", 4, 6, "expected 'plan element', not 'plan elements'",
                    "write 'plan element frequency-of-visits'"),
            fault("a role declared twice", HEAD + "role family-group-coordinator\nrole family-group-coordinator\n",
                    "declared-twice", 5, 6, "role 'family-group-coordinator' is already declared", null),
            fault("a role with an empty description", HEAD + "role family-group-coordinator \"\"\n", "empty-text", 4, 31,
                    "the description of 'family-group-coordinator' is empty", null),
            fault("a misspelt declared role", HEAD + "role family-group-coordinator\n" + FINDING
                    + "    for each meeting\n    unless chair is family-group-cordinator\n", "unknown-code", 9, 21,
                    "unknown chair 'family-group-cordinator' for 'meeting' events", "did you mean 'family-group-coordinator'?"),
            fault("a misspelt declared plan element", HEAD + "plan element frequency-of-visits\n" + FINDING
                    + "    for each plan-updated with elements include [frequency-of-visit]\n", "unknown-code", 8, 50,
                    "unknown elements 'frequency-of-visit' for 'plan-updated' events", "did you mean 'frequency-of-visits'?"),
            fault("an undeclared role", HEAD + FINDING + "    for each meeting\n    unless chair is family-group-coordinator\n",
                    "unknown-code", 8, 21, "unknown chair 'family-group-coordinator' for 'meeting' events",
                    "'chair' is one of: social-worker, senior-social-worker, senior-practitioner, senior-practice-lead,"
                            + " consultant-social-worker, team-manager, group-manager, service-manager, head-of-service,"
                            + " assistant-director, independent-reviewing-officer, conference-chair, family-support-worker; or,"
                            + " if the procedure names a role the national list lacks, declare it: 'role family-group-coordinator"
                            + " \"...\"'"));
    }

    /** Scripts a test script may extend or use. */
    private static final PolicyCompiler COMPILER = PolicyCompiler.create(TestCalendar.WORKING_DAYS, id -> Optional.ofNullable(
            java.util.Map.of(
                    "v", "vocabulary v\n  event home-visit-planned\n",
                    "p", "policy p \"P\" version \"1\" source \"p.txt\"\n",
                    "loop-a", "vocabulary loop-a\n  uses loop-b\n",
                    "loop-b", "vocabulary loop-b\n  uses loop-a\n",
                    "bad", "vocabulary bad\n  event meeting\n",
                    "ruled", "vocabulary ruled\nrule T-01 \"x\"\n  cite \"s\"\n  finding chair-not-permitted\n    for each meeting\n")
            .get(id)).map(text -> new PolicySource(id + ".cin", text)));

    static Stream<Arguments> usesFaults() {
        return Stream.of(
            Arguments.of("no such vocabulary", "  uses nowhere\n", List.of("unknown-vocabulary"), "test.cin", 4, 8,
                    "there is no vocabulary 'nowhere' to use"),
            Arguments.of("a policy used", "  uses p\n", List.of("uses-wrong-script"), "test.cin", 4, 8,
                    "'p' is a policy, not a vocabulary script"),
            Arguments.of("a vocabulary extended", "  extends v\n", List.of("uses-wrong-script"), "test.cin", 4, 11,
                    "'v' is a vocabulary script: a policy uses it, it does not extend it"),
            Arguments.of("vocabularies using one another", "  uses loop-a\n", List.of("uses-cycle"), "loop-b.cin", 2, 8,
                    "vocabulary 'loop-a' uses itself: t uses loop-a uses loop-b uses loop-a"),
            Arguments.of("a vocabulary with errors", "  uses bad\n", List.of("shadows-national", "uses-vocabulary-with-errors"),
                    "test.cin", 4, 8, "vocabulary 'bad', which this script uses, has errors"),
            Arguments.of("a vocabulary holding a rule", "  uses ruled\n",
                    List.of("vocabulary-not-a-policy", "uses-vocabulary-with-errors"), "test.cin", 4, 8,
                    "vocabulary 'ruled', which this script uses, has errors"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("usesFaults")
    void reportsWhatIsWrongWithTheScriptsUsed(String what, String headerLine, List<String> codes, String file, int line,
            int column, String message) {
        Compilation compilation = COMPILER.compile(new PolicySource("test.cin", HEAD + headerLine));
        assertFalse(compilation.succeeded());
        assertEquals(codes, compilation.diagnostics().stream().map(Diagnostic::code).toList(), compilation::render);
        Diagnostic last = compilation.diagnostics().get(codes.size() - 1);
        assertEquals(Severity.ERROR, last.severity());
        assertEquals(file + ":" + line + ":" + column, last.source() + ":" + last.line() + ":" + last.column(), compilation::render);
        assertEquals(message, last.message(), compilation::render);
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
