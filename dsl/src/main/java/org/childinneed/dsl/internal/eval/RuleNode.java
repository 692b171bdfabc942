package org.childinneed.dsl.internal.eval;

import org.childinneed.model.compliance.Citation;

/** One obligation or finding of a planned policy. */
interface RuleNode {

    /**
     * Adds what it finds in the case to {@code out}, leaving out every item (obligation, finding,
     * obligation not required) dated outside the dates {@code ctx} judges ({@link EvalContext#judges}).
     */
    void evaluate(EvalContext ctx, Results out);

    /** Where its rule comes from, with the version of the policy that wrote it. */
    Citation cite();
}
