package org.childinneed.policies.report;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The stages of a case's life, in the order a case meets them, and which kinds of obligation and
 * finding belong to each: how a policy document puts its rules in timeline order.
 */
enum CaseStage {
    REFERRAL_AND_ASSESSMENT("Referral and assessment", "referral-decision", "assessment", "first-visit"),
    MEETINGS("The first meeting, and who chairs meetings", "case-supervision", "initial-meeting",
            "transfer-in-meeting", "chair-not-permitted"),
    AFTER_EACH_MEETING("After each meeting", "case-note", "plan-authorisation", "minutes", "plan-distribution"),
    PLAN_CONTENT("What the plan holds", "plan-missing-element", "plan-too-long", "next-review-not-set"),
    WHILE_OPEN("While the plan is open", "visit", "review-meeting", "early-review", "manager-review",
            "assessment-update", "reflective-supervision", "decision-not-authorised"),
    ENDING("Ending the plan", "closure-reason-not-permitted", "closed-without-review", "closure-record-incomplete",
            "plan-closed-too-early", "plan-exceeds-maximum-duration", "plan-past-eighteenth-birthday"),
    MOVING_OUT("Moving out", "transfer-notification", "transfer-information"),
    OTHER("Other rules");

    private final String title;
    private final Set<String> kinds;

    CaseStage(String title, String... kinds) {
        this.title = title;
        this.kinds = Set.of(kinds);
    }

    String title() {
        return title;
    }

    /** The earliest stage any of {@code kinds} belongs to; {@link #OTHER} for none. */
    static CaseStage of(List<String> kinds) {
        return Arrays.stream(values()).filter(stage -> kinds.stream().anyMatch(stage.kinds::contains))
                .findFirst().orElse(OTHER);
    }
}
