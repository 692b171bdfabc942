package org.childinneed.model.meeting;

import org.childinneed.model.Coded;

/** The kinds of Child in Need meeting. */
public enum MeetingType implements Coded {
    /** The first CIN meeting, which makes the plan. */
    INITIAL,
    /** A review of the plan. */
    REVIEW,
    /** The first meeting for a family on a CIN plan that moved in from another authority. */
    TRANSFER_IN,
    /** A review brought forward by a change of circumstances. */
    EARLY_REVIEW;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    /** Whether a meeting of this type reviews the plan (a review or an early review). */
    public boolean isReview() {
        return this == REVIEW || this == EARLY_REVIEW;
    }
}
