package org.childinneed.policies.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.childinneed.dsl.Compilation;
import org.childinneed.dsl.CompiledPolicy;
import org.childinneed.dsl.Diagnostic;
import org.childinneed.policies.bundled.BundledPolicies;
import org.childinneed.policies.scenario.RuleCoverage.Level;
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

    private static final Path FOLDER = Path.of("..", "dsl", "src", "test", "resources", "sixth-authority");
    private static final Path SCRIPT = FOLDER.resolve("walsall.cin");
    private static final BundledPolicies BUNDLED = BundledPolicies.standard();

    private static CompiledPolicy walsall() throws Exception {
        Compilation compilation = BUNDLED.compile(SCRIPT);
        assertEquals(List.of(), compilation.diagnostics().stream().map(Diagnostic::render).toList());
        return compilation.policy().orElseThrow();
    }

    private static List<Path> scenarioFiles() throws IOException {
        List<Path> files = ScenarioRunner.scenarioFiles(FOLDER);
        assertFalse(files.isEmpty(), "no scenarios in " + FOLDER);
        return files;
    }

    /** Runs one scenario file of the folder; the scenario reader reads its case with the policy's declared events. */
    private static ScenarioResult run(Path file) throws Exception {
        PolicyLookup lookup = BUNDLED.lookup();
        Scenario scenario;
        try {
            scenario = ScenarioReader.parse(file.toString(), Files.readString(file), lookup, FOLDER);
        } catch (ScenarioFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
        return ScenarioRunner.with(lookup).run(scenario);
    }

    @Test
    void thePolicyCompilesWithoutDiagnostics() throws Exception {
        CompiledPolicy policy = walsall();
        assertEquals("walsall", policy.info().id());
        assertEquals(List.of("manager-discussion"), policy.declaredEvents().stream().map(e -> e.code()).toList());
        assertEquals(List.of("meeting", "visit", "management-decision"),
                policy.declaredVocabulary().extended().stream().map(e -> e.code()).toList());
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioPasses() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : scenarioFiles()) {
            String title = ScenarioRunner.titleOf(file).orElse(file.getFileName().toString());
            tests.add(DynamicTest.dynamicTest(title, file.toUri(), () -> {
                ScenarioResult result = run(file);
                assertEquals(ScenarioResult.Outcome.PASSED, result.outcome(), result::describe);
            }));
        }
        return tests.stream();
    }

    @Test
    void everyRuleIsCheckedByAScenario() throws Exception {
        List<ScenarioResult> results = new ArrayList<>();
        for (Path file : scenarioFiles()) {
            results.add(run(file));
        }
        RuleCoverage coverage = RuleCoverage.of(new ScenarioSummary(results));
        assertEquals(List.of("walsall"),
                coverage.policies().stream().map(RuleCoverage.PolicyCoverage::policy).toList(), coverage::render);
        assertEquals(List.of("WAL-02", "WAL-04", "WAL-05", "WAL-06", "WAL-07", "WAL-08", "WAL-10", "WAL-11"),
                coverage.policies().get(0).rules().stream().map(RuleCoverage.RuleUse::name).sorted().toList(),
                coverage::render);
        assertEquals(List.of(), coverage.below(Level.CHECKED), coverage::render);
    }

    @Test
    void theDeclaredFindingKindIsReported() throws Exception {
        Path file = FOLDER.resolve("02-child-not-seen-alone.json");
        ScenarioResult result = run(file);
        List<String> kinds = result.report().orElseThrow().findings().stream()
                .filter(f -> f.rule().equals("WAL-02"))
                .map(f -> f.kind().code())
                .toList();
        assertEquals(List.of("child-not-seen-alone", "child-not-seen-alone"), kinds);
    }

    @Test
    void everyClauseOfTheTextReadIsARuleOutOfScopeOrNotExpressible() throws Exception {
        CompiledPolicy policy = walsall();
        Set<String> clauses = new TreeSet<>();
        policy.rules().forEach(rule -> clauses.addAll(rule.clauses()));
        policy.outOfScope().forEach(out -> clauses.add(out.clause()));
        policy.notExpressible().forEach(out -> clauses.add(out.clause()));
        assertEquals(List.of(), policy.notExpressible().stream().map(o -> o.clause()).toList(), "every clause read is now expressible");
        Set<String> expected = IntStream.rangeClosed(1, 12).mapToObj(i -> String.format("WAL-%02d", i))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, clauses);
        assertTrue(Files.readString(FOLDER.resolve("README.md")).contains("walsallcs.trixonline.co.uk"));
    }
}
