package org.childinneed.model.compliance;

import org.childinneed.model.Coded;

/** The kinds of obligation in the catalog's vocabulary. */
public enum ObligationKind implements Obligation.Kind {
    INITIAL_MEETING,
    TRANSFER_IN_MEETING,
    REVIEW_MEETING,
    EARLY_REVIEW,
    MANAGER_REVIEW,
    ASSESSMENT,
    ASSESSMENT_UPDATE,
    FIRST_VISIT,
    VISIT,
    CASE_NOTE,
    PLAN_AUTHORISATION,
    MINUTES,
    PLAN_DISTRIBUTION,
    TRANSFER_NOTIFICATION,
    TRANSFER_INFORMATION,
    REFLECTIVE_SUPERVISION,
    CASE_SUPERVISION,
    REFERRAL_DECISION,
    /** An initial child protection conference (Working Together: within 15 working days of the strategy discussion). */
    INITIAL_CP_CONFERENCE,
    /** The case summary and chronology brought up to date (Kent section 8, KEN-23). */
    CASE_SUMMARY;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
