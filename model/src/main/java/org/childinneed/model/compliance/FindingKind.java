package org.childinneed.model.compliance;

import org.childinneed.model.Coded;

/** The kinds of finding in the catalog's vocabulary. */
public enum FindingKind implements Finding.Kind {
    CHAIR_NOT_PERMITTED,
    DECISION_NOT_AUTHORISED,
    PLAN_MISSING_ELEMENT,
    PLAN_TOO_LONG,
    PLAN_CLOSED_TOO_EARLY,
    PLAN_EXCEEDS_MAXIMUM_DURATION,
    PLAN_PAST_EIGHTEENTH_BIRTHDAY,
    CLOSURE_RECORD_INCOMPLETE,
    CLOSURE_REASON_NOT_PERMITTED,
    CLOSED_WITHOUT_REVIEW,
    NEXT_REVIEW_NOT_SET;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
