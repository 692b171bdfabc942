package org.childinneed.policies.bundled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.childinneed.dsl.CompiledPolicy;
import org.childinneed.dsl.PolicyCompiler;
import org.childinneed.dsl.PolicySource;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.NotInForce;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.compliance.PolicyVersion;
import org.childinneed.model.timeline.CaseRecord;
import org.childinneed.policies.calendar.BankHolidays;
import org.childinneed.policies.casefile.CaseFileReader;
import org.junit.jupiter.api.Test;

/**
 * Dated versions: each obligation judged by the version in force on its trigger date, for the
 * national baseline (Working Together 2018, then 2023 from 15 December 2023) and for Kent given a
 * second, illustrative version in this test.
 */
class VersionedPoliciesTest {

    private static final BundledPolicies BUNDLED = BundledPolicies.standard();
    private static final CaseRecord REFERRALS = referrals();

    private static CaseRecord referrals() {
        try {
            return CaseFileReader.parse("referrals.json", "{\"case\":\"WT-1\",\"child\":{\"born\":\"2015-06-01\"},\"events\":["
                    + "{\"id\":\"r1\",\"type\":\"referral\",\"date\":\"2023-12-11\"},"
                    + "{\"id\":\"r2\",\"type\":\"referral\",\"date\":\"2024-01-08\"}]}");
        } catch (org.childinneed.policies.casefile.CaseFileException e) {
            throw new AssertionError(e);
        }
    }

    private static Obligation only(ComplianceReport report, String rule, String trigger) {
        List<Obligation> found = report.obligations().stream()
                .filter(o -> o.rule().equals(rule) && o.trigger().label().equals(trigger)).toList();
        assertEquals(1, found.size(), report.toString());
        return found.get(0);
    }

    private static String label(Obligation o) {
        return o.cite().version().map(PolicyVersion::label).orElse("none");
    }

    @Test
    void workingTogetherHasTwoEditions() throws Exception {
        CompiledPolicy wt = BUNDLED.get("working-together");
        assertEquals(List.of(new PolicyVersion("working-together", "2018", Optional.empty()),
                new PolicyVersion("working-together", "2023", Optional.of(LocalDate.of(2023, 12, 15)))), wt.versions());
        assertEquals("2023", wt.info().version());
    }

    @Test
    void kentInheritsTheEditionInForceOnEachTriggerDate() throws Exception {
        ComplianceReport report = BUNDLED.get("kent").evaluate(REFERRALS, LocalDate.of(2024, 3, 1));
        Obligation before = only(report, "WT-01", "r1");
        Obligation after = only(report, "WT-01", "r2");
        assertEquals("2018", label(before));
        assertTrue(before.cite().text().startsWith("Working Together to Safeguard Children 2018, Chapter 1"), before.cite().text());
        assertEquals("2023", label(after));
        assertTrue(after.cite().text().startsWith("Working Together to Safeguard Children 2023, Chapter 3"), after.cite().text());
        assertEquals("2018", label(only(report, "WT-02", "r1")));
        assertEquals("2023", label(only(report, "WT-02", "r2")));
        assertTrue(report.notInForce().isEmpty());
    }

    @Test
    void aCaseBeforeTheFirstVersionIsNamedNotJudged() {
        PolicySource edition2023 = BUNDLED.versions("working-together").get(1);
        CompiledPolicy alone = PolicyCompiler.create(BankHolidays.englandAndWalesWorkingDays(), BUNDLED)
                .compile(edition2023).policy().orElseThrow();
        ComplianceReport report = alone.evaluate(REFERRALS, LocalDate.of(2024, 3, 1));
        assertTrue(report.obligations().stream().noneMatch(o -> o.trigger().label().equals("r1")), report.toString());
        assertEquals(2, report.obligations().size());
        assertEquals(List.of("WT-01", "WT-02"), report.notInForce().stream().map(NotInForce::rule).toList());
        assertEquals("before working-together 2023 took effect on 2023-12-15", report.notInForce().get(0).reason());
    }

    /**
     * Text and HTML name the version behind each obligation beside its citation (text: the sources
     * table's VERSION column), and list what arose before the first version took effect as not judged.
     */
    @Test
    void textAndHtmlNameEachObligationsVersionAndListWhatWasNotJudged() throws Exception {
        ComplianceReport kent = BUNDLED.get("kent").evaluate(REFERRALS, LocalDate.of(2024, 3, 1));
        String text = org.childinneed.policies.report.TextReport.render(kent, org.childinneed.policies.report.Style.PLAIN);
        List<String> sources = text.substring(text.indexOf("Sources")).lines().toList();
        assertTrue(sources.get(1).matches("  RULE +CITATION +VERSION"), sources.get(1));
        assertTrue(sources.stream().anyMatch(l -> l.matches("  WT-01 +Working Together to Safeguard Children 2018, .* +working-together 2018")),
                text);
        assertTrue(sources.stream().anyMatch(l -> l.matches(
                "  WT-01 +Working Together to Safeguard Children 2023, .* +working-together 2023, effective 2023-12-15")), text);
        String html = org.childinneed.policies.report.HtmlReport.render(List.of(kent), Optional.empty());
        assertTrue(html.contains("responding to a referral <small>(working-together 2023, effective 2023-12-15)</small>"), html);
        assertTrue(html.contains(" <small>(working-together 2018)</small>"), html);

        PolicySource edition2023 = BUNDLED.versions("working-together").get(1);
        ComplianceReport alone = PolicyCompiler.create(BankHolidays.englandAndWalesWorkingDays(), BUNDLED)
                .compile(edition2023).policy().orElseThrow().evaluate(REFERRALS, LocalDate.of(2024, 3, 1));
        String notJudged = org.childinneed.policies.report.TextReport.render(alone, org.childinneed.policies.report.Style.PLAIN);
        assertTrue(notJudged.contains("\nNot judged: no version in force\n"), notJudged);
        assertTrue(notJudged.lines().anyMatch(l -> l.matches(
                "  2023-12-11 +WT-01 +r1 +before working-together 2023 took effect on 2023-12-15")), notJudged);
        String page = org.childinneed.policies.report.HtmlReport.render(List.of(alone), Optional.empty());
        assertTrue(page.contains("<h3>Not judged: no version in force</h3>"), page);
        assertTrue(page.contains("<td class=\"rule\">WT-02</td><td>r1</td><td>before working-together 2023 took effect on 2023-12-15</td>"),
                page);
    }

    /** Kent as bundled, and an illustrative version from 1 April 2027 allowing 15 working days for KEN-01. */
    private static CompiledPolicy kentWithARevision() throws Exception {
        String kent = BUNDLED.find("kent").orElseThrow().text();
        String revised = kent.replace("version \"current (undated)\"", "version \"2027 (illustrative)\" effective 2027-04-01")
                .replaceFirst("due within 10 working days", "due within 15 working days");
        CompiledPolicy illustrative = PolicyCompiler.create(BankHolidays.englandAndWalesWorkingDays(), BUNDLED)
                .compile(new PolicySource("kent@2027.cin", revised)).policy().orElseThrow();
        return CompiledPolicy.ofVersions(List.of(BUNDLED.get("kent"), illustrative));
    }

    @Test
    void anAuthorityRevisionJudgesOnlyWhatArisesFromItsDate() throws Exception {
        CaseRecord record = CaseFileReader.read(Path.of("src/test/resources/versions/kent-initial-meetings-across-2027-04-01.json"));
        ComplianceReport report = kentWithARevision().evaluate(record, LocalDate.of(2027, 5, 3));
        // a1 Thu 4 Mar 2027, under the undated version: 10 working days, due Thu 18 Mar; m1 on 22 Mar is late.
        Obligation before = only(report, "KEN-01", "a1");
        assertEquals(LocalDate.of(2027, 3, 18), before.due());
        assertEquals("met-late", before.status().code());
        assertEquals("current (undated)", label(before));
        // a2 Thu 8 Apr 2027, under the revision: 15 working days, due Thu 29 Apr; m2 on 27 Apr is in time.
        Obligation after = only(report, "KEN-01", "a2");
        assertEquals(LocalDate.of(2027, 4, 29), after.due());
        assertEquals("met", after.status().code());
        assertEquals("2027 (illustrative)", label(after));
    }

    @Test
    void oneVersionAloneJudgesEveryDate() throws Exception {
        CaseRecord record = CaseFileReader.read(Path.of("src/test/resources/versions/kent-initial-meetings-across-2027-04-01.json"));
        ComplianceReport report = kentWithARevision().version("2027 (illustrative)").orElseThrow()
                .evaluate(record, LocalDate.of(2027, 5, 3));
        assertEquals(LocalDate.of(2027, 3, 25), only(report, "KEN-01", "a1").due());
        assertEquals("met", only(report, "KEN-01", "a1").status().code());
    }
}
