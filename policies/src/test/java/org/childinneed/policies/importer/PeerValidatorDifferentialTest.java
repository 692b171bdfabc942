package org.childinneed.policies.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.childinneed.dsl.CompiledPolicy;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.compliance.ObligationStatus;
import org.childinneed.model.timeline.CaseRecord;
import org.childinneed.policies.bundled.BundledPolicies;
import org.junit.jupiter.api.Test;

/**
 * Agreement with the data-to-insight CIN census validator's working-day rules: 8670Q (an
 * assessment not authorised 45 working days after it started) and 8675Q (a section 47 enquiry
 * with no initial conference 15 working days after it started, unless ICPCnotRequired). The
 * validator flags a start S at reference date R exactly when addWorkingDays(S, N) <= rollforward(R),
 * with its own holiday list (below, written out independently of the engine's calendar). Census
 * files are built for each case; WT-02 (from the referral, here the day the assessment started)
 * and WT-03 must be {@code overdue} as of rollforward(R) + 1 day exactly where it flags.
 */
class PeerValidatorDifferentialTest {

    /** The validator's England and Wales bank holidays, 2022-01-03 to 2027-12-28. */
    private static final Set<LocalDate> HOLIDAYS = new TreeSet<>(Stream.of(
            "2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19",
            "2022-12-26", "2022-12-27", "2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29",
            "2023-08-28", "2023-12-25", "2023-12-26", "2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27",
            "2024-08-26", "2024-12-25", "2024-12-26", "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26",
            "2025-08-25", "2025-12-25", "2025-12-26", "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25",
            "2026-08-31", "2026-12-25", "2026-12-28", "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31",
            "2027-08-30", "2027-12-27", "2027-12-28").map(LocalDate::parse).toList());

    private static final CompiledPolicy BASELINE = baseline();

    private static CompiledPolicy baseline() {
        try {
            return BundledPolicies.standard().get("working-together");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean working(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !HOLIDAYS.contains(d);
    }

    private static LocalDate addWorkingDays(LocalDate start, int n) {
        LocalDate d = start;
        for (int i = 0; i < n; ) {
            d = d.plusDays(1);
            if (working(d)) {
                i++;
            }
        }
        return d;
    }

    private static LocalDate rollforward(LocalDate r) {
        LocalDate d = r;
        while (!working(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The validator's verdict. */
    private static boolean flags(LocalDate start, int n, LocalDate reference) {
        return !addWorkingDays(start, n).isAfter(rollforward(reference));
    }

    private static String assessment(String id, LocalDate start) {
        return CensusFiles.child(id, "2015-01-01", "<CINreferralDate>" + start + "</CINreferralDate><Assessments>"
                + "<AssessmentActualStartDate>" + start + "</AssessmentActualStartDate></Assessments>");
    }

    private static String enquiry(String id, LocalDate start, String notRequired, String conference) {
        return CensusFiles.child(id, "2015-01-01", "<CINreferralDate>" + start + "</CINreferralDate><Section47>"
                + "<S47ActualStartDate>" + start + "</S47ActualStartDate>" + conference
                + "<ICPCnotRequired>" + notRequired + "</ICPCnotRequired></Section47>");
    }

    /** Whether the engine reports the rule's obligation overdue, per case id, as of {@code asOf}. */
    private static Map<String, ObligationStatus> statuses(List<String> children, String rule, LocalDate asOf) {
        CensusFiles read = CensusFiles.read(CensusFiles.census(children.toArray(String[]::new)));
        assertEquals(List.of(), read.described());
        Map<String, ObligationStatus> out = new LinkedHashMap<>();
        for (ImportedCase c : read.cases) {
            CaseRecord record = c.record().orElseThrow();
            List<Obligation> obligations = BASELINE.evaluate(record, asOf).obligations().stream()
                    .filter(o -> o.rule().equals(rule)).toList();
            assertEquals(1, obligations.size(), record.caseId());
            out.put(record.caseId(), obligations.get(0).status());
        }
        return out;
    }

    @Test
    void thePublished8670QVectorsAgree() {
        LocalDate r = LocalDate.parse("2023-03-31");
        Map<String, ObligationStatus> s = statuses(List.of(assessment("A1", LocalDate.parse("2022-10-15")),
                assessment("A2", LocalDate.parse("2023-03-15")), assessment("A3", LocalDate.parse("2023-01-29"))),
                "WT-02", rollforward(r).plusDays(1));
        assertEquals(Map.of("A1-1", ObligationStatus.OVERDUE, "A2-1", ObligationStatus.OPEN, "A3-1", ObligationStatus.OVERDUE), s);
        // The one difference of convention: as of R itself the engine says open for an item due on R,
        // which the validator already flags (Sun 29 Jan 2023 + 45 working days = Fri 31 Mar 2023 = R).
        assertEquals(ObligationStatus.OPEN, statuses(List.of(assessment("A3", LocalDate.parse("2023-01-29"))), "WT-02", r).get("A3-1"));
    }

    @Test
    void thePublished8675QVectorsAgree() {
        LocalDate r = LocalDate.parse("2022-03-31");
        LocalDate early = LocalDate.parse("2022-01-29");
        Map<String, ObligationStatus> s = statuses(List.of(enquiry("S1", early, "false", ""), enquiry("S2", early, "0", ""),
                enquiry("S3", LocalDate.parse("2022-03-25"), "false", ""),
                enquiry("S4", early, "false", "<DateOfInitialCPC>2022-02-10</DateOfInitialCPC>"),
                enquiry("S5", early, "true", ""), enquiry("S6", early, "FALSE", "")), "WT-03", rollforward(r).plusDays(1));
        assertEquals(ObligationStatus.OVERDUE, s.get("S1-1"));
        assertEquals(ObligationStatus.OVERDUE, s.get("S2-1"));
        assertEquals(ObligationStatus.OPEN, s.get("S3-1"));
        assertEquals(ObligationStatus.MET, s.get("S4-1"));
        assertEquals(ObligationStatus.CANCELLED, s.get("S5-1"));
        // The validator compares the flag case-sensitively and never flags FALSE (its defect): we read it as false.
        assertEquals(ObligationStatus.OVERDUE, s.get("S6-1"));
    }

    /** Reference dates: the census's 31 March each year, and the days either side of every holiday (Christmas, Easter, the 2022 and 2023 one-offs). */
    private static List<LocalDate> referenceDates() {
        Set<LocalDate> dates = new TreeSet<>();
        for (int year = 2022; year <= 2027; year++) {
            dates.add(LocalDate.of(year, 3, 31));
        }
        for (LocalDate holiday : HOLIDAYS) {
            for (int d = -1; d <= 1; d += 2) {
                dates.add(holiday.plusDays(d));
            }
        }
        dates.removeIf(d -> d.isBefore(LocalDate.of(2022, 3, 1)) || d.isAfter(LocalDate.of(2027, 12, 31)));
        return List.copyOf(dates);
    }

    @Test
    void aGeneratedSetAgreesAtEveryReferenceDate() {
        int compared = 0;
        int flagged = 0;
        for (LocalDate r : referenceDates()) {
            LocalDate asOf = rollforward(r).plusDays(1);
            for (int[] rule : new int[][] {{45, 0}, {15, 1}}) {
                int n = rule[0];
                // Start dates around the Nth working day before R: every day from N+5 to N-5 working days before.
                List<String> children = new ArrayList<>();
                Map<String, LocalDate> starts = new HashMap<>();
                LocalDate from = r;
                for (int i = 0; i < n + 5; i++) {
                    from = from.minusDays(1);
                    while (!working(from)) {
                        from = from.minusDays(1);
                    }
                }
                int k = 0;
                LocalDate to = addWorkingDays(from, 10);
                for (LocalDate s = from.minusDays(3); !s.isAfter(to); s = s.plusDays(1)) {
                    if (s.isBefore(LocalDate.of(2022, 1, 4))) {
                        continue;
                    }
                    String id = "X" + ++k;
                    starts.put(id + "-1", s);
                    children.add(rule[1] == 0 ? assessment(id, s) : enquiry(id, s, "false", ""));
                }
                Map<String, ObligationStatus> s = statuses(children, rule[1] == 0 ? "WT-02" : "WT-03", asOf);
                for (Map.Entry<String, ObligationStatus> e : s.entrySet()) {
                    boolean expected = flags(starts.get(e.getKey()), n, r);
                    assertEquals(expected, e.getValue() == ObligationStatus.OVERDUE,
                            "R " + r + ", start " + starts.get(e.getKey()) + ", " + n + " working days");
                    compared++;
                    flagged += expected ? 1 : 0;
                }
            }
        }
        assertTrue(compared > 2_000 && flagged > 800, compared + " compared, " + flagged + " flagged");
    }
}
