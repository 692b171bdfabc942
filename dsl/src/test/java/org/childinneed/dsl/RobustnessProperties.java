package org.childinneed.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Untrusted scripts: whatever the text, compiling it returns diagnostics that point inside it, and
 * never throws, overflows the stack or prints anything.
 */
class RobustnessProperties {

    private static final String KENT = Scripts.RESOLVER.find("kent").orElseThrow().text();

    @Property(tries = 300)
    void anyTextGivesDiagnosticsInsideIt(@ForAll("scriptLike") String text) {
        Compilation compilation = Scripts.compile(text);
        assertInside(compilation, text);
    }

    @Property(tries = 300)
    void aDamagedKentPolicyNeverThrows(@ForAll @IntRange(min = 0, max = 20_000) int at,
            @ForAll @IntRange(min = 0, max = 40) int cut, @ForAll("scriptLike") String insert) {
        int from = Math.min(at, KENT.length());
        int to = Math.min(KENT.length(), from + cut);
        String damaged = KENT.substring(0, from) + insert + KENT.substring(to);
        Compilation compilation = Scripts.COMPILER.compile(new PolicySource("kent.cin", damaged));
        assertInside(compilation, damaged);
        assertEquals(compilation.policy().isPresent(), compilation.errors().isEmpty());
    }

    @Provide
    Arbitrary<String> scriptLike() {
        Arbitrary<String> words = Arbitraries.of("policy", "rule", "override", "cite", "clause", "obligation",
                "finding", "when", "every", "due", "within", "met", "by", "with", "if", "unless", "not", "and", "or",
                "(", ")", "[", "]", ",", "\"", "\"s\"", "meeting", "chair", "team-manager", "10", "working", "days",
                "weeks", "a", "no", "before", "it", "since", "the", "last", "for", "each", "plan", "open", "\n",
                "#", "extends", "working-together", "out", "of", "scope", "é", "\t", "18th", "child's", "then", "\r",
                "\r\n", "\f");
        return words.list().ofMaxSize(60).map(list -> String.join(" ", list));
    }

    @Example
    void deepNestingIsADiagnosticNotAStackOverflow() {
        String deep = "policy t \"T\" version \"1\" source \"s\"\nrule T-1 cite \"c\" finding chair-not-permitted"
                + " for each meeting if " + "(".repeat(100_000) + "chair is team-manager" + ")".repeat(100_000);
        Compilation compilation = Scripts.compile(deep);
        assertFalse(compilation.succeeded());
        assertEquals("nested more than 32 deep; write the condition more simply",
                compilation.diagnostics().get(0).message());
    }

    @Example
    void longFlatChainsCompile() {
        String chain = "policy t \"T\" version \"1\" source \"s\"\nrule T-1 cite \"c\" finding chair-not-permitted"
                + " for each meeting unless " + "chair is team-manager or ".repeat(5_000) + "chair is team-manager";
        assertTrue(Scripts.compile(chain).succeeded());
    }

    @Example
    void syntaxErrorsPrintNothing() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            Scripts.compile("policy \"x\" ) ( rule rule \"unterminated\n ; @ finding for each");
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
    }

    private static void assertInside(Compilation compilation, String text) {
        String[] lines = text.split("\n", -1); // the lexer ends a line only at a line feed
        for (int i = 0; i < lines.length; i++) {
            boolean crlf = i < lines.length - 1 && lines[i].endsWith("\r");
            lines[i] = (crlf ? lines[i].substring(0, lines[i].length() - 1) : lines[i]).replace('\r', ' ');
        }
        for (Diagnostic d : compilation.diagnostics()) {
            assertTrue(d.line() >= 1 && d.line() <= lines.length, d::toString);
            assertEquals(lines[d.line() - 1], d.sourceLine(), d::toString);
            assertTrue(d.column() >= 1 && d.column() <= lines[d.line() - 1].length() + 1, d::toString);
            assertFalse(d.render().isBlank());
            assertFalse(d.message().contains("internal error"), d::toString);
        }
        if (!compilation.succeeded()) {
            assertFalse(compilation.errors().isEmpty(), "a failed compilation says why");
        }
    }
}
