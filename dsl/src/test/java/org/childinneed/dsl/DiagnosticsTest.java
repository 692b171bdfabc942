package org.childinneed.dsl;

import org.childinneed.model.problem.Severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * One failing script per diagnostic: each gives exactly one diagnostic, at the line and column of
 * the fault, with this text and hint.
 */
class DiagnosticsTest {

    /** Lines 1 to 3; a body starts on line 4. */
    private static final String HEAD = "policy t \"T\"\n  version \"1\"\n  source \"t.txt\"\n";

    private static final String OBLIGATION = "rule T-01 \"x\"\n  cite \"s\"\n  obligation initial-meeting\n";
    private static final String FINDING = "rule T-01 \"x\"\n  cite \"s\"\n  finding chair-not-permitted\n";

    static Stream<Arguments> faults() {
        return Stream.of(
            fault("unknown event type", HEAD + OBLIGATION
                    + "    when assesment-completed\n    due within 10 working days\n    met by meeting\n",
                    7, 10, "unknown event type 'assesment-completed'", "did you mean 'assessment-completed'?"),
            fault("unknown attribute", HEAD + FINDING + "    for each meeting with chiar team-manager\n",
                    7, 27, "'meeting' events have no attribute 'chiar'", "did you mean 'chair'?"),
            fault("unknown role", HEAD + FINDING + "    for each meeting\n    unless chair is team-manger\n",
                    8, 21, "unknown chair 'team-manger' for 'meeting' events", "did you mean 'team-manager'?"),
            fault("unknown outcome", HEAD + OBLIGATION
                    + "    when assessment-completed with outcome in-ned\n    due within 10 working days\n"
                    + "    met by meeting\n",
                    7, 44, "unknown outcome 'in-ned' for 'assessment-completed' events", "did you mean 'in-need'?"),
            fault("unknown unit", HEAD + OBLIGATION
                    + "    when assessment-completed\n    due within 10 wrking days\n    met by meeting\n",
                    8, 19, "unknown unit 'wrking days'", "did you mean 'working days'?"),
            fault("unknown obligation kind", HEAD + "rule T-01 \"x\"\n  cite \"s\"\n  obligation initial-meting\n"
                    + "    when meeting\n    due at once\n    met by meeting\n",
                    6, 14, "unknown obligation kind 'initial-meting'", "did you mean 'initial-meeting'?"),
            fault("finding kind as an obligation", HEAD + "rule T-01 \"x\"\n  cite \"s\"\n"
                    + "  obligation chair-not-permitted\n    when meeting\n    due at once\n    met by meeting\n",
                    6, 14, "'chair-not-permitted' is a finding kind, not an obligation kind",
                    "write 'finding chair-not-permitted'"),
            fault("unknown finding kind", HEAD + "rule T-01 \"x\"\n  cite \"s\"\n  finding chair-not-permited\n"
                    + "    for each meeting\n",
                    6, 11, "unknown finding kind 'chair-not-permited'", "did you mean 'chair-not-permitted'?"),
            fault("wrong type: a code compared", HEAD + FINDING + "    for each meeting\n    if chair more than 2\n",
                    8, 8, "wrong type: 'chair' is one code", "write 'chair <code>' or 'chair in [<code>, ...]'"),
            fault("wrong type: a flag given a value", HEAD + FINDING
                    + "    for each plan-started with complexPackage yes\n",
                    7, 32, "wrong type: 'complexPackage' is yes or no",
                    "write 'complexPackage' or 'not complexPackage'"),
            fault("wrong type: counted from a code", HEAD + OBLIGATION
                    + "    when meeting counted from chair\n    due at once\n    met by meeting\n",
                    7, 31, "'chair' is not a date, so it cannot be counted from", null),
            fault("wrong units: an extension in another unit", HEAD + "rule T-01 \"x\"\n  cite \"s\"\n"
                    + "  obligation assessment\n    when assessment-started\n    due within 20 working days\n"
                    + "    met by assessment-completed\n    extended to 9 weeks when assessment-extended\n",
                    10, 19, "an extension is counted in the unit of the deadline it extends: working days", null),
            fault("duplicate rule name", HEAD + FINDING + "    for each meeting\n"
                    + "rule T-01 \"y\"\n  clause T-02\n  cite \"s\"\n  finding chair-not-permitted\n    for each meeting\n",
                    8, 6, "rule 'T-01' is written twice; the first is at line 4", "give each rule its own name"),
            fault("duplicate clause id", HEAD + FINDING + "    for each meeting\n"
                    + "rule T-02 \"y\"\n  clause T-01\n  cite \"s\"\n  finding chair-not-permitted\n    for each meeting\n",
                    9, 10, "clause T-01 is already encoded by rule 'T-01' (line 4)", null),
            fault("clause both encoded and out of scope", HEAD + FINDING + "    for each meeting\n"
                    + "out of scope T-01 \"cannot be seen\"\n",
                    8, 14, "clause T-01 is already encoded by rule 'T-01' (line 4)", null),
            fault("override of a missing rule", "policy t \"T\"\n  version \"1\"\n  source \"t.txt\"\n"
                    + "  extends working-together\noverride rule WT-07 \"x\"\n  cite \"s\"\n"
                    + "  finding chair-not-permitted\n    for each meeting\n",
                    5, 15, "there is no rule 'WT-07' in working-together to override", "did you mean 'WT-01'?"),
            fault("override with nothing to extend", HEAD + "override rule T-01 \"x\"\n  cite \"s\"\n"
                    + "  finding chair-not-permitted\n    for each meeting\n",
                    4, 10, "'override' replaces a rule of the policy this one extends, but this policy extends none",
                    "add 'extends <policy>' to the header, or remove 'override'"),
            fault("an inherited rule written again", HEAD + "  extends working-together\nrule WT-01 \"x\"\n"
                    + "  cite \"s\"\n  finding chair-not-permitted\n    for each meeting\n",
                    5, 6, "rule 'WT-01' is already defined by working-together",
                    "write 'override rule WT-01' to replace it"),
            fault("extends an unknown policy", HEAD + "  extends working-togther\n",
                    4, 11, "there is no policy 'working-togther' to extend", null),
            fault("a pattern that can never match", HEAD + FINDING
                    + "    for each meeting with meeting initial, meeting review\n",
                    7, 44, "this can never hold: meeting cannot be initial and review at once", null),
            fault("a condition that can never hold", HEAD + FINDING
                    + "    for each meeting\n    if child is disabled and child is not disabled\n",
                    8, 30, "this condition can never hold: whether the child is disabled cannot be both yes and no",
                    null),
            fault("a rule that can never apply", HEAD + FINDING
                    + "    for each meeting\n    if chair is team-manager\n    unless chair in [team-manager]\n",
                    9, 12, "this 'unless' always holds where the 'if' does, so the rule can never apply: chair cannot"
                    + " be team-manager and not team-manager at once", null),
            fault("a window that never opens", HEAD + OBLIGATION
                    + "    when plan-started\n    due between 8 and 6 weeks\n    met by meeting\n",
                    8, 9, "this window never opens: it must open before it closes", null),
            fault("an extension that can never apply", HEAD + "rule T-01 \"x\"\n  cite \"s\"\n"
                    + "  obligation assessment\n    when assessment-started\n    due within 20 working days\n"
                    + "    met by assessment-completed\n    extended to 10 working days when assessment-extended\n",
                    10, 17, "this extension can never apply: 10 working days is not longer than the deadline,"
                    + " 20 working days", null),
            fault("an empty list", HEAD + FINDING + "    for each meeting with meeting in []\n",
                    7, 27, "this can never hold: the list is empty", null),
            fault("no citation", HEAD + "rule T-01 \"x\"\n  finding chair-not-permitted\n    for each meeting\n",
                    4, 6, "rule 'T-01' has no citation", "add cite \"<section of the source document>\""),
            fault("two citations", HEAD + "rule T-01 \"x\"\n  cite \"a\"\n  cite \"b\"\n"
                    + "  finding chair-not-permitted\n    for each meeting\n",
                    6, 8, "rule 'T-01' has more than one citation", null),
            fault("no version", "policy t \"T\"\n  source \"t.txt\"\n",
                    1, 8, "the policy has no version", "add version \"2023\" to its header"),
            fault("a rule with nothing in it", HEAD + "rule T-01 \"x\"\n  cite \"s\"\n",
                    4, 6, "rule 'T-01' has no obligation or finding", null),
            fault("no trigger", HEAD + OBLIGATION + "    due within 3 weeks\n    met by meeting\n",
                    6, 14, "obligation 'initial-meeting' has no trigger",
                    "add 'when <event>' or 'every <period> from <event>'"),
            fault("two triggers", HEAD + OBLIGATION
                    + "    when meeting\n    when visit\n    due at once\n    met by meeting\n",
                    8, 5, "an obligation has one trigger", "join alternative events with 'or'"),
            fault("no due date", HEAD + OBLIGATION + "    when meeting\n    met by meeting\n",
                    6, 14, "obligation 'initial-meeting' has no 'due' clause",
                    "add 'due within <duration>' or 'due at once'"),
            fault("a due date beside every", HEAD + "rule T-01 \"x\"\n  cite \"s\"\n  obligation visit\n"
                    + "    every 4 weeks from plan-started\n    due within 3 weeks\n    met by visit\n",
                    8, 9, "'every' already says when it falls due; remove this 'due'", null),
            fault("a step after a repeat", HEAD + "rule T-01 \"x\"\n  cite \"s\"\n  obligation review-meeting\n"
                    + "    when plan-started\n    due within 3 months\n    then every 6 months\n"
                    + "    then within 1 month\n    met by meeting\n",
                    10, 5, "nothing can follow 'then every', which repeats for as long as the plan lasts",
                    "move this step before the 'then every', or remove it"),
            fault("no met by", HEAD + OBLIGATION + "    when meeting\n    due at once\n",
                    6, 14, "obligation 'initial-meeting' has no 'met by' clause", "add 'met by <event>'"),
            fault("an extension of a recurring obligation", HEAD + "rule T-01 \"x\"\n  cite \"s\"\n"
                    + "  obligation visit\n    every 4 weeks from plan-started\n    met by visit\n"
                    + "    extended to 6 weeks when management-decision\n",
                    9, 5, "only a one-off obligation can be extended; this one recurs", null),
            fault("referring to it with nothing in hand", HEAD + FINDING + "    for each case-note referring to it\n",
                    7, 14, "'referring to it' needs an event in hand to refer to, and here there is none", null),
            fault("referring to it from an event that refers to nothing", HEAD + OBLIGATION
                    + "    when meeting\n    due at once\n    met by visit referring to it\n",
                    9, 12, "'visit' events do not refer to other events", null),
            fault("a finding with nothing to look at", HEAD + FINDING + "    unless chair is team-manager\n",
                    6, 11, "finding 'chair-not-permitted' has no 'for each' clause",
                    "add 'for each <event>' or 'for each plan open longer than <duration>'"),
            fault("two ifs", HEAD + FINDING + "    for each meeting\n    if chair is team-manager\n"
                    + "    if outcome continue\n",
                    9, 8, "write one 'if' and join the conditions with 'and'", null),
            fault("a duration too long", HEAD + OBLIGATION + "    when meeting\n    due within 99999 days\n"
                    + "    met by meeting\n",
                    8, 16, "the duration is too long: at most 36525 days (a hundred years)", null),
            fault("an age too large", HEAD + FINDING + "    for each meeting\n    if child aged over 999\n",
                    8, 24, "an age must be at most 120", null),
            fault("a repeat of zero", HEAD + "rule T-01 \"x\"\n  cite \"s\"\n  obligation visit\n"
                    + "    every 0 weeks from plan-started\n    met by visit\n",
                    7, 11, "a repeat needs a period of at least 1", null),
            fault("a word of the language that is no code of the list's attribute", HEAD
                    + "rule T-01 \"x\"\n  cite \"s\"\n  finding closure-record-incomplete\n    for each plan-ended\n"
                    + "    unless views include [child, disabled]\n",
                    8, 34, "unknown views 'disabled' for 'plan-ended' events",
                    "'views' is one of: child, parents, professionals"),
            fault("a code missing after 'is'", HEAD + FINDING + "    for each meeting\n    unless chair is\n"
                    + "rule T-02 \"y\"\n  cite \"s\"\n  finding chair-not-permitted\n    for each meeting\n",
                    9, 1, "unexpected 'rule'", "expected a code"),
            fault("a span from the plan's start misworded", HEAD + FINDING + "    for each meeting\n"
                    + "    unless a management-decision within 12 weeks after the plan begun\n",
                    8, 65, "unexpected 'begun'", "expected 'started'"),
            fault("a fixed point not after the occurrence before it", HEAD + "rule T-01 \"x\"\n  cite \"s\"\n"
                    + "  obligation review-meeting\n    when plan-started\n    due within 12 weeks\n"
                    + "    then at 6 weeks\n    met by meeting\n",
                    9, 13, "this occurrence is due 6 weeks after the trigger, not after the occurrence before it"
                    + " (12 weeks)", "'then at' counts from the trigger: give a later point, or count from the"
                    + " occurrence before with 'then within'"),
            fault("a misspelt keyword", HEAD + "rule T-01 \"x\"\n  cite \"s\"\n  obligaton visit\n",
                    6, 3, "unexpected 'obligaton'", "did you mean 'obligation'?"),
            fault("a stray word", HEAD + FINDING + "    for each meeting\n  blah\n",
                    8, 3, "unexpected 'blah'",
                    "a finding's lines start with 'for each', 'if' or 'unless'; a new rule starts with 'rule'"),
            fault("a stray word after an obligation's clause", HEAD + OBLIGATION + "    when meeting soon\n"
                    + "    due at once\n    met by meeting\n",
                    7, 18, "unexpected 'soon'", "an obligation's lines start with 'when', 'every', 'due', 'then', 'met by',"
                    + " 'if', 'unless', 'extended' or 'waived'; a new rule starts with 'rule'"),
            fault("a stray word after a rule's citation", HEAD + "rule T-01 \"x\"\n  cite \"s\" blah\n"
                    + "  finding chair-not-permitted\n    for each meeting\n",
                    5, 12, "unexpected 'blah'",
                    "a rule holds clause, cite, obligation and finding lines; a new rule starts with 'rule'"),
            fault("a string with no closing quote", HEAD + "rule T-01 \"x\"\n  cite \"s\n",
                    5, 8, "this string has no closing quote on its line", null),
            fault("an unexpected character", HEAD + FINDING + "    for each meeting;\n",
                    7, 21, "unexpected character ';'", null),
            fault("an empty script", "", 1, 1, "the script is empty", "expected one of 'policy', 'vocabulary'"),
            fault("nesting too deep", HEAD + FINDING + "    for each meeting\n    if "
                    + "(".repeat(40) + "chair is team-manager" + ")".repeat(40) + "\n",
                    8, 40, "nested more than 32 deep; write the condition more simply", null));
    }

    private static Arguments fault(String what, String script, int line, int column, String message, String hint) {
        return Arguments.of(what, script, line, column, message, Optional.ofNullable(hint));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void reportsTheFaultWhereItIs(String what, String script, int line, int column, String message,
            Optional<String> hint) {
        Compilation compilation = Scripts.compile(script);
        assertFalse(compilation.succeeded());
        assertEquals(1, compilation.diagnostics().size(), compilation::render);
        Diagnostic d = compilation.diagnostics().get(0);
        assertEquals(Severity.ERROR, d.severity());
        assertEquals(message, d.message(), compilation::render);
        assertEquals(line + ":" + column, d.line() + ":" + d.column(), compilation::render);
        assertEquals(hint, d.hint(), compilation::render);
        assertEquals("test.cin", d.source());
    }

    @Test
    void everyDiagnosticCarriesAStableCodeAndBecomesAProblem() {
        Compilation compilation = Scripts.compile(HEAD + FINDING + "    for each meetng\n"
                + "rule T-02 \"y\"\n  cite \"s\"\n  finding chair-not-permitted\n    for each meeting\n"
                + "    if meeting initial and meeting review\n");
        assertEquals(List.of("unknown-event-type", "never-holds"),
                compilation.diagnostics().stream().map(Diagnostic::code).toList(), compilation::render);
        org.childinneed.model.problem.Problem problem = compilation.diagnostics().get(0).problem();
        assertEquals("unknown-event-type", problem.code());
        assertEquals(org.childinneed.model.problem.Location.inSource("test.cin", 7, 14), problem.location());
        assertEquals(compilation.diagnostics().get(0).message(), problem.message());
    }

    @Test
    void rendersLikeACompiler() {
        Diagnostic d = Scripts.compile(HEAD + FINDING + "    for each meeting\n    unless chair is team-manger\n")
                .diagnostics().get(0);
        assertEquals("""
                test.cin:8:21: error: unknown chair 'team-manger' for 'meeting' events
                    8 |     unless chair is team-manger
                      |                     ^^^^^^^^^^^
                   hint: did you mean 'team-manager'?""", d.render());
    }

    @Test
    void reportsEveryErrorInOneRunEvenPastASyntaxError() {
        Compilation compilation = Scripts.compile(HEAD
                + "rule T-01 \"x\"\n  cite \"s\"\n  finding chair-not-permitted\n    for each meting\n"
                + "rule T-02 \"x\"\n  cite \"s\"\n  finding chair-not-permitted\n    for each meeting with\n"
                + "rule T-03 \"x\"\n  finding chair-not-permitted\n    for each meeting\n");
        assertEquals(List.of("7:14 unknown event type 'meting'", "12:1 unexpected 'rule'",
                "12:6 rule 'T-03' has no citation"),
                compilation.diagnostics().stream().map(d -> d.line() + ":" + d.column() + " " + d.message()).toList());
    }

    @Test
    void aScriptTooLargeIsRefusedBeforeParsing() {
        String script = HEAD + "#".repeat(1_000_001);
        Compilation compilation = Scripts.compile(script);
        assertEquals("the script is too large: " + script.length() + " characters, at most 1000000",
                compilation.diagnostics().get(0).message());
    }

    @Test
    void anIdThatIsNotAClauseIdIsOnlyAWarning() {
        Compilation compilation = Scripts.compile(HEAD + "rule chairs \"x\"\n  cite \"s\"\n"
                + "  finding chair-not-permitted\n    for each meeting\n");
        assertTrue(compilation.succeeded(), compilation::render);
        Diagnostic d = compilation.diagnostics().get(0);
        assertEquals(Severity.WARNING, d.severity());
        assertEquals("4:6 'chairs' does not look like a catalog clause id", d.line() + ":" + d.column() + " "
                + d.message());
    }

    @Test
    void aPolicyThatExtendsItselfThroughAnotherIsAnError() {
        Map<String, String> scripts = Map.of(
                "alpha", "policy alpha \"A\" version \"1\" source \"a.txt\" extends beta\n",
                "beta", "policy beta \"B\" version \"1\" source \"b.txt\" extends alpha\n");
        PolicyCompiler compiler = PolicyCompiler.create(TestCalendar.WORKING_DAYS,
                id -> Optional.ofNullable(scripts.get(id)).map(text -> new PolicySource(id + ".cin", text)));
        Compilation compilation = compiler.compile(new PolicySource("alpha.cin", scripts.get("alpha")));
        assertEquals(List.of("beta.cin:1:52 policy 'alpha' extends itself: alpha extends beta extends alpha"),
                compilation.diagnostics().stream().map(d -> d.source() + ":" + d.line() + ":" + d.column() + " "
                        + d.message()).toList());
    }

    // ------------------------------------------------ at most 100 diagnostics (robustness finding D4)

    private static final String CHAIRS = "rule T-01 \"x\"\n  cite \"s\"\n  finding chair-not-permitted\n"
            + "    for each meeting\n    unless chair is team-manager\n";

    private static String where(Diagnostic d) {
        return d.source() + ":" + d.line() + ":" + d.column() + " " + d.severity().label() + " " + d.message();
    }

    @Test
    void aCompilationHoldsAHundredDiagnosticsTheLastSayingHowManyMoreThereWere() {
        // 150 unexpected characters on line 9: the first 99 are kept, then one for the other 51.
        Compilation compilation = Scripts.compile(HEAD + CHAIRS + "@".repeat(150) + "\n");
        List<Diagnostic> diagnostics = compilation.diagnostics();
        assertEquals(Compilation.MAX_DIAGNOSTICS, diagnostics.size());
        for (int i = 0; i < 99; i++) {
            assertEquals("test.cin:9:" + (i + 1) + " error unexpected character '@'", where(diagnostics.get(i)));
        }
        Diagnostic last = diagnostics.get(99);
        assertEquals("test.cin:9:100 error 51 further problems are not reported, from here on; fix those above first",
                where(last));
        assertEquals(Optional.of("a compilation reports at most 100 diagnostics"), last.hint());
        assertEquals(150, compilation.errorCount(), "every error found is counted");
        assertEquals(0, compilation.warningCount());
    }

    @Test
    void theCapKeepsTheFirstInTheScriptAndDoesNotChangeWhatIsFound() {
        // The unexpected characters of T-02 are reported first (by the lexer) but stand after T-01,
        // whose faults are kept. The checker looks for contradictions only in conditions without
        // errors, counting every diagnostic, kept or not: the contradictions of T-01 are not
        // reported because of its unknown code, with or without the 150 faults after it.
        String tail = "rule T-02 \"y\"\n  cite \"s\"\n  " + "@".repeat(150) + "\n";
        for (String body : List.of(
                FINDING + "    for each meeting\n    if chair is team-manager and chiar is team-manager\n"
                        + "    unless chair in [team-manager, social-worker]\n",
                FINDING + "    for each meeting\n"
                        + "    if chair is team-manager and chair is not team-manager and chair is social-workr\n")) {
            List<String> alone = Scripts.compile(HEAD + body).diagnostics().stream().map(DiagnosticsTest::where).toList();
            assertEquals(1, alone.size(), alone::toString);
            List<Diagnostic> crowded = Scripts.compile(HEAD + body + tail).diagnostics();
            assertEquals(Compilation.MAX_DIAGNOSTICS, crowded.size());
            assertEquals(alone, crowded.stream().limit(alone.size()).map(DiagnosticsTest::where).toList());
            assertTrue(crowded.subList(alone.size(), 99).stream().allMatch(d -> d.message().equals("unexpected character '@'")),
                    () -> crowded.toString());
        }
    }

    @Test
    void warningsPastTheCapAreCountedInAWarningAndThePolicyStillCompiles() {
        // 151 team-managers in the list: 150 repeats, each a warning.
        Compilation compilation = Scripts.compile(HEAD + FINDING + "    for each meeting\n    unless chair in ["
                + "team-manager, ".repeat(150) + "team-manager]\n");
        assertTrue(compilation.succeeded(), compilation::render);
        assertEquals(Compilation.MAX_DIAGNOSTICS, compilation.diagnostics().size());
        Diagnostic last = compilation.diagnostics().get(99);
        assertEquals(Severity.WARNING, last.severity());
        assertEquals("51 further problems are not reported, from here on; fix those above first", last.message());
        assertEquals(0, compilation.errorCount());
        assertEquals(150, compilation.warningCount());
    }

    @Test
    void theCapHoldsForAPolicyAndThePoliciesItExtendsTogether() {
        // 80 faults in the parent, 80 in the policy extending it and its extends line: 161, of which 99 are kept.
        Map<String, String> scripts = Map.of("parent", "policy parent \"P\" version \"1\" source \"p.txt\"\n"
                + CHAIRS + "@".repeat(80) + "\n");
        PolicyCompiler compiler = PolicyCompiler.create(TestCalendar.WORKING_DAYS,
                id -> Optional.ofNullable(scripts.get(id)).map(text -> new PolicySource(id + ".cin", text)));
        Compilation compilation = compiler.compile(new PolicySource("local.cin",
                "policy local \"L\" version \"1\" source \"c.txt\"\n  extends parent\n"
                        + CHAIRS.replace("T-01", "T-02") + "@".repeat(80) + "\n"));
        List<String> diagnostics = compilation.diagnostics().stream().map(DiagnosticsTest::where).toList();
        assertEquals(Compilation.MAX_DIAGNOSTICS, diagnostics.size(), diagnostics::toString);
        assertEquals("parent.cin:7:80 error unexpected character '@'", diagnostics.get(79));
        assertEquals("local.cin:2:11 error policy 'parent', which this one extends, has errors", diagnostics.get(80));
        assertEquals("local.cin:8:18 error unexpected character '@'", diagnostics.get(98));
        assertEquals("local.cin:8:19 error 62 further problems are not reported, from here on; fix those above first",
                diagnostics.get(99));
        assertEquals(161, compilation.errorCount());
    }

    // ------------------------------------------- a resolver that fails (robustness finding D7)

    @Test
    void aResolverThatThrowsIsReportedAtTheExtendsLineWithoutItsMessage() {
        PolicyCompiler compiler = PolicyCompiler.create(TestCalendar.WORKING_DAYS, id -> {
            throw new java.io.UncheckedIOException("cannot read /home/jane.smith/" + id,
                    new java.io.IOException("disk failed"));
        });
        Compilation compilation = compiler.compile(new PolicySource("kent.cin",
                "policy kent \"K\"\n  version \"1\"\n  source \"k.txt\"\n  extends working-together\n" + CHAIRS));
        assertFalse(compilation.succeeded());
        assertEquals(List.of("kent.cin:4:11 error policy 'working-together' could not be read to extend:"
                + " UncheckedIOException"), compilation.diagnostics().stream().map(DiagnosticsTest::where).toList());
        assertFalse(compilation.render().contains("jane"), compilation::render);
    }
}
