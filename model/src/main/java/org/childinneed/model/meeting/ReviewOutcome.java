package org.childinneed.model.meeting;

import org.childinneed.model.Coded;

/** What a review meeting decided. */
public enum ReviewOutcome implements Coded {
    /** Continue the plan (with or without minor amendment). */
    CONTINUE,
    /** The child is no longer in need: the plan may close. */
    NO_LONGER_IN_NEED,
    /** Step down to early help. */
    STEP_DOWN_EARLY_HELP,
    /** Convert to a Common Assessment Framework meeting with a lead professional. */
    CAF,
    /** Progress to a Children and Family Assessment. */
    CHILD_AND_FAMILY_ASSESSMENT,
    /** Escalate to a strategy discussion (possible s47 enquiry). */
    STRATEGY_DISCUSSION;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    /** Whether this outcome decides that the plan ends (ceases involvement or steps down). */
    public boolean endsPlan() {
        return this == NO_LONGER_IN_NEED || this == STEP_DOWN_EARLY_HELP || this == CAF;
    }
}
