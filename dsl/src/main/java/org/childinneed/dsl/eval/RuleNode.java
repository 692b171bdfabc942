package org.childinneed.dsl.eval;

/** One obligation or finding of a planned policy. */
interface RuleNode {

    /** Adds what it finds in the case to {@code out}. */
    void evaluate(EvalContext ctx, Results out);
}
