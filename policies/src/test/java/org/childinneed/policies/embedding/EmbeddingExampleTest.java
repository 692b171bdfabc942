package org.childinneed.policies.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.childinneed.dsl.CompiledPolicy;
import org.childinneed.model.child.Child;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.compliance.ObligationStatus;
import org.childinneed.model.event.AssessmentCompleted;
import org.childinneed.model.event.AssessmentOutcome;
import org.childinneed.model.event.EventRef;
import org.childinneed.model.event.Meeting;
import org.childinneed.model.meeting.MeetingType;
import org.childinneed.model.meeting.Role;
import org.childinneed.model.timeline.CaseRecord;
import org.childinneed.policies.bundled.BundledPolicies;
import org.childinneed.policies.casefile.CaseFileReader;
import org.childinneed.policies.caseload.CaseloadListener;
import org.childinneed.policies.caseload.CaseloadOutcome;
import org.childinneed.policies.caseload.CheckCases;
import org.childinneed.policies.report.ReportWriters;
import org.childinneed.policies.sources.CaseFiles;
import org.junit.jupiter.api.Test;

/** The README's "Embedding in a product" examples, kept compiling and true. */
class EmbeddingExampleTest {

    @Test
    void aVendorBuildsACaseInCodeAndEvaluatesItWithABundledPolicy() throws Exception {
        // KEN-01: 10 working days after Thu 17 Dec 2026, skipping Fri 25 Dec, Mon 28 Dec
        // (Boxing Day substitute) and Fri 1 Jan, is Tue 5 Jan 2027; the meeting on Wed 6 Jan is late.
        CompiledPolicy kent = BundledPolicies.standard().get("kent");
        CaseRecord record = CaseRecord.builder("K-0001", new Child(LocalDate.of(2014, 5, 4), false))
                .event("a1", ref -> new AssessmentCompleted(ref, LocalDate.of(2026, 12, 17), AssessmentOutcome.IN_NEED))
                .event("m1", ref -> new Meeting(ref, LocalDate.of(2027, 1, 6), MeetingType.INITIAL, Role.TEAM_MANAGER,
                        Optional.empty(), Optional.empty(), false))
                .build();

        ComplianceReport report = kent.evaluate(record, LocalDate.of(2027, 3, 1));

        Obligation initial = report.obligations().stream().filter(o -> o.rule().equals("KEN-01")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2027, 1, 5), initial.due());
        assertEquals(ObligationStatus.MET_LATE, initial.status());
        assertEquals("m1", initial.satisfiedBy().orElseThrow().label());
        assertEquals(EventRef.of(1, "m1"), record.events().get(1).ref());
        assertTrue(initial.explanation().computation().contains("25 Dec"), initial.explanation().computation());
    }

    @Test
    void aVendorReadsACaseFile() throws Exception {
        CaseRecord record = CaseFileReader.read(Path.of("../examples/kent/initial-meeting-over-christmas.json"));
        ComplianceReport report = BundledPolicies.standard().get("kent").evaluate(record, LocalDate.of(2026, 5, 1));
        assertEquals("K-1001", report.caseId());
        assertTrue(report.obligations().stream().anyMatch(o -> o.rule().equals("KEN-01")
                && o.status() == ObligationStatus.MET_LATE && o.due().equals(LocalDate.of(2026, 1, 5))));
    }

    @Test
    void aVendorChecksAFolderOfCaseFilesOnSeveralThreads() throws Exception {
        CompiledPolicy kent = BundledPolicies.standard().get("kent");
        java.io.StringWriter writer = new java.io.StringWriter();
        CheckCases check = new CheckCases(kent, LocalDate.of(2027, 3, 1), 4);
        CaseloadOutcome outcome = check.run(CaseFiles.of(List.of(Path.of("../examples/kent"))),
                ReportWriters.named("ndjson", writer), CaseloadListener.NONE);
        assertEquals(4, outcome.checked());
        assertEquals(0, outcome.unreadable());
        assertEquals(4, writer.toString().lines().count());
        assertTrue(writer.toString().lines().allMatch(l -> l.startsWith("{\"file\":\"../examples/kent/")));
    }
}
