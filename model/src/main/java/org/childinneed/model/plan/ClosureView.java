package org.childinneed.model.plan;

import org.childinneed.model.Coded;

/** Whose views a closure record holds (Slough SLO-11, Herefordshire HER-10). */
public enum ClosureView implements Coded {
    /** The child's views. */
    CHILD,
    /** The parents' views. */
    PARENTS,
    /** The professionals' views. */
    PROFESSIONALS;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
