package org.childinneed.model.plan;

import org.childinneed.model.Coded;

/** The parts a Child in Need plan may record. */
public enum PlanElement implements PlanElementCode {
    OBJECTIVES,
    SERVICES,
    RESPONSIBILITIES,
    KEYWORKER,
    TIMESCALES,
    REVIEW_ARRANGEMENTS,
    CONTINGENCY,
    SAFETY_PLAN,
    CHILD_VIEWS,
    PARENT_VIEWS;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
