package org.childinneed.dsl;

import static org.childinneed.dsl.Reports.date;
import static org.childinneed.dsl.Reports.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.compliance.ObligationStatus;
import org.junit.jupiter.api.Test;

/** Rules trigger on, and are met by, the national pathway events (strategy discussion, s47, conferences). */
class NationalVocabularyTest {

    private static final CompiledPolicy POLICY = Scripts.policy("""
            policy t "Test" version "1" source "t.txt"
            rule T-01 "Initial conference within 15 working days of a strategy discussion deciding on s47"
              cite "s"
              obligation initial-cp-conference
                when strategy-discussion with outcome s47 or s47-enquiry-started
                due within 15 working days
                met by initial-cp-conference
            rule T-02 "Case summary after an unplanned move"
              cite "s"
              obligation case-summary
                when moved-out
                due within 5 working days
                met by case-summary-completed
            rule T-03 "Meetings decided by a team manager"
              cite "s"
              finding decision-not-authorised
                for each meeting-decided
                unless by is team-manager
            rule T-04 "Allocated to a social worker"
              cite "s"
              finding decision-not-authorised
                for each case-allocated with to is not social-worker
            """);

    @Test
    void aStrategyDiscussionDecidingOnS47StartsTheConferenceDeadline() {
        // Mon 4 Jan 2027 + 15 working days: 5..8 (4), 11..15 (9), 18..22 (14), Mon 25 Jan (15).
        ComplianceReport report = POLICY.evaluate(Cases.child()
                .event("d1", "strategy-discussion", "2027-01-04", "outcome", "s47")
                .event("c1", "initial-cp-conference", "2027-01-26", "outcome", "cp-plan")
                .build(), date("2027-03-01"));
        Obligation o = only(report, "T-01");
        assertEquals(date("2027-01-25"), o.due());
        assertEquals(ObligationStatus.MET_LATE, o.status());
    }

    @Test
    void aStrategyDiscussionWithAnotherOutcomeStartsNothingButAnEnquiryStartDoes() {
        ComplianceReport report = POLICY.evaluate(Cases.child()
                .event("d1", "strategy-discussion", "2027-01-04", "outcome", "no-further-action")
                .event("s1", "s47-enquiry-started", "2027-02-01")
                .event("c1", "cp-conference", "2027-02-10", "outcome", "cp-plan")
                .build(), date("2027-03-01"));
        Obligation o = only(report, "T-01");
        assertEquals("s1", o.trigger().label());
        // A general cp-conference is not an initial-cp-conference.
        assertEquals(ObligationStatus.OVERDUE, o.status());
    }

    @Test
    void caseSummaryMeetingDecidedByAndAllocatedToAreUsable() {
        ComplianceReport report = POLICY.evaluate(Cases.child()
                .event("o1", "moved-out", "2027-01-04")
                .event("c1", "case-summary-completed", "2027-01-11")
                .event("k1", "chronology-completed", "2027-01-11")
                .event("m1", "meeting-decided", "2027-01-12", "by", "social-worker")
                .event("m2", "meeting-decided", "2027-01-13", "by", "team-manager")
                .event("w1", "case-allocated", "2027-01-14", "to", "family-support-worker")
                .event("w2", "case-allocated", "2027-01-15", "to", "social-worker")
                .build(), date("2027-03-01"));
        assertEquals(ObligationStatus.MET, only(report, "T-02").status());
        assertEquals(java.util.List.of("m1", "w1"), report.findings().stream().map(f -> f.event().label()).toList());
    }
}
