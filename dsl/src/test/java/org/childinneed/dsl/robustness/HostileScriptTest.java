package org.childinneed.dsl.robustness;

import static org.childinneed.dsl.robustness.Fixtures.compileSafely;
import static org.childinneed.dsl.robustness.Fixtures.evaluateSafely;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.childinneed.dsl.Compilation;
import org.childinneed.dsl.CompiledPolicy;
import org.childinneed.dsl.Diagnostic;
import org.childinneed.dsl.PolicyCompiler;
import org.childinneed.dsl.PolicySource;
import org.childinneed.dsl.internal.syntax.ScriptParser;
import org.childinneed.model.child.Child;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.ObligationStatus;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.event.EventRef;
import org.childinneed.model.event.Visit;
import org.childinneed.model.event.PlanStarted;
import org.childinneed.model.timeline.CaseRecord;
import org.junit.jupiter.api.Test;

/**
 * Scripts written to exhaust the compiler or the interpreter: deep nesting, endless chains, huge
 * numbers, the largest script allowed and one character more, thousands of rules, long extends
 * chains. Each is refused with a diagnostic or compiled and evaluated, in bounded time, never a
 * stack overflow or an exception. The limits are the ones the README's "Guarantees for embedding
 * products" states.
 */
class HostileScriptTest {

    private static final String HEADER = "policy hostile \"Hostile\"\n  version \"1\"\n  source \"h.txt\"\n";
    private static final String FINDING = "rule H-01 \"h\"\n  cite \"c\"\n  finding chair-not-permitted\n"
            + "    for each meeting\n";

    private static Compilation compile(String body) {
        return compileSafely("hostile.cin", HEADER + body);
    }

    private static String firstError(Compilation compilation) {
        assertFalse(compilation.succeeded(), "expected a refusal");
        return compilation.errors().get(0).message();
    }

    @Test
    void tenThousandNestedParenthesesGetADiagnosticNotAStackOverflow() {
        String deep = FINDING + "    unless " + "(".repeat(10_000) + "chair is team-manager" + ")".repeat(10_000);
        Compilation compilation = compile(deep);
        assertEquals("nested more than 32 deep; write the condition more simply", firstError(compilation));
        Diagnostic at = compilation.errors().get(0);
        assertEquals(8, at.line());
        assertEquals("    unless ".length() + 33, at.column(), "points at the 33rd parenthesis");
    }

    @Test
    void tenThousandNestedBracketsGetADiagnostic() {
        String deep = FINDING + "    unless chair in " + "[".repeat(10_000) + "team-manager" + "]".repeat(10_000);
        assertEquals("nested more than 32 deep; write the condition more simply", firstError(compile(deep)));
    }

    @Test
    void nestingAtTheLimitCompilesAndEvaluatesAndOneDeeperIsRefused() {
        int limit = ScriptParser.MAX_NESTING;
        String atLimit = FINDING + "    unless " + "(".repeat(limit) + "chair is team-manager" + ")".repeat(limit);
        Compilation compilation = compile(atLimit);
        assertTrue(compilation.succeeded(), compilation::render);
        evaluateSafely(compilation.policy().get(), List.of(RandomCases.of(1, 40), RandomCases.of(2, 40)),
                List.of(LocalDate.of(2030, 1, 1)));
        String deeper = FINDING + "    unless " + "(".repeat(limit + 1) + "chair is team-manager" + ")".repeat(limit + 1);
        assertEquals("nested more than 32 deep; write the condition more simply", firstError(compile(deeper)));
    }

    @Test
    void aHundredThousandStrayParenthesesAreOneSyntaxError() {
        Compilation compilation = compile(FINDING + "    unless " + ")".repeat(100_000) + "\n" + "( ]".repeat(50_000));
        assertEquals(List.of("unexpected ')'"), compilation.errors().stream().map(Diagnostic::message).toList());
    }

    @Test
    void tenThousandBrokenRulesReportTwentyFiveSyntaxErrors() {
        Compilation compilation = compile("rule R-1 ) cite \"c\"\n".repeat(10_000));
        assertEquals(25, compilation.errors().size(), compilation::render);
        assertTrue(compilation.errors().get(24).hint().orElse("").contains("further syntax errors are not reported"),
                compilation::render);
    }

    @Test
    void conditionChainsAsLongAsTheSizeLimitAllowsCompileAndEvaluate() {
        int terms = 35_000; // 35,000 terms of about 26 characters: just under the million-character limit
        String or = FINDING + "    unless " + "chair is team-manager or ".repeat(terms - 1) + "chair is team-manager\n";
        String and = "rule H-02 \"h\"\n  cite \"c\"\n  finding chair-not-permitted\n    for each meeting\n"
                + "    if " + "chair is not team-manager and ".repeat(terms / 3) + "chair is not social-worker\n";
        for (String body : List.of(or, and)) {
            Compilation compilation = compile(body);
            assertTrue(compilation.succeeded(), compilation::render);
            evaluateSafely(compilation.policy().get(), List.of(RandomCases.of(3, 60)), List.of(LocalDate.of(2030, 1, 1)));
        }
    }

    @Test
    void aHundredThousandAlternativeEventsCompileAndEvaluate() {
        String body = "rule H-03 \"h\"\n  cite \"c\"\n  obligation visit\n    when plan-started\n"
                + "    due within 4 weeks\n    met by " + "visit or ".repeat(100_000) + "visit\n";
        Compilation compilation = compile(body);
        assertTrue(compilation.succeeded(), compilation::render);
        evaluateSafely(compilation.policy().get(), List.of(RandomCases.of(4, 60)), List.of(LocalDate.of(2030, 1, 1)));
    }

    @Test
    void aScriptOfTheLargestSizeIsReadAndOneCharacterMoreIsRefused() {
        String script = HEADER + FINDING + "    unless chair is team-manager\n";
        String padded = script + "#".repeat(ScriptParser.MAX_CHARACTERS - script.length());
        assertEquals(ScriptParser.MAX_CHARACTERS, padded.length());
        assertTrue(compileSafely("big.cin", padded).succeeded());
        Compilation refused = compileSafely("big.cin", padded + "#");
        assertEquals("the script is too large: 1000001 characters, at most 1000000", firstError(refused));
    }

    @Test
    void aFaultOnALineOfHalfAMillionCharactersIsQuotedAroundTheFault() {
        String line = "    unless " + "chair is team-manager or ".repeat(20_000) + "chiar is team-manager";
        Compilation compilation = compile(FINDING + line + "\n");
        Diagnostic d = compilation.errors().get(0);
        assertEquals(line.indexOf("chiar") + 1, d.column(), d::toString);
        String[] rendered = d.render().split("\n");
        assertTrue(rendered[1].length() < 200 && rendered[2].length() < 200, d::render);
        assertEquals(rendered[1].indexOf("chiar"), rendered[2].indexOf('^'), "the caret under the fault:\n" + d.render());
    }

    @Test
    void aLineOfTwoHundredThousandFaultsIsHeldAsAHundredDiagnostics() {
        // 200,000 unexpected characters on line 9: 99 kept, then one counting the other 199,901.
        Compilation compilation = assertTimeoutPreemptively(Fixtures.GENEROUS,
                () -> compile(FINDING + "    unless chair is team-manager\n" + "@".repeat(200_000)));
        List<Diagnostic> diagnostics = compilation.diagnostics();
        assertEquals(Compilation.MAX_DIAGNOSTICS, diagnostics.size());
        assertEquals("hostile.cin:9:99: error: unexpected character '@'", diagnostics.get(98).toString());
        assertEquals("hostile.cin:9:100: error: 199901 further problems are not reported, from here on; fix those"
                + " above first", diagnostics.get(99).toString());
        assertEquals(200_000, compilation.errorCount());
    }

    @Test
    void thousandsOfRulesCompileAndEvaluateInBoundedTime() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 4_000; i++) {
            body.append("rule H-").append(i).append(" \"h\"\n  cite \"c\"\n  obligation visit\n    when meeting\n")
                    .append("    due within ").append(1 + i % 50).append(" working days\n    met by visit\n");
        }
        Compilation compilation = compile(body.toString());
        assertTrue(compilation.succeeded(), () -> compilation.errors().get(0).toString());
        assertEquals(4_000, compilation.policy().get().rules().size());
        evaluateSafely(compilation.policy().get(), List.of(RandomCases.of(5, 60)), List.of(LocalDate.of(2030, 1, 1)));
    }

    @Test
    void hugeNumbersAreDiagnosticsNotOverflows() {
        String huge = "99999999999999999999999999999999";
        Map<String, String> bodies = Map.of(
                "rule H-04 \"h\"\n  cite \"c\"\n  obligation visit\n    when plan-started\n    due within " + huge
                        + " working days\n    met by visit\n", "the duration is too long",
                FINDING + "    if child aged at least " + huge + "\n", "an age must be at most 120",
                "rule H-05 \"h\"\n  cite \"c\"\n  finding plan-too-long\n    for each plan-updated\n    if points more than "
                        + huge + "\n", "the number is too large",
                "rule H-06 \"h\"\n  cite \"c\"\n  obligation visit\n    when plan-started\n    due between " + huge
                        + " and 2 days\n    met by visit\n", "the duration is too long",
                "rule H-07 \"h\"\n  cite \"c\"\n  obligation visit\n    when plan-started\n    due within 5000 years\n"
                        + "    met by visit\n", "the duration is too long");
        bodies.forEach((body, expected) -> {
            Compilation compilation = compile(body);
            assertFalse(compilation.succeeded(), body);
            assertTrue(compilation.errors().stream().anyMatch(d -> d.message().startsWith(expected)),
                    () -> expected + " expected:\n" + compilation.render());
        });
    }

    @Test
    void theLongestDurationsCountFromTheLastDaysALocalDateOfYear9999Holds() {
        String body = "rule H-08 \"h\"\n  cite \"c\"\n  obligation visit\n    when plan-started\n"
                + "    due within 26100 working days\n    then every 1200 months\n    met by visit\n"
                + "rule H-09 \"h\"\n  cite \"c\"\n  obligation review-meeting\n    when visit\n    due within 100 years\n"
                + "    met by meeting\n";
        Compilation compilation = compile(body);
        assertTrue(compilation.succeeded(), compilation::render);
        LocalDate last = LocalDate.of(9999, 12, 31);
        List<CaseEvent> events = List.of(new PlanStarted(EventRef.of(0, "p1"), last.minusDays(3), Optional.empty(), false,
                false), new Visit(EventRef.of(1, "v1"), last));
        CaseRecord record = new CaseRecord("EDGE", Child.bornOn(LocalDate.of(9990, 1, 1)), events);
        ComplianceReport report = assertTimeoutPreemptively(Fixtures.GENEROUS,
                () -> compilation.policy().get().evaluate(record, last));
        assertEquals(3, report.obligations().size(), report::toString);
        assertTrue(report.obligations().stream().anyMatch(o -> o.due().getYear() > 10_000), report::toString);
    }

    @Test
    void aDailyRepeatOverAHundredThousandVisitsIsBoundedByTheEvents() {
        Compilation compilation = compile("rule H-10 \"h\"\n  cite \"c\"\n  obligation visit\n    every 1 day from plan-started\n"
                + "    met by visit\n");
        assertTrue(compilation.succeeded(), compilation::render);
        LocalDate start = LocalDate.of(1990, 1, 1);
        List<CaseEvent> events = new ArrayList<>();
        events.add(new PlanStarted(EventRef.of(0, "p1"), start, Optional.empty(), false, false));
        for (int i = 1; i <= 100_000; i++) {
            events.add(new Visit(EventRef.at(i), start.plusDays(i)));
        }
        CaseRecord record = new CaseRecord("DAILY", Child.bornOn(LocalDate.of(1985, 1, 1)), events);
        CompiledPolicy policy = compilation.policy().get();
        ComplianceReport report = assertTimeoutPreemptively(Fixtures.GENEROUS,
                () -> policy.evaluate(record, start.plusDays(100_010)));
        assertEquals(100_001, report.obligations().size(), "each visit meets one day and the next one is overdue");
        assertEquals(ObligationStatus.OVERDUE, report.obligations().get(100_000).status());
    }

    @Test
    void extendsChainsAreBoundedAndCyclesRefused() {
        Map<String, String> scripts = new java.util.HashMap<>();
        for (int i = 0; i < 12; i++) {
            scripts.put("p" + i, "policy p" + i + " \"P\"\n  version \"1\"\n  source \"p.txt\"\n"
                    + (i < 11 ? "  extends p" + (i + 1) + "\n" : "") + "rule P-" + i + " \"p\"\n  cite \"c\"\n"
                    + "  finding chair-not-permitted\n    for each meeting\n");
        }
        scripts.put("pa", "policy pa \"A\"\n  version \"1\"\n  source \"a.txt\"\n  extends pb\n");
        scripts.put("pb", "policy pb \"B\"\n  version \"1\"\n  source \"b.txt\"\n  extends pa\n");
        PolicyCompiler compiler = PolicyCompiler.create(Fixtures.WORKING_DAYS,
                id -> Optional.ofNullable(scripts.get(id)).map(text -> new PolicySource(id + ".cin", text)));
        Compilation chain = assertTimeoutPreemptively(Fixtures.GENEROUS,
                () -> compiler.compile(new PolicySource("p0.cin", scripts.get("p0"))));
        assertTrue(chain.errors().stream().anyMatch(d -> d.message().startsWith("too many policies extend one another")),
                chain::render);
        Compilation cycle = compiler.compile(new PolicySource("pa.cin", scripts.get("pa")));
        assertTrue(cycle.errors().stream().anyMatch(d -> d.message().equals("policy 'pa' extends itself: pa extends pb extends pa")),
                cycle::render);
    }
}
