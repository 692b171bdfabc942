package org.childinneed.policies.importer;

import static org.childinneed.policies.importer.CensusFiles.census;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.childinneed.dsl.CompiledPolicy;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.NotJudged;
import org.childinneed.model.event.EventType;
import org.childinneed.model.timeline.CaseRecord;
import org.childinneed.policies.bundled.BundledPolicies;
import org.childinneed.policies.caseload.EvidenceCoverage;
import org.childinneed.policies.importer.census.CensusFile;
import org.childinneed.policies.importer.ssd.SsdSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules the issue names as assessable from real data, each shown assessed from a census or SSD
 * fixture of ids and dates, with its evidence coverage applied as {@code cin check} applies it.
 * Due dates are counted by hand here (2024 bank holidays: 29 March, 1 April, 6 and 27 May).
 * A finding whose exception the source cannot record is listed as not judged, never raised.
 */
class AssessableRulesTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 2);

    /** One census child, born {@code born}, whose CINdetails hold {@code details}, evaluated with {@code policy}. */
    private static ComplianceReport check(String policy, String born, String details) {
        String xml = census("<Child><ChildIdentifiers><LAchildID>C1</LAchildID><PersonBirthDate>" + born
                + "</PersonBirthDate></ChildIdentifiers><CINdetails>" + details + "</CINdetails></Child>");
        CensusFiles read = CensusFiles.read(xml);
        assertEquals(List.of(), read.described());
        return assess(policy, read.cases.get(0).record().orElseThrow(), CensusFile.RECORDABLE);
    }

    private static ComplianceReport assess(String policy, CaseRecord record, Set<EventType> recordable) {
        CompiledPolicy compiled = BundledPolicies.standard().get(policy);
        return EvidenceCoverage.apply(compiled.evaluate(record, AS_OF), compiled, recordable);
    }

    private static List<String> obligations(ComplianceReport report, String rule) {
        return report.obligations().stream().filter(o -> o.rule().equals(rule))
                .map(o -> o.due() + " " + o.status().code()).toList();
    }

    private static List<String> findings(ComplianceReport report, String rule) {
        return report.findings().stream().filter(f -> f.rule().equals(rule))
                .map(f -> f.kind().code() + " " + f.date()).toList();
    }

    private static List<String> notJudged(ComplianceReport report, String rule) {
        return report.notJudged().stream().filter(n -> n.rule().equals(rule))
                .map(n -> n.kind().code() + " " + n.date()).toList();
    }

    private static final String REFERRAL = "<CINreferralDate>2024-01-08</CINreferralDate><ReferralNFA>0</ReferralNFA>";

    private static String assessment(String start, String authorised) {
        return "<Assessments><AssessmentActualStartDate>" + start + "</AssessmentActualStartDate>"
                + "<AssessmentAuthorisationDate>" + authorised + "</AssessmentAuthorisationDate></Assessments>";
    }

    private static String plan(String start, String end) {
        return "<CINPlanDates><CINPlanStartDate>" + start + "</CINPlanStartDate>"
                + (end.isEmpty() ? "" : "<CINPlanEndDate>" + end + "</CINPlanEndDate>") + "</CINPlanDates>";
    }

    private static String closure(String date, String code) {
        return "<CINclosureDate>" + date + "</CINclosureDate><ReasonForClosure>" + code + "</ReasonForClosure>";
    }

    /** A child protection plan ended the day a CIN plan starts: a step-down, so the CIN plan's origin is child-protection. */
    private static final String STEP_DOWN = "<ChildProtectionPlans><CPPstartDate>2023-10-02</CPPstartDate>"
            + "<CPPendDate>2024-01-10</CPPendDate></ChildProtectionPlans>" + plan("2024-01-10", "2024-02-20")
            + closure("2024-02-20", "RC7");

    @Test
    void wt02AnAssessmentIsJudgedAgainstTheFortyFifthWorkingDayAfterTheReferral() {
        // "the maximum timeframe for the assessment to conclude ... should be within 45 working days
        // from the point of referral": 45 working days after Monday 8 January 2024 is 11 March.
        assertEquals(List.of("2024-03-11 met-late"),
                obligations(check("kent", "2015-03-01", REFERRAL + assessment("2024-01-09", "2024-04-30")), "WT-02"));
        assertEquals(List.of("2024-03-11 met"),
                obligations(check("kent", "2015-03-01", REFERRAL + assessment("2024-01-09", "2024-02-20")), "WT-02"));
        assertEquals(List.of("2024-03-11 overdue"), obligations(check("kent", "2015-03-01", REFERRAL), "WT-02"));
    }

    @Test
    void slo01AnAssessmentAuthorisedPastTheFortyFifthWorkingDayOfItsStartIsLateWhateverExtension() {
        // "up to 45 WD at most when a consultant social worker authorises more time": 45 working
        // days after 9 January 2024 is 12 March; authorised on 30 April, it is late even extended.
        ComplianceReport late = check("slough", "2015-03-01", REFERRAL + assessment("2024-01-09", "2024-04-30"));
        assertEquals(List.of("met-late"), late.obligations().stream().filter(o -> o.rule().equals("SLO-01"))
                .map(o -> o.status().code()).toList());
        ComplianceReport inTime = check("slough", "2015-03-01", REFERRAL + assessment("2024-01-09", "2024-01-25"));
        assertEquals(List.of("met"), inTime.obligations().stream().filter(o -> o.rule().equals("SLO-01"))
                .map(o -> o.status().code()).toList());
    }

    @Test
    void her03APlanPastTwelveWeeksIsListedNotJudgedForTheExtensionACensusCannotShow() {
        // "The CIN plan should not extend beyond 12 weeks" unless the Team Manager extends it in
        // case supervision, which no census records: 12 weeks after 26 February 2024 is 20 May,
        // the plan is still open on 21 May; ended later, it is dated its plan-ended (30 September).
        ComplianceReport longPlan = check("herefordshire", "2015-03-01", REFERRAL + assessment("2024-01-09", "2024-02-20")
                + plan("2024-02-26", "2024-09-30") + closure("2024-09-30", "RC7"));
        assertEquals(List.of("plan-exceeds-maximum-duration 2024-09-30"), notJudged(longPlan, "HER-03"));
        assertEquals(List.of(), findings(longPlan, "HER-03"));
        ComplianceReport shortPlan = check("herefordshire", "2015-03-01", REFERRAL + assessment("2024-01-09", "2024-02-20")
                + plan("2024-02-26", "2024-04-22") + closure("2024-04-22", "RC7"));
        assertEquals(List.of(), notJudged(shortPlan, "HER-03"));
        assertEquals(List.of(), findings(shortPlan, "HER-03"));
    }

    @Test
    void slo09APlanClosedBeforeThreeMonthsIsListedNotJudgedForTheManagementDecisionACensusCannotShow() {
        // "The CIN Plan should be in place for at least three months ... a management decision
        // needs to be recorded providing a clear rationale".
        ComplianceReport early = check("slough", "2015-03-01", REFERRAL + assessment("2024-01-09", "2024-02-20")
                + plan("2024-02-26", "2024-04-15") + closure("2024-04-15", "RC7"));
        assertEquals(List.of("plan-closed-too-early 2024-04-15"), notJudged(early, "SLO-09"));
        assertEquals(List.of(), findings(early, "SLO-09"));
        ComplianceReport later = check("slough", "2015-03-01", REFERRAL + assessment("2024-01-09", "2024-02-20")
                + plan("2024-02-26", "2024-09-30") + closure("2024-09-30", "RC7"));
        assertEquals(List.of(), notJudged(later, "SLO-09"));
    }

    @Test
    void her06AndKen19AStepDownPlanClosedEarlyIsListedNotJudged() {
        // HER-06: "a Child in Need plan for at least 12 weeks, unless the Head of Service agrees an
        // exception"; KEN-19: "not a remaining subject of a Child in Need plan for a minimum of three
        // months. The written view of the Assistant Director must be sought": neither decision is in
        // a census, the step-down and the early closure are.
        assertEquals(List.of("plan-closed-too-early 2024-02-20"), notJudged(check("herefordshire", "2015-03-01",
                REFERRAL + STEP_DOWN), "HER-06"));
        ComplianceReport kent = check("kent", "2015-03-01", REFERRAL + STEP_DOWN);
        assertEquals(List.of("plan-closed-too-early 2024-02-20"), notJudged(kent, "KEN-19"));
        assertEquals(List.of(), findings(kent, "KEN-19"));
        assertTrue(kent.notJudged().stream().filter(n -> n.rule().equals("KEN-19")).map(NotJudged::reason)
                .allMatch(r -> r.contains("management-decision")), kent.notJudged().toString());
    }

    @Test
    void ken14AClosureCodeOutsideSectionSevenIsFoundAndKen21IsNeverRaisedWithoutTheClosureSummary() {
        // "A plan ends only for the reasons section 7 lists": RC1 (adopted) is not among them,
        // RC7 (no longer in need) is.
        ComplianceReport adopted = check("kent", "2015-03-01", REFERRAL + assessment("2024-01-09", "2024-02-20")
                + plan("2024-02-26", "2024-09-30") + closure("2024-09-30", "RC1"));
        assertEquals(List.of("closure-reason-not-permitted 2024-09-30"), findings(adopted, "KEN-14"));
        ComplianceReport needMet = check("kent", "2015-03-01", REFERRAL + assessment("2024-01-09", "2024-02-20")
                + plan("2024-02-26", "2024-09-30") + closure("2024-09-30", "RC7"));
        assertEquals(List.of(), findings(needMet, "KEN-14"));
        // "Child and parent views should be recorded on the child's file within the closure summary":
        // a census holds no closure summary.
        assertEquals(List.of(), findings(needMet, "KEN-21"));
        assertEquals(List.of("closure-record-incomplete 2024-09-30"), notJudged(needMet, "KEN-21"));
    }

    @Test
    void ken20APlanOpenPastTheEighteenthBirthdayIsFound() {
        // "A plan that continues past the child's 18th birthday" (section 7).
        ComplianceReport report = check("kent", "2006-03-01", REFERRAL + assessment("2024-01-09", "2024-02-20")
                + plan("2024-02-20", ""));
        assertEquals(1, findings(report, "KEN-20").size(), report.findings().toString());
        ComplianceReport younger = check("kent", "2015-03-01", REFERRAL + assessment("2024-01-09", "2024-02-20")
                + plan("2024-02-20", ""));
        assertEquals(List.of(), findings(younger, "KEN-20"));
    }

    /** The realistic SSD extract with one child, not disabled, visited on {@code visits}. */
    private static CaseRecord ssdChild(Path folder, String... visits) throws IOException {
        try (Stream<Path> files = Files.list(SsdSourceTest.fixture("realistic"))) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        Files.writeString(folder.resolve("ssd_disability.csv"), "disa_person_id,disa_disability_code\nP1,NONE\n");
        StringBuilder csv = new StringBuilder("cinv_cin_visit_id,cinv_person_id,cinv_cin_visit_date,cinv_cin_visit_seen,"
                + "cinv_cin_visit_seen_alone,cinv_cin_visit_bedroom\n");
        for (int i = 0; i < visits.length; i++) {
            csv.append("V").append(i + 1).append(",P1,").append(visits[i]).append(",Y,N,N\n");
        }
        Files.writeString(folder.resolve("ssd_cin_visits.csv"), csv);
        return SsdSourceTest.Read.of(SsdSource.folder(folder)).record("P1-R1");
    }

    @Test
    void visitsFromTheSsdAreAssessedKen05Slo03Slo04Her04(@TempDir Path folder) throws IOException {
        // Referral Monday 8 January 2024, plan 26 February to 30 September; visits on 10 January,
        // 5 March, 2 April, then not until 20 June.
        CaseRecord child = ssdChild(folder, "2024-01-10", "2024-03-05", "2024-04-02", "2024-06-20", "2024-07-15",
                "2024-08-12", "2024-09-09");
        // SLO-03 "First visit within 5 working days of the referral": by 15 January.
        assertEquals(List.of("2024-01-15 met"), obligations(assess("slough", child, SsdSource.RECORDABLE), "SLO-03"));
        // KEN-05 "no less than every 4 weeks" and SLO-04 "no more than 4 weeks": the visit after
        // 2 April was due by 30 April.
        for (String[] rule : new String[][] {{"kent", "KEN-05"}, {"slough", "SLO-04"}}) {
            List<String> visits = obligations(assess(rule[0], child, SsdSource.RECORDABLE), rule[1]);
            assertEquals("2024-03-25 met", visits.get(0), rule[1] + " " + visits);
            assertTrue(visits.contains("2024-04-30 met-late"), rule[1] + " " + visits);
        }
        // HER-04 "at intervals of at most six weeks": due by 14 May after the visit of 2 April.
        List<String> her04 = obligations(assess("herefordshire", child, SsdSource.RECORDABLE), "HER-04");
        assertTrue(her04.contains("2024-05-14 met-late"), her04.toString());
        // The same visits are not recordable in a census: there the obligations are not recorded.
        List<String> fromCensus = obligations(assess("kent", child, CensusFile.RECORDABLE), "KEN-05");
        assertTrue(fromCensus.stream().noneMatch(s -> s.endsWith("overdue")), fromCensus.toString());
    }

    private static final String README_START = "<!-- assessable-rules: written by AssessableRulesTest -Dreadme.write=true -->\n";
    private static final String README_END = "<!-- /assessable-rules -->";

    /** The README's table of what each source can assess, as {@link EvidenceCoverage#assessable} computes it. */
    static String assessableTable() {
        StringBuilder out = new StringBuilder(README_START)
                .append("| policy | source | obligations assessed | obligations not recorded | findings raised | findings not judged |\n")
                .append("|---|---|---|---|---|---|\n");
        BundledPolicies bundled = BundledPolicies.standard();
        for (String id : bundled.ids()) {
            CompiledPolicy policy = bundled.get(id);
            for (var source : List.of(java.util.Map.entry("census", CensusFile.RECORDABLE),
                    java.util.Map.entry("SSD", SsdSource.RECORDABLE))) {
                EvidenceCoverage.Assessable a = EvidenceCoverage.assessable(policy, source.getValue());
                out.append("| ").append(id).append(" | ").append(source.getKey()).append(" | ").append(cell(a.assessed()))
                        .append(" | ").append(cell(a.notRecorded())).append(" | ").append(cell(a.raised())).append(" | ")
                        .append(cell(List.copyOf(a.notJudged().keySet()))).append(" |\n");
            }
        }
        return out.append(README_END).toString();
    }

    private static String cell(List<String> rules) {
        return rules.isEmpty() ? "none" : String.join(", ", rules);
    }

    @Test
    void theReadmeSaysWhichRulesEachSourceCanAssessAsTheCodeComputesIt() throws IOException {
        Path readme = Path.of("../README.md");
        String text = Files.readString(readme);
        int start = text.indexOf(README_START);
        int end = text.indexOf(README_END);
        assertTrue(start >= 0 && end > start, "the README holds the table between its markers");
        String written = text.substring(start, end + README_END.length());
        if (Boolean.getBoolean("readme.write")) {
            Files.writeString(readme, text.replace(written, assessableTable()));
            return;
        }
        assertEquals(assessableTable(), written, "run AssessableRulesTest with -Dreadme.write=true to rewrite it");
    }
}
