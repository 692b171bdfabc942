package org.childinneed.dsl.internal.syntax.format;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.childinneed.dsl.internal.syntax.grammar.PolicyScriptLexer;
import org.childinneed.dsl.internal.syntax.grammar.PolicyScriptParser;

/**
 * Lays a policy script out the canonical way: the header's first line at the margin and its items
 * indented 2; each rule (and out-of-scope or declaration) at the margin after a blank line (a run of
 * one-line declarations of kinds, roles and plan elements together), its clause, cite, obligation
 * and finding lines indented 2 and their clauses 4; one space between words, none inside brackets and parentheses or before a comma. A line the author broke stays
 * broken: inside brackets it lines up after the opening bracket, elsewhere 3 columns in from the
 * start of its clause. Comments are kept, word for word: one at the end of a line stays there, one on a line
 * of its own is indented like the line below it (or stays at the margin). Runs of blank lines
 * become one; the file ends with one line break. Formatting is idempotent and changes no token.
 */
public final class ScriptFormatter {

    /** How far a broken line goes in from the start of its clause: just past {@code if }. */
    private static final int CONTINUATION = 3;

    private ScriptFormatter() {
    }

    /** The script laid out the canonical way, or empty when it does not parse (its syntax errors: see the compiler). */
    public static Optional<String> format(String script) {
        PolicyScriptLexer lexer = new PolicyScriptLexer(CharStreams.fromString(script));
        Failures failures = new Failures();
        lexer.removeErrorListeners();
        lexer.addErrorListener(failures);
        CommonTokenStream stream = new CommonTokenStream(lexer);
        PolicyScriptParser parser = new PolicyScriptParser(stream);
        parser.removeErrorListeners();
        parser.addErrorListener(failures);
        ParseTree tree = parser.script();
        List<Token> tokens = new ArrayList<>();
        for (Token token : stream.getTokens()) {
            if (token.getType() == Token.EOF) {
                break;
            }
            if (token.getType() == PolicyScriptLexer.UNEXPECTED_CHARACTER
                    || token.getType() == PolicyScriptLexer.UNTERMINATED_STRING) {
                return Optional.empty();
            }
            tokens.add(token);
        }
        if (failures.seen || tokens.isEmpty()) {
            return Optional.empty();
        }
        Map<Integer, Place> places = new HashMap<>();
        mark(tree, places);
        return Optional.of(new Layout(script, tokens, places).render());
    }

    /** Whether {@code script} is laid out the canonical way (a script that does not parse is not). */
    public static boolean isFormatted(String script) {
        return format(script).map(script::equals).orElse(false);
    }

    /** Where a structural line starts: its indent, and whether a blank line goes before it. */
    record Place(int indent, boolean blankBefore) {
    }

    private static void mark(ParseTree node, Map<Integer, Place> places) {
        if (node instanceof ParserRuleContext context && context.getStart() != null) {
            Place place = placeOf(context);
            if (place != null) {
                places.putIfAbsent(context.getStart().getTokenIndex(), place);
            }
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            mark(node.getChild(i), places);
        }
    }

    private static Place placeOf(ParserRuleContext context) {
        if (context instanceof PolicyScriptParser.HeaderContext) {
            return new Place(0, false);
        }
        if (context instanceof PolicyScriptParser.RuleDeclContext || context instanceof PolicyScriptParser.OutOfScopeContext
                || context instanceof PolicyScriptParser.EventDeclContext) {
            return new Place(0, true);
        }
        if (declaration(context)) {
            // A one-line declaration at the margin; a run of them (roles, kinds) stays together.
            ParseTree parent = context.getParent();
            int at = -1;
            for (int i = 0; parent != null && i < parent.getChildCount(); i++) {
                if (parent.getChild(i) == context) {
                    at = i;
                }
            }
            boolean afterDeclaration = at > 0 && parent.getChild(at - 1) instanceof ParserRuleContext before
                    && declaration(before);
            return new Place(0, !afterDeclaration);
        }
        if (context instanceof PolicyScriptParser.AttributeDeclContext) {
            return new Place(2, false);
        }
        if (context instanceof PolicyScriptParser.HeaderItemContext || context instanceof PolicyScriptParser.RuleItemContext) {
            return new Place(2, false);
        }
        if (context instanceof PolicyScriptParser.ObligationClauseContext
                || context instanceof PolicyScriptParser.FindingClauseContext) {
            return new Place(4, false);
        }
        return null;
    }

    /** A one-line declaration: an obligation or finding kind, a role or a plan element. */
    private static boolean declaration(ParserRuleContext context) {
        return context instanceof PolicyScriptParser.KindDeclContext || context instanceof PolicyScriptParser.CodeDeclContext;
    }

    private static final class Failures extends BaseErrorListener {
        private boolean seen;

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int column, String msg,
                RecognitionException e) {
            seen = true;
        }
    }

    /** The output, built line by line. */
    private static final class Layout {
        private final String text;
        private final List<Token> tokens;
        private final Map<Integer, Place> places;
        private final List<String> lines = new ArrayList<>();
        private final StringBuilder line = new StringBuilder();
        private final Deque<Integer> brackets = new ArrayDeque<>();
        private int clauseIndent;
        private int lastCodeLine = -1;

        Layout(String text, List<Token> tokens, Map<Integer, Place> places) {
            this.text = text;
            this.tokens = tokens;
            this.places = places;
        }

        String render() {
            int previousEnd = 0;
            Token previous = null;
            for (Token token : tokens) {
                Gap gap = Gap.of(text.substring(previousEnd, token.getStartIndex()), previous == null);
                Place place = places.get(token.getTokenIndex());
                boolean newLine = previous == null || gap.lineBreaks() || place != null;
                int indent = place != null ? place.indent() : continuationIndent();
                gap.trailing().ifPresent(comment -> line.append(' ').append(comment));
                if (newLine) {
                    endLine();
                    emitGapLines(gap, indent);
                    if (place != null && place.blankBefore() && !blankSinceCode()) {
                        lines.add(lastCodeLine + 1, "");
                    }
                    line.append(" ".repeat(indent));
                    if (place != null) {
                        clauseIndent = indent;
                        brackets.clear();
                    }
                } else if (needsSpace(previous, token)) {
                    line.append(' ');
                }
                line.append(token.getText());
                if (token.getType() == PolicyScriptLexer.LBRACKET || token.getType() == PolicyScriptLexer.LPAREN) {
                    brackets.push(line.length());
                } else if ((token.getType() == PolicyScriptLexer.RBRACKET || token.getType() == PolicyScriptLexer.RPAREN)
                        && !brackets.isEmpty()) {
                    brackets.pop();
                }
                previous = token;
                previousEnd = token.getStopIndex() + 1;
            }
            Gap last = Gap.of(text.substring(previousEnd), false);
            last.trailing().ifPresent(comment -> line.append(' ').append(comment));
            endLine();
            emitGapLines(last, 0);
            while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1);
            }
            return String.join("\n", lines) + "\n";
        }

        private int continuationIndent() {
            return brackets.isEmpty() ? clauseIndent + CONTINUATION : brackets.peek();
        }

        private void endLine() {
            if (line.length() > 0) {
                lines.add(line.toString().stripTrailing());
                lastCodeLine = lines.size() - 1;
                line.setLength(0);
            }
        }

        private void emitGapLines(Gap gap, int indent) {
            for (Gap.Line gapLine : gap.lines()) {
                if (gapLine.comment().isEmpty()) {
                    if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
                        lines.add("");
                    }
                } else {
                    lines.add(" ".repeat(gapLine.atMargin() ? 0 : indent) + gapLine.comment().get());
                }
            }
        }

        private boolean blankSinceCode() {
            for (int i = lastCodeLine + 1; i < lines.size(); i++) {
                if (lines.get(i).isEmpty()) {
                    return true;
                }
            }
            return false;
        }

        private static boolean needsSpace(Token previous, Token token) {
            int before = previous.getType();
            int type = token.getType();
            return before != PolicyScriptLexer.LBRACKET && before != PolicyScriptLexer.LPAREN
                    && type != PolicyScriptLexer.RBRACKET && type != PolicyScriptLexer.RPAREN
                    && type != PolicyScriptLexer.COMMA;
        }
    }
}
