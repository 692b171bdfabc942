package org.childinneed.policies.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.childinneed.dsl.Compilation;
import org.childinneed.dsl.PolicySource;
import org.childinneed.dsl.internal.syntax.format.ScriptFormatter;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.timeline.CaseRecord;
import org.childinneed.policies.bundled.BundledPolicies;
import org.childinneed.policies.casefile.CaseFileReader;
import org.childinneed.policies.cli.Cin.Run;
import org.childinneed.policies.report.PolicyDocument;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** {@code cin fmt}: canonical, idempotent, comment-preserving, meaning-preserving, on every bundled script. */
class FmtCommandTest {

    private static final Path BUNDLED = Path.of("src/main/resources/policies");

    @TestFactory
    Stream<DynamicTest> everyBundledScript() throws Exception {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(BUNDLED)) {
            scripts = files.filter(p -> p.toString().endsWith(".cin")).sorted().toList();
        }
        return scripts.stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> {
            String text = Files.readString(script);
            String messy = mess(text);
            String once = ScriptFormatter.format(messy).orElseThrow();
            assertEquals(once, ScriptFormatter.format(once).orElseThrow(), "fmt(fmt(x)) == fmt(x)");
            assertEquals(text, once, "the bundled script is laid out the canonical way");
            assertEquals(comments(text), comments(once), "every comment is kept");
            assertSamePolicy(script.getFileName().toString(), text, messy);
        }));
    }

    /** The scripts of the tests and examples that parse: each is laid out the canonical way already. */
    @TestFactory
    Stream<DynamicTest> everyTestAndExampleScriptIsLeftAsItIs() throws Exception {
        List<Path> scripts;
        try (Stream<Path> dsl = Files.walk(Path.of("../dsl/src/test/resources"));
                Stream<Path> policies = Files.walk(Path.of("src/test/resources"));
                Stream<Path> examples = Files.walk(Cin.EXAMPLES)) {
            scripts = Stream.of(dsl, policies, examples).flatMap(s -> s).filter(p -> p.toString().endsWith(".cin"))
                    .filter(p -> !p.toString().contains("robustness")).sorted().toList();
        }
        assertTrue(scripts.stream().anyMatch(p -> p.endsWith("walsall.cin")), scripts.toString());
        return scripts.stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> {
            String text = Files.readString(script);
            String once = ScriptFormatter.format(text).orElseThrow();
            assertEquals(text, once, "the script is laid out the canonical way");
            assertEquals(once, ScriptFormatter.format(mess(text)).orElseThrow(), "fmt(mess(x)) == x");
            assertEquals(once, ScriptFormatter.format(once).orElseThrow(), "fmt(fmt(x)) == fmt(x)");
        }));
    }

    @Test
    void declarationsAfterTheHeaderOrARuleStartAtTheMargin() {
        String input = "policy p \"P\" version \"1\" source \"s.txt\"\n"
                + "finding kind k \"a k\"\nrole r \"an r\"\nplan element e\n"
                + "rule A-1 \"T\" cite \"c\" finding k for each meeting\n"
                + "  obligation kind o \"an o\"\nfinding kind f\n"
                + "rule B-1 \"T\" cite \"c\" finding f for each visit\n";
        String once = ScriptFormatter.format(input).orElseThrow();
        assertEquals("""
                policy p "P"
                  version "1"
                  source "s.txt"

                finding kind k "a k"
                role r "an r"
                plan element e

                rule A-1 "T"
                  cite "c"
                  finding k
                    for each meeting

                obligation kind o "an o"
                finding kind f

                rule B-1 "T"
                  cite "c"
                  finding f
                    for each visit
                """, once);
        assertEquals(once, ScriptFormatter.format(once).orElseThrow());
    }

    @Test
    void fmtPrintsCheckListsAndWriteRewrites(@TempDir Path dir) throws Exception {
        String canonical = Files.readString(BUNDLED.resolve("kent.cin"));
        Path messy = Files.writeString(dir.resolve("messy.cin"), mess(canonical));
        Path tidy = Files.writeString(dir.resolve("tidy.cin"), canonical);

        Run check = Cin.run("fmt", "--check", messy.toString(), tidy.toString());
        assertEquals(1, check.status());
        assertEquals(messy + "\n", check.out());

        Run print = Cin.run("fmt", messy.toString());
        assertEquals(0, print.status());
        assertEquals(canonical, print.out());

        assertEquals(0, Cin.run("fmt", "--write", messy.toString()).status());
        assertEquals(canonical, Files.readString(messy));
        assertEquals(0, Cin.run("fmt", "--check", messy.toString(), tidy.toString()).status());

        assertEquals(canonical, Cin.withInput(mess(canonical), "fmt", "-").out());
    }

    @Test
    void aScriptThatDoesNotParseIsNotFormatted(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.cin"), "policy p \"P\"\n  rule rule\n");
        Run run = Cin.run("fmt", broken.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("does not parse"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void layoutRulesOnASmallScript() {
        String input = "# lead\npolicy p \"P\" version \"1\"   source \"s.txt\" # why\nrule A-1 \"T\" cite \"c\"\n"
                + "  obligation visit every 4 weeks from plan-started met by visit with x in [ a ,b,\n c ]\n\n\n\n"
                + "    # about B\nrule B-1 \"T\"\n cite \"c\" finding f for each meeting if a visit or\n a meeting\n";
        assertEquals("""
                # lead
                policy p "P"
                  version "1"
                  source "s.txt" # why

                rule A-1 "T"
                  cite "c"
                  obligation visit
                    every 4 weeks from plan-started
                    met by visit with x in [a, b,
                                            c]

                # about B
                rule B-1 "T"
                  cite "c"
                  finding f
                    for each meeting
                    if a visit or
                       a meeting
                """, ScriptFormatter.format(input).orElseThrow());
    }

    @Test
    void layoutOfIssue12Constructs() {
        String input = "policy p \"P\" version \"1\" source \"s.txt\"\nrule A-1 \"T\" cite \"c\"\n"
                + "  obligation visit every between 4 and 6 weeks from plan-started unless its plan-ended met by visit\n"
                + "rule B-1 \"T\" cite \"c\" obligation transfer-in-meeting when moved-in counted from the later of date and"
                + " notified due at 9 months then every between 4 and 6 weeks met by meeting\n"
                + "rule C-1 \"T\" cite \"c\" finding f for each meeting unless nextReview within 3 months after it\n";
        assertEquals("""
                policy p "P"
                  version "1"
                  source "s.txt"

                rule A-1 "T"
                  cite "c"
                  obligation visit
                    every between 4 and 6 weeks from plan-started
                    unless its plan-ended
                    met by visit

                rule B-1 "T"
                  cite "c"
                  obligation transfer-in-meeting
                    when moved-in counted from the later of date and notified
                    due at 9 months
                    then every between 4 and 6 weeks
                    met by meeting

                rule C-1 "T"
                  cite "c"
                  finding f
                    for each meeting
                    unless nextReview within 3 months after it
                """, ScriptFormatter.format(input).orElseThrow());
    }

    /** The same script with its white space disturbed: indents dropped, spaces doubled, blank lines added. */
    private static String mess(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String stripped = line.strip();
            boolean comment = stripped.startsWith("#");
            out.append(stripped.startsWith("rule") ? "\n\n" : "")
                    .append(comment && !line.startsWith("#") ? "      " + stripped
                            : line.replace(" ", comment || line.contains("\"") ? " " : "  ").stripLeading())
                    .append('\n');
        }
        return out.toString();
    }

    private static List<String> comments(String text) {
        return text.lines().map(String::strip).filter(l -> l.contains("#")).map(l -> l.substring(l.indexOf('#'))).toList();
    }

    /** Both texts compile to policies that describe and evaluate alike. */
    private static void assertSamePolicy(String name, String a, String b) throws Exception {
        BundledPolicies policies = BundledPolicies.standard();
        Compilation first = policies.compile(new PolicySource(name, a));
        Compilation second = policies.compile(new PolicySource(name, b));
        assertTrue(first.succeeded() && second.succeeded(), second.diagnostics().toString());
        assertEquals(PolicyDocument.markdown(first.policy().orElseThrow()), PolicyDocument.markdown(second.policy().orElseThrow()));
        List<Path> cases;
        try (Stream<Path> files = Files.walk(Cin.EXAMPLES)) {
            cases = files.filter(p -> p.toString().endsWith(".json") && !p.toString().contains("bad")).sorted().toList();
        }
        for (Path file : cases) {
            CaseRecord record = CaseFileReader.read(file);
            LocalDate asOf = LocalDate.of(2027, 6, 1);
            ComplianceReport x = first.policy().orElseThrow().evaluate(record, asOf);
            ComplianceReport y = second.policy().orElseThrow().evaluate(record, asOf);
            assertEquals(x, y, file.toString());
        }
    }
}
