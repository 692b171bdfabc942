package org.childinneed.dsl;

import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void time() {
        CompiledPolicy kent = Scripts.bundled("kent");
        Cases c = Cases.child()
                .event("r1", "referral", "2026-11-02")
                .event("d0", "referral-decided", "2026-11-03")
                .event("a1", "assessment-completed", "2026-12-17", "outcome", "in-need")
                .event("p1", "plan-started", "2027-01-06", "origin", "assessment");
        java.time.LocalDate d = java.time.LocalDate.parse("2027-01-06");
        for (int i = 0; i < 12; i++) {
            String m = "m" + i;
            String date = d.plusWeeks(i * 4L).toString();
            c.event(m, "meeting", date, "meeting", i == 0 ? "initial" : "review", "chair", "team-manager");
            c.event(null, "case-note", d.plusWeeks(i * 4L).plusDays(1).toString(), "meetingRef", m);
            c.event(null, "plan-authorised", d.plusWeeks(i * 4L).plusDays(3).toString(), "meetingRef", m);
            c.event(null, "minutes-distributed", d.plusWeeks(i * 4L).plusDays(7).toString(), "meetingRef", m);
            c.event(null, "visit", d.plusWeeks(i * 4L).plusDays(2).toString());
        }
        var record = c.build();
        var asOf = java.time.LocalDate.parse("2028-01-01");
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            int n = 40000;
            int sum = 0;
            for (int i = 0; i < n; i++) {
                sum += kent.evaluate(record, asOf).obligations().size();
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sum += record.timeline().asOf(asOf).size();
            }
            long t2 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                sum += new org.childinneed.model.compliance.ComplianceReport("x", "y", asOf, kent.evaluate(record, asOf).obligations(), java.util.List.of()).obligations().size();
            }
            System.out.println("timeline us=" + (t2 - t1) / 1000.0 / n + " report-resort us=" + (System.nanoTime() - t2) / 1000.0 / n);
            System.out.println("events=" + record.events().size() + " us/eval=" + (t1 - t0) / 1000.0 / n + " obligations=" + sum / n);
        }
    }
}
