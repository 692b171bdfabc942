package org.childinneed.dsl.internal.syntax;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.childinneed.dsl.internal.syntax.grammar.PolicyScriptLexer;

/**
 * ANTLR's default recovery, except that the words that start a top-level item ({@code rule},
 * {@code override}, {@code advisory}, {@code out}) are never skipped: recovery stops before them, so that one
 * syntax error does not swallow the next rule and its errors can still be reported.
 */
final class ScriptErrorStrategy extends DefaultErrorStrategy {

    private static final IntervalSet ITEM_STARTS =
            IntervalSet.of(PolicyScriptLexer.RULE, PolicyScriptLexer.OVERRIDE);

    static {
        ITEM_STARTS.add(PolicyScriptLexer.OUT);
        ITEM_STARTS.add(PolicyScriptLexer.ADVISORY);
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
        return set;
    }
}
