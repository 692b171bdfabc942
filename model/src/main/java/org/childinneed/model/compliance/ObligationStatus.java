package org.childinneed.model.compliance;

import org.childinneed.model.Coded;

/** Where an obligation stands on the as-of date (contract section 3). */
public enum ObligationStatus implements Coded {
    /** Satisfied on or before its due date. */
    MET,
    /** Satisfied after its due date. */
    MET_LATE,
    /** Not yet satisfied, and not yet due. */
    OPEN,
    /** Not satisfied, and due before the as-of date. */
    OVERDUE,
    /** Not satisfied, and the plan ended before it fell due. */
    CANCELLED,
    /**
     * Not satisfied as far as the case record shows, but the record comes from a source that cannot
     * record every event that would satisfy it (a census has no meetings or visits): neither met
     * nor overdue can be said. Set by importers' evidence coverage, never by a policy on its own.
     */
    NOT_RECORDED;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
