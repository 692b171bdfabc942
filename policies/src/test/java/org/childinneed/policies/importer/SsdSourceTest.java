package org.childinneed.policies.importer;

import static org.childinneed.policies.importer.CensusFileTest.events;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.childinneed.model.timeline.CaseRecord;
import org.childinneed.policies.importer.ssd.SsdSource;
import org.junit.jupiter.api.Test;

/** The Standard Safeguarding Dataset read from a folder of CSV table extracts. */
public class SsdSourceTest {

    /** Every case and every problem of a source, problems described as the command line prints them. */
    record Read(List<ImportedCase> cases, List<String> problems) {
        static Read of(ImportedSource source) throws IOException {
            List<ImportedCase> cases = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            try (source) {
                for (Optional<ImportedCase> c = source.next(); c.isPresent(); c = source.next()) {
                    cases.add(c.get());
                    c.get().problems().forEach(p -> problems.add(p.describe("ssd")));
                }
                source.sourceProblems().forEach(p -> problems.add(p.describe("ssd")));
            }
            return new Read(cases, problems);
        }

        CaseRecord record(String id) {
            return cases.stream().filter(c -> c.caseId().equals(id)).findFirst().orElseThrow().record().orElseThrow();
        }
    }

    /** The folder of the SSD extract fixture {@code name} (realistic, damaged). */
    public static Path fixture(String name) {
        try {
            return Path.of(SsdSourceTest.class.getResource("/ssd/" + name + "/ssd_cin_episodes.csv").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyReferralOfTheRealisticExtractIsACaseWithoutProblems() throws IOException {
        Read read = Read.of(SsdSource.folder(fixture("realistic")));
        assertEquals(List.of(), read.problems());
        assertEquals(List.of("P1-R1", "P2-R2", "P3-R3"), read.cases().stream().map(ImportedCase::caseId).toList());
    }

    @Test
    void anExtractIsACaseSourceOfTheCaseloadWhoseCasesCarryItsEvidenceAndWhoseBadCasesAreUnreadable() {
        Path damaged = fixture("damaged");
        List<org.childinneed.policies.caseload.PendingCase> pending;
        try (var cases = SsdSource.folder(damaged).cases()) {
            pending = cases.toList();
        }
        assertEquals(List.of(damaged + "#P1-R1", damaged + "#P2-R2", damaged + "#P3-R3", damaged + "#P9-R4",
                damaged + "#P5-R5", damaged.toString()), pending.stream().map(p -> p.origin().toString()).toList());
        var good = pending.get(1);
        assertEquals(java.util.Optional.of(SsdSource.RECORDABLE), good.evidence());
        assertDoesNotThrow(good::read);
        var bad = assertThrows(org.childinneed.policies.casefile.CaseFileException.class, () -> pending.get(0).read());
        assertEquals(org.childinneed.policies.casefile.CaseFileCodes.NOT_IMPORTABLE, bad.problems().get(0).code());
        assertTrue(bad.getMessage().contains("cinp_cin_plan_start_date"), bad.getMessage());
    }

    @Test
    void visitsWithinTheEpisodeAndWorkerChangesAreReadBesideTheCensusBlocks() throws IOException {
        CaseRecord p1 = Read.of(SsdSource.folder(fixture("realistic"))).record("P1-R1");
        assertTrue(p1.child().disabled());
        // The visit of 2023-11-20 falls before the referral: another episode's, not this one's. The child
        // was seen on v1 (cinv_cin_visit_seen Y) and not on v2 (N).
        assertEquals("""
                r1 referral 2024-01-08
                w1 case-allocated 2024-01-08
                a1s assessment-started 2024-01-09
                a1 assessment-completed 2024-02-20 outcome=in-need
                p1 plan-started 2024-02-26 origin=assessment
                v1 visit 2024-03-05
                v2 visit 2024-04-02 childNotSeen=true
                w2 worker-changed 2024-05-01
                p1e plan-ended 2024-09-30 reason=no-longer-in-need""", events(p1));
    }

    @Test
    void aChildProtectionEpisodeStepsDownToACinPlanAndDatesWithATimeAreRead() throws IOException {
        Read read = Read.of(SsdSource.folder(fixture("realistic")));
        CaseRecord p2 = read.record("P2-R2");
        assertFalse(p2.child().disabled());
        assertEquals(java.time.LocalDate.of(2012, 6, 15), p2.child().born());
        assertEquals("""
                r1 referral 2024-02-01
                a1s assessment-started 2024-02-01
                s1 s47-enquiry-started 2024-02-02
                a1 assessment-completed 2024-02-16 outcome=in-need
                s1e s47-enquiry-completed 2024-02-16
                c1 initial-cp-conference 2024-02-22 outcome=cp-plan
                cr1 cp-review 2024-05-10
                k0 cp-conference 2024-08-01 outcome=step-down-to-cin
                p1 plan-started 2024-08-01 origin=child-protection""", events(p2));
        assertEquals("""
                r1 referral 2024-10-01
                a1s assessment-started 2024-10-02
                s1 s47-enquiry-started 2024-10-03
                s1e s47-enquiry-completed 2024-10-10 outcome=no-further-action""", events(read.record("P3-R3")));
    }

    @Test
    void damagedTablesNameFileLineColumnAndPersonAndLoseNoOtherCase() throws IOException {
        Read read = Read.of(SsdSource.folder(fixture("damaged")));
        assertEquals(List.of("P2-R2"), read.cases().stream().filter(c -> c.problems().isEmpty() && c.record().isPresent())
                .map(ImportedCase::caseId).toList());
        assertEquals(List.of(
                "ssd: child LAchildID \"P1\", ssd_cin_plans.csv:2, cinp_cin_plan_start_date: '2024-13-01' is not a real date in the form YYYY-MM-DD",
                "ssd: child LAchildID \"P3\", ssd_person.csv:4, pers_expected_dob: is not a real date in the form YYYY-MM-DD",
                "ssd: child LAchildID \"P9\", ssd_cin_episodes.csv:5, cine_person_id: no row of ssd_person with this pers_person_id (so no date of birth)",
                "ssd: child LAchildID \"P5\", ssd_cin_episodes.csv:6, cine_close_reason: not a census closure reason (RC1 to RC9)",
                "ssd: ssd_cin_visits.csv:3: not a well-formed CSV row; reading this table stopped here, and its later rows are not read"),
                read.problems());
        assertTrue(read.problems().stream().noneMatch(p -> p.contains("Alice") || p.contains("Smith")));
    }
}
