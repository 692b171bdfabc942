package org.childinneed.dsl;

import static org.childinneed.dsl.Reports.date;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.timeline.CaseRecord;
import org.junit.jupiter.api.Test;

/** A compiled policy is shared between threads: the same case, policy and date give the same report. */
class ConcurrencyTest {

    @Test
    void evaluationIsPureAcrossThreads() throws Exception {
        CompiledPolicy kent = Scripts.bundled("kent");
        List<CaseRecord> cases = List.of(
                Cases.child().event("a1", "assessment-completed", "2026-12-17", "outcome", "in-need")
                        .event("p1", "plan-started", "2027-01-06")
                        .event("m1", "meeting", "2027-01-06", "meeting", "initial", "chair", "senior-practitioner")
                        .event("v1", "visit", "2027-01-20").build(),
                Cases.child().disabled().event("p1", "plan-started", "2027-01-04")
                        .event("b1", "short-breaks", "2027-01-04", "nightsPerYear", "90")
                        .event("m1", "meeting", "2027-03-01", "meeting", "review", "chair", "team-manager")
                        .event("e1", "plan-ended", "2027-05-01", "reason", "adopted").build());
        List<ComplianceReport> expected = cases.stream().map(c -> kent.evaluate(c, date("2027-06-01"))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<ComplianceReport>>> runs = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                runs.add(pool.submit(() -> cases.stream().map(c -> kent.evaluate(c, date("2027-06-01"))).toList()));
            }
            for (Future<List<ComplianceReport>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
