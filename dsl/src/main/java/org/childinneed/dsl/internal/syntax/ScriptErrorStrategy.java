package org.childinneed.dsl.internal.syntax;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.childinneed.dsl.internal.syntax.grammar.PolicyScriptLexer;
import org.childinneed.dsl.internal.syntax.grammar.PolicyScriptParser;

/**
 * ANTLR's default recovery, except that the words that start a top-level item ({@code rule},
 * {@code override}, {@code advisory}, {@code out}) are never skipped: recovery stops before them, so that one
 * syntax error does not swallow the next rule and its errors can still be reported. Recovery stops
 * before the words that start a clause of a rule as well, so that each clause line is read on its own.
 */
final class ScriptErrorStrategy extends DefaultErrorStrategy {

    private static final IntervalSet ITEM_STARTS =
            IntervalSet.of(PolicyScriptLexer.RULE, PolicyScriptLexer.OVERRIDE);

    /**
     * The words that start a line-level clause of a rule ({@code cite}, {@code when}, {@code due},
     * {@code met by}, {@code unless}...): recovery stops before them too, so that a syntax error in
     * one clause leaves the next to be read, and checked, on its own.
     */
    private static final IntervalSet CLAUSE_STARTS = IntervalSet.of(PolicyScriptLexer.CLAUSE, PolicyScriptLexer.CITE);

    static {
        ITEM_STARTS.add(PolicyScriptLexer.OUT);
        ITEM_STARTS.add(PolicyScriptLexer.ADVISORY);
        for (int word : new int[] {PolicyScriptLexer.OBLIGATION, PolicyScriptLexer.FINDING, PolicyScriptLexer.WHEN,
            PolicyScriptLexer.EVERY, PolicyScriptLexer.IF, PolicyScriptLexer.UNLESS, PolicyScriptLexer.DUE,
            PolicyScriptLexer.THEN, PolicyScriptLexer.MET, PolicyScriptLexer.EXTENDED, PolicyScriptLexer.WAIVED,
            PolicyScriptLexer.FOR}) {
            CLAUSE_STARTS.add(word);
        }
    }

    /** What may come after a clause of a rule: another clause, another item, the end of the script. */
    private static final IntervalSet AFTER_CLAUSE = new IntervalSet();

    static {
        AFTER_CLAUSE.addAll(CLAUSE_STARTS);
        AFTER_CLAUSE.addAll(ITEM_STARTS);
        for (int word : new int[] {PolicyScriptLexer.EVENT, PolicyScriptLexer.ROLE, PolicyScriptLexer.PLAN,
            PolicyScriptLexer.NOT, Token.EOF}) {
            AFTER_CLAUSE.add(word);
        }
    }

    /** The index of the token at which the last syntax error was reported. */
    private int lastReported = -1;

    /**
     * Between the clauses of a rule, words that can neither continue the clause before nor start
     * another are skipped up to the next clause, said once per clause: ANTLR's own recovery would
     * leave the rule there and lose the clauses after them.
     */
    @Override
    public void sync(Parser recognizer) throws RecognitionException {
        ParserRuleContext context = recognizer.getContext();
        boolean betweenClauses = context instanceof PolicyScriptParser.ObligationContext
                || context instanceof PolicyScriptParser.FindingContext || context instanceof PolicyScriptParser.RuleDeclContext;
        TokenStream tokens = recognizer.getInputStream();
        int next = tokens.LA(1);
        if (!betweenClauses || inErrorRecoveryMode(recognizer) || AFTER_CLAUSE.contains(next)
                || recognizer.getATN().nextTokens(recognizer.getATN().states.get(recognizer.getState())).contains(next)) {
            super.sync(recognizer);
            return;
        }
        if (!errorSinceClauseStart(tokens)) {
            reportUnwantedToken(recognizer);
        }
        beginErrorCondition(recognizer);
        while (!AFTER_CLAUSE.contains(tokens.LA(1))) {
            recognizer.consume();
        }
    }

    /** Whether a syntax error was reported since the clause the next token lies in started. */
    private boolean errorSinceClauseStart(TokenStream tokens) {
        for (int i = tokens.index() - 1; i >= 0 && i > lastReported - 1; i--) {
            if (i == lastReported) {
                return true;
            }
            if (CLAUSE_STARTS.contains(tokens.get(i).getType()) || ITEM_STARTS.contains(tokens.get(i).getType())) {
                return false;
            }
        }
        return false;
    }

    @Override
    public void reportError(Parser recognizer, RecognitionException e) {
        if (!inErrorRecoveryMode(recognizer) && e.getOffendingToken() != null) {
            lastReported = e.getOffendingToken().getTokenIndex();
        }
        super.reportError(recognizer, e);
    }

    @Override
    protected void reportUnwantedToken(Parser recognizer) {
        if (!inErrorRecoveryMode(recognizer)) {
            lastReported = recognizer.getCurrentToken().getTokenIndex();
        }
        super.reportUnwantedToken(recognizer);
    }

    @Override
    protected void reportMissingToken(Parser recognizer) {
        if (!inErrorRecoveryMode(recognizer)) {
            lastReported = recognizer.getCurrentToken().getTokenIndex();
        }
        super.reportMissingToken(recognizer);
    }

    @Override
    protected Token singleTokenDeletion(Parser recognizer) {
        if (ITEM_STARTS.contains(recognizer.getInputStream().LA(1))) {
            return null;
        }
        return super.singleTokenDeletion(recognizer);
    }

    @Override
    protected IntervalSet getErrorRecoverySet(Parser recognizer) {
        IntervalSet set = new IntervalSet(super.getErrorRecoverySet(recognizer));
        set.addAll(ITEM_STARTS);
        set.addAll(CLAUSE_STARTS);
        return set;
    }
}
