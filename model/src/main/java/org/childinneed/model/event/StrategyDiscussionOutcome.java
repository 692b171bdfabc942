package org.childinneed.model.event;

import org.childinneed.model.Coded;

/** What a strategy discussion decided: a section 47 enquiry, help as a child in need, or no further action. */
public enum StrategyDiscussionOutcome implements Coded {
    S47, IN_NEED, NO_FURTHER_ACTION;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
