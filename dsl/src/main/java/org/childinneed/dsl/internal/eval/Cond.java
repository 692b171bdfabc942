package org.childinneed.dsl.internal.eval;

/** A condition resolved for evaluation. */
interface Cond {

    /** Whether it holds for the event in hand. */
    boolean test(Focus focus, EvalContext ctx);

    /** Why it holds ({@code held}) or fails, in words with ids, codes and dates only. */
    String why(Focus focus, EvalContext ctx, boolean held);

    /**
     * Whether it reads nothing but the event in hand and the child, and so costs next to nothing
     * to test: a rule tests such a condition before one that searches the case.
     */
    default boolean readsOnlyTheEvent() {
        return false;
    }

    /**
     * Why it holds ({@code held}) or fails, as facts only: unlike {@link #why}, a failed test does
     * not add what would have been permitted, as in a finding's {@code if} (where a failed test
     * under {@code not} is a reason the rule applies, not a fault).
     */
    default String fact(Focus focus, EvalContext ctx, boolean held) {
        return why(focus, ctx, held);
    }
}
