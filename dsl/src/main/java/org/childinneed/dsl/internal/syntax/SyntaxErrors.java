package org.childinneed.dsl.internal.syntax;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.childinneed.dsl.internal.ast.Position;
import org.childinneed.dsl.internal.source.Codes;
import org.childinneed.model.text.DidYouMean;
import org.childinneed.dsl.internal.source.Reporter;
import org.childinneed.dsl.internal.syntax.grammar.PolicyScriptLexer;

/** Turns ANTLR's syntax errors into plain-worded diagnostics, never printing anything. */
final class SyntaxErrors extends BaseErrorListener {

    /** Syntax errors reported before the rest are dropped as likely consequences. */
    static final int MAX_REPORTED = 25;

    private final Reporter reporter;
    private final java.util.NavigableSet<Integer> errorTokens = new java.util.TreeSet<>();
    private int reported;

    SyntaxErrors(Reporter reporter) {
        this.reporter = reporter;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
            String msg, RecognitionException e) {
        if (!(recognizer instanceof Parser parser)) {
            return; // the lexer's own errors cannot happen: UNEXPECTED_CHARACTER catches every character
        }
        Token token = (Token) offendingSymbol;
        errorTokens.add(token.getTokenIndex());
        if (token.getType() == PolicyScriptLexer.UNTERMINATED_STRING
                || token.getType() == PolicyScriptLexer.UNEXPECTED_CHARACTER) {
            return; // reported by the lexical check
        }
        if (++reported > MAX_REPORTED) {
            return;
        }
        Position pos = token.getType() == Token.EOF
                ? Position.at(line, charPositionInLine + 1)
                : AstBuilder.position(token);
        IntervalSet expected = expected(parser, e);
        List<String> words = describe(expected, parser.getVocabulary());
        String found = token.getType() == Token.EOF ? "end of the script" : "'" + token.getText() + "'";
        String message = msg.startsWith("missing ") && !words.isEmpty()
                ? "missing " + oneOf(words) + " before " + (token.getType() == Token.EOF ? "the " : "") + found
                : "unexpected " + found;
        if (token.getType() == Token.EOF && token.getTokenIndex() == 0) {
            message = "the script is empty";
        }
        Optional<String> hint = missingArticle(parser, token);
        if (hint.isEmpty() && token.getType() == PolicyScriptLexer.ID) {
            hint = DidYouMean.hint(token.getText(), keywords(expected, parser.getVocabulary()))
                    .or(() -> DidYouMean.hint(token.getText(), allKeywords(parser.getVocabulary())));
        }
        boolean betweenRules = expected.contains(PolicyScriptLexer.RULE) && expected.contains(Token.EOF);
        if (hint.isEmpty() && betweenRules && expected.contains(PolicyScriptLexer.MET)) {
            hint = Optional.of("an obligation's lines start with 'when', 'every', 'due', 'then', 'met by', 'if', 'unless',"
                    + " 'extended' or 'waived'; a new rule starts with 'rule'");
        } else if (hint.isEmpty() && betweenRules && expected.contains(PolicyScriptLexer.FOR)) {
            hint = Optional.of("a finding's lines start with 'for each', 'if' or 'unless'; a new rule starts with 'rule'");
        } else if (hint.isEmpty() && betweenRules) {
            hint = Optional.of("a rule holds clause, cite, obligation and finding lines; a new rule starts with"
                    + " 'rule'");
        } else if (hint.isEmpty() && !words.isEmpty() && words.size() <= 8 && !message.startsWith("missing")) {
            hint = Optional.of("expected " + oneOf(words));
        }
        if (reported == MAX_REPORTED) {
            hint = Optional.of(hint.map(h -> h + "; ").orElse("") + "further syntax errors are not reported");
        }
        reporter.error(Codes.SYNTAX_ERROR, pos, message, hint);
    }

    /**
     * A hint when the condition the error lies in starts with an event type and no article
     * ({@code if assessment-completed with outcome in-need}), which reads as a test of the event in hand.
     */
    private static Optional<String> missingArticle(Parser parser, Token token) {
        org.antlr.v4.runtime.TokenStream tokens = parser.getInputStream();
        for (int i = token.getTokenIndex() - 1; i >= 0 && i > token.getTokenIndex() - 64; i--) {
            int type = tokens.get(i).getType();
            if (type == PolicyScriptLexer.A || type == PolicyScriptLexer.AN || type == PolicyScriptLexer.NO
                    || type == PolicyScriptLexer.ITS) {
                return Optional.empty();
            }
            boolean starts = type == PolicyScriptLexer.IF || type == PolicyScriptLexer.UNLESS || type == PolicyScriptLexer.AND
                    || type == PolicyScriptLexer.OR || type == PolicyScriptLexer.NOT || type == PolicyScriptLexer.LPAREN;
            if (!starts) {
                continue;
            }
            Token first = tokens.get(i + 1);
            boolean eventType = first.getType() == PolicyScriptLexer.ID
                    && org.childinneed.model.event.EventType.fromCode(first.getText()).isPresent()
                    && (i + 2 == token.getTokenIndex() || tokens.get(i + 2).getType() == PolicyScriptLexer.WITH);
            if (!eventType) {
                return Optional.empty();
            }
            String type0 = first.getText();
            return Optional.of("a condition about another event starts with 'a', 'an' or 'no': write '"
                    + tokens.get(i).getText() + " " + org.childinneed.model.text.English.article(type0) + " " + type0 + " ...'");
        }
        return Optional.empty();
    }

    /** The indexes of the tokens at which syntax errors were reported. */
    java.util.NavigableSet<Integer> errorTokens() {
        return errorTokens;
    }

    private static IntervalSet expected(Parser parser, RecognitionException e) {
        try {
            return e != null && e.getExpectedTokens() != null ? e.getExpectedTokens() : parser.getExpectedTokens();
        } catch (RuntimeException ignored) {
            return new IntervalSet();
        }
    }

    private static List<String> describe(IntervalSet expected, Vocabulary vocabulary) {
        // Where a code goes, nearly every word of the language is one too: say "a code", not each word.
        boolean code = expected.contains(PolicyScriptLexer.ID) && expected.contains(PolicyScriptLexer.CHILD)
                && expected.contains(PolicyScriptLexer.POLICY);
        Set<String> words = new LinkedHashSet<>();
        for (int type : expected.toList()) {
            if (!code) {
                words.add(word(type, vocabulary));
            } else if (type == PolicyScriptLexer.ID) {
                words.add("a code");
            } else if (!isWord(vocabulary.getLiteralName(type))) {
                words.add(word(type, vocabulary));
            }
        }
        return new ArrayList<>(words);
    }

    private static boolean isWord(String literal) {
        return literal != null && literal.length() > 2 && Character.isLetter(literal.charAt(1));
    }

    private static List<String> keywords(IntervalSet expected, Vocabulary vocabulary) {
        List<String> keywords = new ArrayList<>();
        for (int type : expected.toList()) {
            String literal = vocabulary.getLiteralName(type);
            if (literal != null && literal.length() > 3 && Character.isLetter(literal.charAt(1))) {
                keywords.add(literal.substring(1, literal.length() - 1).replace("\\'", "'"));
            }
        }
        return keywords;
    }

    private static List<String> allKeywords(Vocabulary vocabulary) {
        IntervalSet all = new IntervalSet();
        for (int type = 1; type <= vocabulary.getMaxTokenType(); type++) {
            all.add(type);
        }
        return keywords(all, vocabulary);
    }

    private static String word(int type, Vocabulary vocabulary) {
        return switch (type) {
            case Token.EOF -> "the end of the script";
            case PolicyScriptLexer.ID -> "a name";
            case PolicyScriptLexer.STRING -> "a quoted text";
            case PolicyScriptLexer.NUMBER -> "a number";
            case PolicyScriptLexer.DATE -> "a date such as 2023-12-15";
            case PolicyScriptLexer.ORDINAL -> "an ordinal such as 18th";
            default -> {
                String literal = vocabulary.getLiteralName(type);
                yield literal == null ? vocabulary.getDisplayName(type) : literal.replace("\\'", "'");
            }
        };
    }

    private static String oneOf(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return "one of " + String.join(", ", words);
    }
}
