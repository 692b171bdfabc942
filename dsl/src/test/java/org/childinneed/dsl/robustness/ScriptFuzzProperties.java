package org.childinneed.dsl.robustness;

import static org.childinneed.dsl.robustness.Fixtures.compileSafely;
import static org.childinneed.dsl.robustness.Fixtures.evaluateSafely;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.childinneed.dsl.Compilation;
import org.childinneed.dsl.CompiledPolicy;
import org.childinneed.dsl.internal.syntax.grammar.PolicyScriptLexer;
import org.childinneed.model.timeline.CaseRecord;

/**
 * Policy scripts are untrusted input. Whatever the text (token soup from the grammar's vocabulary,
 * the bundled scripts damaged line by line and token by token, random scripts that follow the
 * grammar), {@code PolicyCompiler.compile} returns in bounded time, never throws, and every
 * diagnostic points inside the text and renders; a script that compiles evaluates random cases
 * without throwing.
 */
class ScriptFuzzProperties {

    private static final String HEADER = "policy t \"T\"\n  version \"1\"\n  source \"s.txt\"\n";
    private static final List<String> WORDS = vocabulary();
    private static final String[] SEPARATORS = {" ", " ", " ", "\n", "\n  ", "\t", "", "\r\n", "\r", "\f"};
    private static final String[] ODD_CHARACTERS = {"\"", "\\", "#", "(", ")", "[", "]", ",", "'", "-", "é", "\u0000",
        "\uD83D\uDE00", "\uD800", "\u2028", "\u00A0", "{", ";", "0", "9th", "\n", "\r", "\t"};

    @Property(tries = 300)
    void tokenSoupNeverBreaksTheCompiler(@ForAll("soup") String text) {
        compileAndRun("soup.cin", text, text.hashCode());
    }

    @Property(tries = 250)
    void damagedBundledScriptsNeverBreakTheCompiler(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String id = Fixtures.BUNDLED_IDS.get(random.nextInt(Fixtures.BUNDLED_IDS.size()));
        String damaged = Mutations.damage(Fixtures.bundledText(id), random);
        compileAndRun(id + ".cin", damaged, seed);
    }

    @Property(tries = 250)
    void randomScriptsInTheGrammarCompileOrSayWhyAndEvaluate(@ForAll long seed) {
        compileAndRun("random.cin", RandomScripts.of(seed), seed);
    }

    /** Compiles {@code text}; when it compiles, evaluates a few random cases with it. */
    static void compileAndRun(String name, String text, long seed) {
        Compilation compilation = compileSafely(name, text);
        if (compilation.policy().isPresent()) {
            CompiledPolicy policy = compilation.policy().get();
            List<CaseRecord> cases = new ArrayList<>();
            List<LocalDate> asOfs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                cases.add(RandomCases.of(seed + i, 40));
                asOfs.add(RandomCases.asOf(seed + i));
            }
            evaluateSafely(policy, cases, asOfs);
        }
    }

    @Provide
    Arbitrary<String> soup() {
        Arbitrary<String> token = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, Arbitraries.of(WORDS)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(ODD_CHARACTERS)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(6)));
        Arbitrary<String> separator = Arbitraries.of(SEPARATORS);
        Arbitrary<String> body = Combinators.combine(token, separator).as(String::concat).list().ofMaxSize(120)
                .map(pieces -> String.join("", pieces));
        return Arbitraries.oneOf(body, body.map(b -> HEADER + b), body.map(b -> HEADER + "rule T-1 cite \"c\"\n" + b));
    }

    /**
     * The grammar's keywords and punctuation (from the generated lexer, so they follow the
     * grammar), with names, numbers and texts of the kinds scripts use.
     */
    private static List<String> vocabulary() {
        List<String> words = new ArrayList<>();
        for (int type = 1; type <= PolicyScriptLexer.VOCABULARY.getMaxTokenType(); type++) {
            String literal = PolicyScriptLexer.VOCABULARY.getLiteralName(type);
            if (literal != null) {
                words.add(literal.substring(1, literal.length() - 1).replace("\\'", "'"));
            }
        }
        words.addAll(Arrays.asList("meeting", "visit", "plan-started", "plan-ended", "assessment-completed",
                "management-decision", "chair", "outcome", "in-need", "team-manager", "elements", "keyworker",
                "points", "rationale", "meetingRef", "notified", "limitWorkingDays", "initial-meeting", "review-meeting",
                "chair-not-permitted", "plan-too-long", "KEN-01", "WT-02", "working-together", "kent", "0", "1", "10",
                "18th", "99999999999999999999", "\"text\"", "\"\"", "\"unterminated", "\"a \\\" b\"", "# comment"));
        return List.copyOf(words);
    }
}
