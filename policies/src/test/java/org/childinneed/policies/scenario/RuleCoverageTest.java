package org.childinneed.policies.scenario;

import static org.childinneed.policies.scenario.Fixture.LOOKUP;
import static org.childinneed.policies.scenario.Fixture.scenario;
import static org.childinneed.policies.scenario.Fixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.childinneed.policies.scenario.RuleCoverage.Level;
import org.childinneed.policies.scenario.RuleCoverage.PolicyCoverage;
import org.childinneed.policies.scenario.RuleCoverage.RuleUse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which rules the scenarios of a run reached (the fake policy is not a script: its rules are those seen). */
class RuleCoverageTest {

    @Test
    void aRuleIsCheckedWhenAnExpectationMatchedItAndExercisedWhenOnlyAReportHadIt(@TempDir Path dir) {
        write(dir.resolve("one.json"), scenario("{ \"obligations\": [{ \"rule\": \"R-01\" }] }"));
        write(dir.resolve("two.json"), scenario("R-04", "{ \"absentFindings\": [{ \"rule\": \"R-04\", \"event\": \"a1\" }] }"));
        RuleCoverage coverage = RuleCoverage.of(ScenarioRunner.with(LOOKUP).run(dir));
        assertEquals(List.of(new PolicyCoverage("fake", List.of(
                new RuleUse("R-01", List.of("R-01"), Level.CHECKED),
                new RuleUse("R-02", List.of("R-02"), Level.EXERCISED),
                new RuleUse("R-03", List.of("R-03"), Level.EXERCISED),
                new RuleUse("R-04", List.of("R-04"), Level.EXERCISED)))), coverage.policies());
        assertEquals(List.of("fake: R-02", "fake: R-03", "fake: R-04"), coverage.below(Level.CHECKED));
        assertEquals(List.of(), coverage.below(Level.EXERCISED));
    }

    @Test
    void aScenarioThatCouldNotRunExercisesNothing(@TempDir Path dir) {
        write(dir.resolve("skip.json"), Fixture.SKIPPED);
        write(dir.resolve("bad.json"), "{}");
        RuleCoverage coverage = RuleCoverage.of(ScenarioRunner.with(LOOKUP).run(dir));
        assertEquals(List.of(new PolicyCoverage("fake", List.of())), coverage.policies());
    }

    @Test
    void theRenderedTableCountsAndListsEachRule(@TempDir Path dir) {
        write(dir.resolve("one.json"), scenario("R-02", "{ \"obligations\": [{ \"rule\": \"R-02\", \"status\": \"met\" }] }"));
        String rendered = RuleCoverage.of(ScenarioRunner.with(LOOKUP).run(dir)).render();
        assertEquals("""
                Rule coverage (checked: a scenario expected it and the report had it; exercised: a report had it, no scenario expected it)

                fake: 4 rules, 1 checked, 3 exercised only, 0 not exercised
                  exercised      R-01
                  checked        R-02
                  exercised      R-03
                  exercised      R-04
                """, rendered);
    }

    @Test
    void withoutScenariosNothingIsListed() {
        assertEquals("Rule coverage (checked: a scenario expected it and the report had it; exercised: a report had it,"
                + " no scenario expected it)\n\nno scenario ran against a policy\n",
                RuleCoverage.of(new ScenarioSummary(List.of())).render());
    }
}
