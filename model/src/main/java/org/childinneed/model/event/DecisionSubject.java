package org.childinneed.model.event;

import org.childinneed.model.Coded;

/** What a recorded management decision is about. */
public enum DecisionSubject implements Coded {
    EARLY_CLOSURE, EXTENSION, CLOSURE_RATIONALE, EXCEPTION;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
