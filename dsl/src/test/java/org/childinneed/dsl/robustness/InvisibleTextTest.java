package org.childinneed.dsl.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.childinneed.dsl.Compilation;
import org.childinneed.dsl.Diagnostic;
import org.childinneed.dsl.PolicyCompiler;
import org.childinneed.dsl.PolicySource;
import org.childinneed.model.text.Printable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11, the policy language's side: invisible and control characters are warned of and shown
 * escaped, a byte-order mark is dropped, long names are cut in diagnostics, and a chain or cycle of
 * {@code extends} is reported once.
 */
class InvisibleTextTest {

    private static final String HEADER = "policy mine \"Mine\"\n  version \"1\"\n  source \"mine.txt\"\n";
    private static final String RULE = "rule M-01 \"chair\"\n  cite \"CITE\"\n  finding chair-not-permitted\n"
            + "    for each meeting\n    unless chair is team-manager\n";

    private static Compilation compile(String text) {
        return PolicyCompiler.create(Fixtures.WORKING_DAYS, id -> Optional.empty()).compile(new PolicySource("mine.cin", text));
    }

    private static void assertPrintable(String text) {
        text.chars().forEach(c -> assertFalse(c != '\n' && c != '\t' && Printable.isHazard(c),
                () -> "unescaped " + Printable.name(c) + " in " + Printable.lines(text)));
    }

    @Test
    void aByteOrderMarkAtTheStartIsDropped() {
        Compilation compilation = compile("\uFEFF" + HEADER + RULE.replace("CITE", "s. 1"));
        assertTrue(compilation.succeeded(), compilation::render);
        assertEquals(0, compilation.warningCount(), compilation::render);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u202e", "\u2066", "\u200b", "\u001b[8m", "\u0007", "\u001b]0;x\u0007", "\ud800", "\u0008"})
    void invisibleAndControlCharactersInStringsAndCommentsAreWarnedOfAndShownEscaped(String hazard) {
        for (String text : List.of(HEADER + RULE.replace("CITE", "s. 1 " + hazard + "x"),
                HEADER + "# a comment " + hazard + " here\n" + RULE.replace("CITE", "s. 1"),
                HEADER.replace("Mine", "Mine" + hazard) + RULE.replace("CITE", "s. 1"))) {
            Compilation compilation = compile(text);
            assertTrue(compilation.warningCount() >= 1, compilation::render);
            Diagnostic warning = compilation.diagnostics().stream().filter(d -> d.message().contains("invisible or control"))
                    .findFirst().orElseThrow();
            assertTrue(warning.message().contains(Printable.name(hazard.codePointAt(0))), warning::message);
            assertPrintable(compilation.render());
            assertPrintable(warning.render());
        }
    }

    @Test
    void theCaretStaysUnderTheFaultWhenEscapesComeBeforeIt() {
        Diagnostic d = compile(HEADER + RULE.replace("CITE", "\u202e\u202e") + "  bogus\n").diagnostics().stream()
                .filter(x -> x.message().contains("invisible")).findFirst().orElseThrow();
        String[] lines = d.render().split("\n");
        int caret = lines[2].indexOf('^') - lines[2].indexOf('|');
        assertEquals("\\u202E", lines[1].substring(lines[1].indexOf('|') + caret, lines[1].indexOf('|') + caret + 6), d.render());
    }

    @Test
    void aHugeRuleNameIsCutInDiagnostics() {
        String name = "X".repeat(900_000);
        Compilation compilation = compile(HEADER + RULE.replace("CITE", "s. 1").replace("M-01", name) + "\n"
                + RULE.replace("CITE", "s. 1").replace("M-01", name));
        assertFalse(compilation.succeeded());
        assertTrue(compilation.render().length() < 20_000, () -> "rendered " + compilation.render().length() + " characters");
    }

    @Test
    void anExtendsChainTooLongIsReportedOnce() {
        Map<String, String> scripts = new HashMap<>();
        for (int i = 0; i < 12; i++) {
            scripts.put("p" + i, "policy p" + i + " \"P\"\n  version \"1\"\n  source \"p.txt\"\n"
                    + (i < 11 ? "  extends p" + (i + 1) + "\n" : "") + RULE.replace("CITE", "c").replace("M-01", "P-" + i));
        }
        Compilation chain = PolicyCompiler.create(Fixtures.WORKING_DAYS,
                id -> Optional.ofNullable(scripts.get(id)).map(text -> new PolicySource(id + ".cin", text)))
                .compile(new PolicySource("p0.cin", scripts.get("p0")));
        assertEquals(1, chain.errorCount(), chain::render);
        assertTrue(chain.errors().get(0).message().startsWith("too many policies extend one another: at most 8"), chain::render);
    }

    @Test
    void aScriptFoundAgainUnderAnotherNameIsACycleSaidOnce() {
        // pb.cin is a link to pa.cin: extending pb finds policy pa again.
        String a = "policy pa \"A\"\n  version \"1\"\n  source \"a.txt\"\n  extends pb\n";
        Compilation compilation = PolicyCompiler.create(Fixtures.WORKING_DAYS,
                id -> id.equals("pb") ? Optional.of(new PolicySource("pb.cin", a)) : Optional.empty())
                .compile(new PolicySource("pa.cin", a));
        assertEquals(1, compilation.errorCount(), compilation::render);
        assertEquals("policy 'pa' extends itself: pa extends a script that is policy 'pa'",
                compilation.errors().get(0).message());
    }
}
