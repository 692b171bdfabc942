package org.childinneed.policies.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
import org.junit.jupiter.api.DynamicTest;

/**
 * A test authority's folder under {@code dsl/src/test/resources}: its policy script and its
 * scenarios, read and run through the scenario reader and runner themselves, as {@code cin test}
 * runs them.
 *
 * @param folder the folder
 * @param script the policy script in it
 */
record AuthorityFolder(Path folder, Path script) {

    private static final BundledPolicies BUNDLED = BundledPolicies.standard();

    /** The folder {@code name} of the dsl's test resources, with its script {@code scriptName}. */
    static AuthorityFolder of(String name, String scriptName) {
        Path folder = Path.of("..", "dsl", "src", "test", "resources", name);
        return new AuthorityFolder(folder, folder.resolve(scriptName));
    }

    /** The policy, compiled without a diagnostic. */
    CompiledPolicy policy() throws Exception {
        Compilation compilation = BUNDLED.compile(script);
        assertEquals(List.of(), compilation.diagnostics().stream().map(Diagnostic::render).toList());
        return compilation.policy().orElseThrow();
    }

    /** The scenario files, at least one. */
    List<Path> scenarioFiles() throws IOException {
        List<Path> files = ScenarioRunner.scenarioFiles(folder);
        assertFalse(files.isEmpty(), "no scenarios in " + folder);
        return files;
    }

    /** Reads one scenario file of the folder through the scenario reader, and runs it. */
    ScenarioResult run(Path file) throws Exception {
        PolicyLookup lookup = BUNDLED.lookup();
        Scenario scenario;
        try {
            scenario = ScenarioReader.parse(file.toString(), Files.readString(file), lookup, folder);
        } catch (ScenarioFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
        return ScenarioRunner.with(lookup).run(scenario);
    }

    /** Every scenario, run: a test each that it passes. */
    Stream<DynamicTest> scenariosPassing() throws IOException {
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

    /** Every scenario, run, for rule coverage. */
    List<ScenarioResult> runAll() throws Exception {
        List<ScenarioResult> results = new ArrayList<>();
        for (Path file : scenarioFiles()) {
            results.add(run(file));
        }
        return results;
    }

    /**
     * Asserts that the scenarios check every rule of the policy {@code policyId}: the rules they use
     * are {@code rules} (sorted), and none is below {@link RuleCoverage.Level#CHECKED}.
     */
    void assertEveryRuleChecked(String policyId, List<String> rules) throws Exception {
        RuleCoverage coverage = RuleCoverage.of(new ScenarioSummary(runAll()));
        assertEquals(List.of(policyId),
                coverage.policies().stream().map(RuleCoverage.PolicyCoverage::policy).toList(), coverage::render);
        assertEquals(rules, coverage.policies().get(0).rules().stream().map(RuleCoverage.RuleUse::name).sorted().toList(),
                coverage::render);
        assertEquals(List.of(), coverage.below(RuleCoverage.Level.CHECKED), coverage::render);
    }

    /** The clauses {@code policy} accounts for: its rules', and those it declares out of scope or not expressible. */
    static Set<String> clausesAccountedFor(CompiledPolicy policy) {
        Set<String> clauses = new TreeSet<>();
        policy.rules().forEach(rule -> clauses.addAll(rule.clauses()));
        policy.outOfScope().forEach(out -> clauses.add(out.clause()));
        policy.notExpressible().forEach(out -> clauses.add(out.clause()));
        return clauses;
    }

    /** The clause ids {@code PREFIX-01} to {@code PREFIX-last}. */
    static Set<String> clauses(String prefix, int last) {
        return IntStream.rangeClosed(1, last).mapToObj(i -> String.format("%s-%02d", prefix, i))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
