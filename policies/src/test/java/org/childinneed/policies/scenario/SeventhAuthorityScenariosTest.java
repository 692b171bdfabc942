package org.childinneed.policies.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.childinneed.dsl.CompiledPolicy;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 12: a seventh authority's policy (Bolton), written from a published page read whole, with
 * its scenarios, in {@code dsl/src/test/resources/seventh-authority}. Every scenario passes and
 * every rule of the policy is checked by one; every clause of the page (BOL-01 to BOL-07) is
 * either a rule or out of scope.
 *
 * <p>The policy declares a plan element ({@code worries}) the national list lacks, and scenario 03
 * records it in its case: the scenario reader reads a scenario's case with everything its policy
 * declares (event types, roles, plan elements), as {@code cin check --policy} reads a case file.
 */
class SeventhAuthorityScenariosTest {

    private static final AuthorityFolder AUTHORITY = AuthorityFolder.of("seventh-authority", "bolton.cin");
    private static final Path FOLDER = AUTHORITY.folder();

    @Test
    void thePolicyCompilesWithoutDiagnostics() throws Exception {
        CompiledPolicy policy = AUTHORITY.policy();
        assertEquals("bolton", policy.info().id());
        assertEquals(List.of(), policy.declaredEvents());
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioPasses() throws Exception {
        return AUTHORITY.scenariosPassing();
    }

    @Test
    void everyRuleIsCheckedByAScenario() throws Exception {
        AUTHORITY.assertEveryRuleChecked("bolton", List.of("BOL-03", "BOL-04", "BOL-05"));
    }

    @Test
    void everyClauseOfThePageIsARuleOrOutOfScope() throws Exception {
        CompiledPolicy policy = AUTHORITY.policy();
        Set<String> clauses = AuthorityFolder.clausesAccountedFor(policy);
        Set<String> expected = AuthorityFolder.clauses("BOL", 7);
        assertEquals(expected, clauses);
        String readme = Files.readString(FOLDER.resolve("README.md"));
        assertTrue(readme.contains("https://www.bolton.gov.uk/children-care/kinship-care-children-need/2"));
        for (String clause : expected) {
            assertTrue(readme.contains("| " + clause + " |"), clause + " is not in the README's clause table");
        }
    }
}
