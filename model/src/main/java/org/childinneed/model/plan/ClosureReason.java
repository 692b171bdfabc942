package org.childinneed.model.plan;

import static org.childinneed.model.plan.CensusReasonForClosure.*;

import org.childinneed.model.Coded;

/** Why a Child in Need plan ended, each with its DfE census {@code ReasonForClosure} code. */
public enum ClosureReason implements Coded {
    ADOPTED(RC1),
    DIED(RC2),
    CHILD_ARRANGEMENTS_ORDER(RC3),
    SPECIAL_GUARDIANSHIP_ORDER(RC4),
    TRANSFERRED_TO_ANOTHER_AUTHORITY(RC5),
    ADULT_SOCIAL_CARE(RC6),
    NO_LONGER_IN_NEED(RC7),
    CHILD_PROTECTION_PLAN(RC7),
    LOOKED_AFTER(RC7),
    SUPERVISION_ORDER_ENDED(RC7),
    MOVED_OUTSIDE_ENGLAND_AND_WALES(RC7),
    EIGHTEENTH_BIRTHDAY(RC7),
    STEPPED_DOWN_TO_EARLY_HELP(RC7);

    private final CensusReasonForClosure censusCode;

    ClosureReason(CensusReasonForClosure censusCode) {
        this.censusCode = censusCode;
    }

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    /** The DfE Children in Need census code this reason is returned as. */
    public CensusReasonForClosure censusCode() {
        return censusCode;
    }
}
