package org.childinneed.dsl.internal.syntax;

import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.childinneed.dsl.internal.ast.PolicyDecl;
import org.childinneed.dsl.internal.ast.Position;
import org.childinneed.dsl.internal.source.Codes;
import org.childinneed.dsl.internal.source.Reporter;
import org.childinneed.dsl.internal.syntax.grammar.PolicyScriptLexer;
import org.childinneed.dsl.internal.syntax.grammar.PolicyScriptParser;

/**
 * Turns a script into its syntax tree, reporting every syntax error as a diagnostic (nothing is
 * printed). Guards the parser against hostile input: a script too large or nested too deep is
 * refused with a diagnostic before parsing.
 */
public final class ScriptParser {

    /** The most characters a script may hold. */
    public static final int MAX_CHARACTERS = 1_000_000;
    /** The deepest a script may nest parentheses or brackets. */
    public static final int MAX_NESTING = 32;

    private ScriptParser() {
    }

    /**
     * Parses the reporter's script.
     *
     * @return the tree, or empty when the header itself could not be read or the script was refused
     */
    public static Optional<PolicyDecl> parse(Reporter reporter) {
        String text = reporter.text();
        if (text.length() > MAX_CHARACTERS) {
            reporter.error(Codes.SCRIPT_TOO_LARGE, Position.at(1, 1), "the script is too large: " + text.length()
                    + " characters, at most " + MAX_CHARACTERS);
            return Optional.empty();
        }
        TextHazards.warn(text, reporter);
        SyntaxErrors errors = new SyntaxErrors(reporter);
        PolicyScriptLexer lexer = new PolicyScriptLexer(CharStreams.fromString(text, reporter.name()));
        lexer.removeErrorListeners();
        lexer.addErrorListener(errors);
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        if (!lexicallySound(tokens.getTokens(), reporter)) {
            return Optional.empty();
        }
        PolicyScriptParser parser = new PolicyScriptParser(tokens);
        parser.removeErrorListeners();
        parser.addErrorListener(errors);
        parser.setErrorHandler(new ScriptErrorStrategy());
        PolicyScriptParser.ScriptContext tree = parser.script();
        return new AstBuilder(errors.errorTokens()).build(tree);
    }

    /** Reports bad strings and characters; refuses nesting deeper than {@link #MAX_NESTING}. */
    private static boolean lexicallySound(List<Token> tokens, Reporter reporter) {
        int depth = 0;
        for (Token token : tokens) {
            switch (token.getType()) {
                case PolicyScriptLexer.UNTERMINATED_STRING -> reporter.error(Codes.UNCLOSED_STRING, AstBuilder.position(token),
                        "this string has no closing quote on its line");
                case PolicyScriptLexer.UNEXPECTED_CHARACTER -> reporter.error(Codes.UNEXPECTED_CHARACTER, AstBuilder.position(token),
                        "unexpected character '" + token.getText() + "'");
                case PolicyScriptLexer.LPAREN, PolicyScriptLexer.LBRACKET -> {
                    if (++depth > MAX_NESTING) {
                        reporter.error(Codes.NESTED_TOO_DEEP, AstBuilder.position(token), "nested more than " + MAX_NESTING
                                + " deep; write the condition more simply");
                        return false;
                    }
                }
                case PolicyScriptLexer.RPAREN, PolicyScriptLexer.RBRACKET -> depth = Math.max(0, depth - 1);
                default -> {
                }
            }
        }
        return true;
    }
}
