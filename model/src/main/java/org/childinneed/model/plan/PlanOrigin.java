package org.childinneed.model.plan;

import org.childinneed.model.Coded;

/** How a Child in Need plan came about. */
public enum PlanOrigin implements Coded {
    ASSESSMENT,
    CHILD_PROTECTION,
    LOOKED_AFTER,
    TRANSFER_IN,
    SUPERVISION_ORDER;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
