package org.childinneed.policies.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.childinneed.policies.bundled.BundledPolicies;
import org.childinneed.policies.junit.Scenarios;
import org.childinneed.policies.scenario.RuleCoverage.Level;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The bundled scenarios ({@code policies/scenarios/<policy id>/*.json}) against the bundled
 * policies. A folder whose policy is not bundled yet is reported as aborted, not passed; as soon
 * as {@code policies/<id>.cin} exists its scenarios run, and every rule of the policy must be
 * checked by one of them.
 */
class BundledScenariosTest {

    private static final Path SCENARIOS = Path.of("scenarios");
    private static final BundledPolicies BUNDLED = BundledPolicies.standard();

    @TestFactory
    Stream<DynamicNode> bundledScenarios() throws IOException {
        List<DynamicNode> nodes = new ArrayList<>();
        for (Path folder : policyFolders()) {
            String id = folder.getFileName().toString();
            if (BUNDLED.ids().contains(id)) {
                nodes.add(DynamicContainer.dynamicContainer(id, folder.toUri(),
                        Scenarios.in(folder).using(BUNDLED.lookup()).asDynamicTests()));
            } else {
                int count = ScenarioRunner.scenarioFiles(folder).size();
                nodes.add(DynamicTest.dynamicTest(id, () -> Assumptions.abort(
                        "policy " + id + " is not bundled yet (no policies/" + id + ".cin): " + count + " scenarios not run")));
            }
        }
        return nodes.stream();
    }

    @Test
    void scenariosLiveInAFolderNamedAfterThePolicyTheyName() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> misplaced = new ArrayList<>();
        for (Path file : ScenarioRunner.scenarioFiles(SCENARIOS)) {
            Path folder = SCENARIOS.relativize(file).getName(0);
            String policy = json.readTree(file.toFile()).path("policy").asText("");
            if (SCENARIOS.relativize(file).getNameCount() < 2 || !folder.toString().equals(policy)) {
                misplaced.add(file + " names policy '" + policy + "'");
            }
        }
        assertEquals(List.of(), misplaced);
    }

    @Test
    void everyScenarioFileIsWellFormedEvenBeforeItsPolicyExists() throws IOException {
        FakePolicy neverRun = new FakePolicy("any", (record, asOf) -> {
            throw new AssertionError("not evaluated");
        });
        // A bundled policy is looked up for the event types it declares, which its scenarios' cases may hold.
        PolicyLookup anyId = id -> BUNDLED.lookup().find(id).or(() -> java.util.Optional.of(neverRun));
        List<String> problems = new ArrayList<>();
        for (Path file : ScenarioRunner.scenarioFiles(SCENARIOS)) {
            try {
                ScenarioReader.read(file, anyId);
            } catch (ScenarioFileException e) {
                problems.addAll(e.lines());
            }
        }
        assertEquals(List.of(), problems);
    }

    @TestFactory
    Stream<DynamicTest> everyRuleOfABundledPolicyWithScenariosIsCheckedByOne() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path folder : policyFolders()) {
            String id = folder.getFileName().toString();
            if (BUNDLED.ids().contains(id)) {
                tests.add(DynamicTest.dynamicTest(id + ": every rule checked", () -> {
                    RuleCoverage coverage = RuleCoverage.of(ScenarioRunner.with(BUNDLED.lookup()).run(folder));
                    assertEquals(List.of(id), coverage.policies().stream().map(RuleCoverage.PolicyCoverage::policy).toList(),
                            coverage::render);
                    assertTrue(!coverage.policies().get(0).rules().isEmpty(), coverage::render);
                    assertEquals(List.of(), coverage.below(Level.CHECKED), coverage::render);
                }));
            }
        }
        if (tests.isEmpty()) {
            tests.add(DynamicTest.dynamicTest("rule coverage",
                    () -> Assumptions.abort("no bundled policy has a scenario folder yet")));
        }
        return tests.stream();
    }

    private static List<Path> policyFolders() throws IOException {
        try (Stream<Path> entries = Files.list(SCENARIOS)) {
            return entries.filter(Files::isDirectory).sorted().toList();
        }
    }
}
