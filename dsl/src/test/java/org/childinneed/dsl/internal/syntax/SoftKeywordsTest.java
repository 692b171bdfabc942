package org.childinneed.dsl.internal.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.childinneed.dsl.internal.source.Found;
import org.childinneed.dsl.PolicySource;
import org.childinneed.dsl.internal.ast.Filter;
import org.childinneed.dsl.internal.ast.FindingPart;
import org.childinneed.dsl.internal.ast.PolicyDecl;
import org.childinneed.dsl.internal.ast.Subject;
import org.childinneed.dsl.internal.source.Reporter;
import org.childinneed.dsl.internal.syntax.grammar.PolicyScriptLexer;
import org.junit.jupiter.api.Test;

/**
 * Words of the language stand for codes where a code goes (soft keywords): any word in a list and
 * after {@code is}, save the three that start a new item; written bare, any word that cannot
 * continue a filter. The words are read from the lexer, so a keyword added later is covered.
 */
class SoftKeywordsTest {

    private static final Set<String> ITEM_STARTS = Set.of("rule", "override", "out", "event");

    /** The words that can continue a filter, so cannot be a bare code (as the README lists them). */
    private static final Set<String> CONTINUING = Set.of("clause", "cite", "obligation", "finding", "when",
            "counted", "every", "if", "unless", "due", "then", "met", "extended", "waived", "for", "more", "less",
            "within", "at", "and", "or", "not", "is", "in", "include", "includes", "recorded", "referring", "over",
            "under", "before", "after", "since", "on", "role");

    /** Every word of the language, from the lexer's literals. */
    private static List<String> words() {
        List<String> words = new ArrayList<>();
        for (int type = 1; type <= PolicyScriptLexer.VOCABULARY.getMaxTokenType(); type++) {
            String literal = PolicyScriptLexer.VOCABULARY.getLiteralName(type);
            if (literal != null && Character.isLetter(literal.charAt(1))) {
                words.add(literal.substring(1, literal.length() - 1).replace("\\'", "'"));
            }
        }
        return words;
    }

    private static List<Found> syntaxErrors(String body) {
        Reporter reporter = new Reporter("t.cin", "policy t \"T\" version \"1\" source \"s\"\n"
                + "rule T-1 cite \"c\"\n" + body + "\n");
        ScriptParser.parse(reporter);
        return reporter.diagnostics();
    }

    @Test
    void everyWordButTheItemStartsIsACodeInAListAndAfterIs() {
        List<String> words = words();
        assertTrue(words.containsAll(List.of("child", "plan", "open", "started", "by", "rule")), words.toString());
        for (String word : words) {
            String list = "finding chair-not-permitted for each meeting with chair in [" + word + ", team-manager]"
                    + " unless chair is " + word + " or chair is not " + word + " or chair not in [" + word + "]";
            assertEquals(ITEM_STARTS.contains(word), !syntaxErrors(list).isEmpty(), word);
        }
    }

    @Test
    void writtenBareAWordIsACodeUnlessItCouldContinueTheRule() {
        for (String word : words()) {
            if (ITEM_STARTS.contains(word)) {
                continue;
            }
            Reporter reporter = new Reporter("t.cin", "policy t \"T\" version \"1\" source \"s\"\n"
                    + "rule T-1 cite \"c\" finding chair-not-permitted\n  for each meeting with chair " + word + "\n");
            Optional<PolicyDecl> policy = ScriptParser.parse(reporter);
            boolean aCode = reporter.diagnostics().isEmpty() && policy.isPresent()
                    && ((Subject.Events) ((FindingPart) policy.get().rules().get(0).parts().get(0)).subjects().get(0))
                            .pattern().filters().get(0) instanceof Filter.Equals equals
                    && equals.value().text().equals(word);
            assertEquals(!CONTINUING.contains(word), aCode, word);
        }
    }

    @Test
    void aWordAsACodeIsAnEqualsFilterWithThatCode() {
        Reporter reporter = new Reporter("t.cin", "policy t \"T\" version \"1\" source \"s\"\n"
                + "rule T-1 cite \"c\" finding closure-record-incomplete\n"
                + "  for each plan-ended with views include [child, parents], reason child\n");
        PolicyDecl policy = ScriptParser.parse(reporter).orElseThrow();
        assertEquals(List.of(), reporter.diagnostics());
        FindingPart part = (FindingPart) policy.rules().get(0).parts().get(0);
        List<Filter> filters = ((Subject.Events) part.subjects().get(0)).pattern().filters();
        assertEquals(List.of("child", "parents"), ((Filter.Includes) filters.get(0)).values().stream()
                .map(n -> n.text()).toList());
        Filter.Equals reason = (Filter.Equals) filters.get(1);
        assertEquals("child", reason.value().text());
        assertEquals("3:67", reason.value().pos().toString());
    }
}
