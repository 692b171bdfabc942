package org.childinneed.model.event;

import org.childinneed.model.Coded;

/** What a child protection conference decided. */
public enum ConferenceOutcome implements Coded {
    CP_PLAN, STEP_DOWN_TO_CIN, NO_FURTHER_ACTION;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
