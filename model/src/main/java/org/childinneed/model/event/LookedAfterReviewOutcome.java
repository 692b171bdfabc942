package org.childinneed.model.event;

import org.childinneed.model.Coded;

/** What a looked-after review decided. */
public enum LookedAfterReviewOutcome implements Coded {
    STEP_DOWN_TO_CIN, REMAIN_LOOKED_AFTER;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
