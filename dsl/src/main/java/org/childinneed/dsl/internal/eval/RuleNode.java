package org.childinneed.dsl.internal.eval;

import org.childinneed.model.compliance.Citation;
import org.childinneed.model.event.EventType;

/** One obligation or finding of a planned policy. */
interface RuleNode {

    /**
     * Adds what it finds in the case to {@code out}, leaving out every item (obligation, finding,
     * obligation not required) dated outside the dates {@code ctx} judges ({@link EvalContext#judges}).
     */
    void evaluate(EvalContext ctx, Results out);

    /**
     * The types of the events its items start from (an obligation's triggers, the events or plans a
     * finding looks at): a case with none of them gets nothing from it, and is not evaluated by it.
     */
    EventType[] startsFrom();

    /** Where its rule comes from, with the version of the policy that wrote it. */
    Citation cite();
}
