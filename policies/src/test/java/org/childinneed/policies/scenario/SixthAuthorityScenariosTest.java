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
 * Issue 12: a sixth authority's policy (Walsall), written from its published procedure, with its
 * scenarios, in {@code dsl/src/test/resources/sixth-authority}. Every scenario passes and every
 * rule of the policy is checked by one; every clause of the text read is either a rule or out of
 * scope.
 *
 * <p>The policy adds attributes to the national {@code visit}, {@code management-decision} and
 * {@code meeting} events and declares one event type ({@code manager-discussion}); the scenario
 * reader reads each case with what the policy declares, and accepts its declared kinds in
 * {@code expect}.
 */
class SixthAuthorityScenariosTest {

    private static final AuthorityFolder AUTHORITY = AuthorityFolder.of("sixth-authority", "walsall.cin");
    private static final Path FOLDER = AUTHORITY.folder();

    @Test
    void thePolicyCompilesWithoutDiagnostics() throws Exception {
        CompiledPolicy policy = AUTHORITY.policy();
        assertEquals("walsall", policy.info().id());
        assertEquals(List.of("manager-discussion"), policy.declaredEvents().stream().map(e -> e.code()).toList());
        assertEquals(List.of("meeting", "visit", "management-decision"),
                policy.declaredVocabulary().extended().stream().map(e -> e.code()).toList());
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioPasses() throws Exception {
        return AUTHORITY.scenariosPassing();
    }

    @Test
    void everyRuleIsCheckedByAScenario() throws Exception {
        AUTHORITY.assertEveryRuleChecked("walsall", List.of("WAL-02", "WAL-04", "WAL-05", "WAL-06", "WAL-07", "WAL-08", "WAL-10", "WAL-11"));
    }

    @Test
    void theDeclaredFindingKindIsReported() throws Exception {
        Path file = FOLDER.resolve("02-child-not-seen-alone.json");
        ScenarioResult result = AUTHORITY.run(file);
        List<String> kinds = result.report().orElseThrow().findings().stream()
                .filter(f -> f.rule().equals("WAL-02"))
                .map(f -> f.kind().code())
                .toList();
        assertEquals(List.of("child-not-seen-alone", "child-not-seen-alone"), kinds);
    }

    @Test
    void everyClauseOfTheTextReadIsARuleOutOfScopeOrNotExpressible() throws Exception {
        CompiledPolicy policy = AUTHORITY.policy();
        Set<String> clauses = AuthorityFolder.clausesAccountedFor(policy);
        assertEquals(List.of(), policy.notExpressible().stream().map(o -> o.clause()).toList(), "every clause read is now expressible");
        Set<String> expected = AuthorityFolder.clauses("WAL", 12);
        assertEquals(expected, clauses);
        assertTrue(Files.readString(FOLDER.resolve("README.md")).contains("walsallcs.trixonline.co.uk"));
    }
}
