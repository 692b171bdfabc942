package org.childinneed.policies.scenario;

import static org.childinneed.policies.scenario.Fixture.run;
import static org.childinneed.policies.scenario.Fixture.scenario;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.childinneed.model.compliance.PolicyInfo;
import org.childinneed.policies.scenario.ScenarioResult.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a scenario's expectations are matched against a report (the fake policy's, see {@link Fixture}). */
class ScenarioMatchingTest {

    private static final String FULL_R01 = """
            "rule": "R-01", "kind": "initial-meeting", "trigger": "a1", "triggerDate": "2026-12-17", "earliest": null,
            "due": "2027-01-05", "status": "met-late", "satisfiedBy": "m1", "satisfiedOn": "2027-01-06\"""";
    private static final String FULL_R04 = """
            "rule": "R-04", "kind": "chair-not-permitted", "event": "m1", "date": "2027-01-06",
            "messageContains": "permitted: social-worker\"""";

    private static String obligations(String... items) {
        return "{ \"obligations\": [" + String.join(",", items) + "] }";
    }

    private static void assertPasses(ScenarioResult result) {
        assertEquals(Outcome.PASSED, result.outcome(), () -> String.join("\n", result.details()));
    }

    private static String failureOf(ScenarioResult result) {
        assertEquals(Outcome.FAILED, result.outcome(), "the scenario should fail");
        return String.join("\n", result.details());
    }

    @Test
    void everyFieldGivenAndEqualPasses() {
        assertPasses(run(scenario("{ \"obligations\": [{" + FULL_R01 + "}], \"findings\": [{" + FULL_R04 + "}] }")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "kind, review-meeting, initial-meeting",
        "trigger, m1, a1",
        "triggerDate, 2026-12-18, 2026-12-17",
        "earliest, 2027-01-01, none",
        "due, 2027-01-04, 2027-01-05",
        "status, met, met-late",
        "satisfiedBy, a1, m1",
        "satisfiedOn, 2027-01-07, 2027-01-06"
    })
    void eachObligationFieldMustBeEqual(String field, String wrong, String actual) {
        String expect = FULL_R01.replaceFirst("\"" + field + "\": (null|\"[^\"]*\")", "\"" + field + "\": \"" + wrong + "\"");
        String failure = failureOf(run(scenario(obligations("{" + expect + "}"))));
        assertTrue(failure.contains(field + ": expected " + wrong + ", report has " + actual), failure);
        assertEquals(1, failure.lines().filter(l -> l.matches("\\s+\\w+: expected .*")).count(),
                "only the wrong field is named:\n" + failure);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "kind, plan-too-long, chair-not-permitted",
        "event, a1, m1",
        "date, 2027-01-07, 2027-01-06"
    })
    void eachFindingFieldMustBeEqual(String field, String wrong, String actual) {
        String expect = FULL_R04.replaceFirst("\"" + field + "\": \"[^\"]*\"", "\"" + field + "\": \"" + wrong + "\"");
        String failure = failureOf(run(scenario("R-04", "{ \"findings\": [{" + expect + "}] }")));
        assertTrue(failure.contains(field + ": expected " + wrong + ", report has " + actual), failure);
    }

    @Test
    void aFindingMessageMustContainTheGivenText() {
        assertPasses(run(scenario("R-04", "{ \"findings\": [{ \"rule\": \"R-04\", \"messageContains\": \"team-manager\" }] }")));
        String failure = failureOf(run(scenario("R-04",
                "{ \"findings\": [{ \"rule\": \"R-04\", \"messageContains\": \"senior-practitioner\" }] }")));
        assertTrue(failure.contains("message: expected to contain \"senior-practitioner\""), failure);
    }

    @Test
    void aRuleTheReportLacksIsNamedWithTheRulesItHas() {
        String failure = failureOf(run(scenario("R-09", obligations("{ \"rule\": \"R-09\" }"))));
        assertTrue(failure.startsWith("missing obligation expect.obligations[0] (line "), failure);
        assertTrue(failure.contains("the report has no obligation of rule R-09; it has obligations of R-01, R-02, R-03"),
                failure);
    }

    @Test
    void aPartialExpectationComparesOnlyTheFieldsItGives() {
        assertPasses(run(scenario(obligations("{ \"rule\": \"R-01\", \"status\": \"met-late\" }"))));
        assertPasses(run(scenario(obligations("{ \"rule\": \"R-01\" }"))));
    }

    @Test
    void nullMeansTheReportHasNoValueThere() {
        assertPasses(run(scenario("R-03", obligations("{ \"rule\": \"R-03\", \"satisfiedBy\": null, \"satisfiedOn\": null }"))));
        String failure = failureOf(run(scenario(obligations("{ \"rule\": \"R-01\", \"satisfiedBy\": null }"))));
        assertTrue(failure.contains("satisfiedBy: expected none, report has m1"), failure);
    }

    @Test
    void aWindowsEarliestDateIsCompared() {
        assertPasses(run(scenario("R-03", obligations("{ \"rule\": \"R-03\", \"earliest\": \"2027-02-17\", \"status\": \"open\" }"))));
    }

    @Test
    void anEventWithoutIdIsNamedByItsIndex() {
        assertPasses(run(scenario("R-02", obligations(
                "{ \"rule\": \"R-02\", \"satisfiedBy\": \"#2\" }", "{ \"rule\": \"R-02\", \"trigger\": \"#2\", \"status\": \"overdue\" }"))));
    }

    @Test
    void theNearestReportItemIsShownWithTheFieldsThatDiffer() {
        String failure = failureOf(run(scenario("R-02", obligations(
                "{ \"rule\": \"R-02\", \"trigger\": \"#2\", \"due\": \"2027-02-17\", \"status\": \"met\" }"))));
        assertTrue(failure.contains("nearest in the report: rule R-02, kind visit, trigger #2, triggerDate 2027-01-20,"
                + " due 2027-02-17, status overdue"), failure);
        assertTrue(failure.contains("status: expected met, report has overdue"), failure);
        assertFalse(failure.contains("trigger: expected"), failure);
        assertTrue(failure.contains("the report has 2 obligations of rule R-02"), failure);
    }

    @Test
    void aWrongDueDateShowsHowThePolicyComputedIt() {
        String failure = failureOf(run(scenario(obligations("{ \"rule\": \"R-01\", \"due\": \"2027-01-04\" }"))));
        assertTrue(failure.contains("due: expected 2027-01-04, report has 2027-01-05 (computed 2027-01-05)"), failure);
    }

    @Test
    void eachExpectedItemNeedsAReportItemOfItsOwn() {
        String failure = failureOf(run(scenario(obligations("{ \"rule\": \"R-01\" }", "{ \"rule\": \"R-01\" }"))));
        assertTrue(failure.startsWith("missing obligation expect.obligations[1]"), failure);
        assertTrue(failure.contains("another expected obligation already claimed it"), failure);
    }

    @Test
    void aGeneralExpectationDoesNotStealTheOnlyMatchOfALaterSpecificOne() {
        // the first item matches both R-02 obligations, the second only the met one (listed first in the report)
        assertPasses(run(scenario("R-02", obligations("{ \"rule\": \"R-02\" }", "{ \"rule\": \"R-02\", \"status\": \"met\" }"))));
    }

    @Test
    void anAbsentObligationFailsWhenAnyReportItemHasEveryFieldItGives() {
        assertPasses(run(scenario("R-09", "{ \"absentObligations\": [{ \"rule\": \"R-09\" }] }")));
        String failure = failureOf(run(scenario("R-02", "{ \"absentObligations\": [{ \"rule\": \"R-02\" }] }")));
        assertTrue(failure.contains("unwanted obligation expect.absentObligations[0]"), failure);
        assertEquals(2, failure.lines().filter(l -> l.contains("but the report has: rule R-02")).count(), failure);
        assertPasses(run(scenario("R-02", "{ \"absentObligations\": [{ \"rule\": \"R-02\", \"status\": \"open\" }] }")));
    }

    @Test
    void anAbsentFindingFailsWhenTheReportHasIt() {
        assertPasses(run(scenario("R-04", "{ \"absentFindings\": [{ \"rule\": \"R-04\", \"event\": \"a1\" }] }")));
        String failure = failureOf(run(scenario("R-04", "{ \"absentFindings\": [{ \"rule\": \"R-04\" }] }")));
        assertTrue(failure.contains("unwanted finding expect.absentFindings[0]"), failure);
        assertTrue(failure.contains("but the report has: rule R-04, kind chair-not-permitted, event m1, date 2027-01-06,"
                + " severity required, message \"initial meeting chaired by team-manager; permitted: social-worker\""), failure);
    }

    @Test
    void onlyForbidsOtherItemsOfTheExpectedRules() {
        String failure = failureOf(run(scenario("R-02",
                "{ \"only\": true, \"obligations\": [{ \"rule\": \"R-02\", \"status\": \"met\" }] }")));
        assertTrue(failure.contains("unexpected obligation (expect.only is true and R-02 is expected): rule R-02,"
                + " kind visit, trigger #2"), failure);
        assertPasses(run(scenario("R-02", "{ \"only\": true, \"obligations\": [{ \"rule\": \"R-02\", \"status\": \"met\" },"
                + " { \"rule\": \"R-02\", \"status\": \"overdue\" }] }")));
    }

    @Test
    void underOnlyTheNearestItemOfAMissingExpectationIsNotListedAgainAsUnexpected() {
        String failure = failureOf(run(scenario("{ \"only\": true, \"obligations\": [{ \"rule\": \"R-01\", \"due\": \"2027-01-04\" }] }")));
        assertTrue(failure.contains("missing obligation"), failure);
        assertFalse(failure.contains("unexpected obligation"), failure);
    }

    @Test
    void onlyLeavesRulesTheExpectationsDoNotNameAlone() {
        assertPasses(run(scenario("{ \"only\": true, \"obligations\": [{ \"rule\": \"R-01\" }] }")));
    }

    @Test
    void withoutOnlyExtraItemsAreAllowed() {
        assertPasses(run(scenario("R-02", obligations("{ \"rule\": \"R-02\", \"status\": \"met\" }"))));
    }

    @Test
    void checkedRulesAreThoseOfMatchedReportItems() {
        ScenarioResult result = run(scenario("{ \"obligations\": [{ \"rule\": \"R-01\" }],"
                + " \"absentFindings\": [{ \"rule\": \"R-04\", \"event\": \"a1\" }] }"));
        assertEquals(java.util.Set.of("R-01"), result.checkedRules());
        assertEquals(java.util.Set.of("R-01", "R-02", "R-03", "R-04"), result.exercisedRules());
    }

    @Test
    void aSkippedScenarioIsNotRunAndSaysWhy() {
        String text = scenario("{ \"obligations\": [{ \"rule\": \"R-01\", \"due\": \"1999-01-01\" }] }")
                .replace("\"policy\"", "\"skip\": \"awaiting the policy owner's reading\",\n  \"policy\"");
        ScenarioResult result = run(text);
        assertEquals(Outcome.SKIPPED, result.outcome());
        assertEquals(List.of("skipped: awaiting the policy owner's reading"), result.details());
        assertEquals(Optional.empty(), result.report());
    }

    @Test
    void aPolicyThatFailsGivesAnErrorNamingIt() {
        FakePolicy broken = new FakePolicy("broken", (record, asOf) -> {
            throw new IllegalStateException("rule R-01 has no anchor");
        });
        PolicyLookup lookup = PolicyLookup.of(broken);
        String text = scenario("{ \"obligations\": [{ \"rule\": \"R-01\" }] }").replace("\"fake\"", "\"broken\"");
        ScenarioResult result;
        try {
            result = ScenarioRunner.with(lookup).run(ScenarioReader.parse("t.json", text, lookup));
        } catch (ScenarioFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
        assertEquals(Outcome.ERROR, result.outcome());
        assertEquals(List.of("policy broken failed on this case: IllegalStateException: rule R-01 has no anchor"),
                result.details());
        assertEquals(new PolicyInfo("broken", "Fake broken", "1", "fake.txt"), result.policy().orElseThrow().info());
    }

    @Test
    void theAsOfDateIsPassedToThePolicy() {
        FakePolicy echo = new FakePolicy("fake", (record, asOf) -> {
            assertEquals(LocalDate.of(2027, 3, 1), asOf);
            return Fixture.POLICY.rules().apply(record, asOf);
        });
        PolicyLookup lookup = PolicyLookup.of(echo);
        try {
            ScenarioResult result = ScenarioRunner.with(lookup)
                    .run(ScenarioReader.parse("t.json", scenario("{ \"obligations\": [{ \"rule\": \"R-01\" }] }"), lookup));
            assertPasses(result);
            assertEquals(LocalDate.of(2027, 3, 1), result.report().orElseThrow().asOf());
        } catch (ScenarioFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
