package org.childinneed.model.event;

import org.childinneed.model.Coded;

/** The kinds of supervision recorded on a case. */
public enum SupervisionKind implements Coded {
    CASE, REFLECTIVE;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
