package org.childinneed.dsl.eval;

/** A condition resolved for evaluation. */
interface Cond {

    /** Whether it holds for the event in hand. */
    boolean test(Focus focus, EvalContext ctx);

    /** Why it holds ({@code held}) or fails, in words with ids, codes and dates only. */
    String why(Focus focus, EvalContext ctx, boolean held);
}
