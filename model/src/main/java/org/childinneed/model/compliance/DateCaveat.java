package org.childinneed.model.compliance;

import org.childinneed.model.Coded;

/**
 * A reason to doubt a computed date, which a report names as a warning under a stable code.
 */
public enum DateCaveat implements Coded {
    /**
     * The due date was counted in working days past the end of the bank-holiday data, where every
     * weekday is counted as a working day: it may be too early by the holidays not known.
     */
    BEYOND_HOLIDAY_DATA;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
