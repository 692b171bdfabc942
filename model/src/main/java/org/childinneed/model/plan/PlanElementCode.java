package org.childinneed.model.plan;

import org.childinneed.model.Coded;

/**
 * A plan element as an event records it: a national {@link PlanElement}, or an element a policy
 * declares ({@code plan element frequency-of-visits}), read as a
 * {@link org.childinneed.model.event.DeclaredCode}.
 */
public interface PlanElementCode extends Coded {
}
