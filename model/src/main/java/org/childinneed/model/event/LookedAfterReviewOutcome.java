package org.childinneed.model.event;

import org.childinneed.model.Coded;

/** What a looked-after review decided. */
public enum LookedAfterReviewOutcome implements Coded {
    STEP_DOWN_TO_CIN, REMAIN_LOOKED_AFTER,
    /** The review ended care (the child stops being looked after), with no Child in Need plan to follow. */
    CARE_ENDED;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
