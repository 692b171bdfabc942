package org.childinneed.model.event;

import org.childinneed.model.Coded;

/** What a child and family assessment concluded. */
public enum AssessmentOutcome implements Coded {
    IN_NEED, NOT_IN_NEED;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
