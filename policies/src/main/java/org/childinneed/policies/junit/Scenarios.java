package org.childinneed.policies.junit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.childinneed.policies.bundled.BundledPolicies;
import org.childinneed.policies.scenario.PolicyLookup;
import org.childinneed.policies.scenario.ScenarioResult;
import org.childinneed.policies.scenario.ScenarioRunner;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Compliance scenarios as JUnit 5 dynamic tests: a container per folder, a test per scenario file.
 * A failing scenario fails its test with the readable mismatch; a bad file fails with its problems;
 * a skipped scenario is reported as aborted.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> scenarios() {
 *     return Scenarios.in(Path.of("scenarios")).asDynamicTests();     // the bundled policies
 * }
 * }</pre>
 *
 * <p>Needs {@code junit-jupiter-api} on the class path, which the library does not bring.
 */
public final class Scenarios {

    private final Path root;
    private final Optional<PolicyLookup> lookup;

    private Scenarios(Path root, Optional<PolicyLookup> lookup) {
        this.root = Objects.requireNonNull(root, "root");
        this.lookup = lookup;
    }

    /**
     * The scenarios in {@code fileOrDirectory} (every {@code *.json} below a directory), run against
     * the bundled policies unless {@link #using(PolicyLookup)} says otherwise.
     */
    public static Scenarios in(Path fileOrDirectory) {
        return new Scenarios(fileOrDirectory, Optional.empty());
    }

    /** The same scenarios, finding the policies they name through {@code policies}. */
    public Scenarios using(PolicyLookup policies) {
        return new Scenarios(root, Optional.of(Objects.requireNonNull(policies, "policies")));
    }

    /** A dynamic test per scenario file, in a container per folder below the root. */
    public Stream<DynamicNode> asDynamicTests() {
        PolicyLookup policies = lookup.orElseGet(() -> BundledPolicies.standard().lookup());
        ScenarioRunner runner = ScenarioRunner.with(policies);
        if (Files.isRegularFile(root)) {
            return Stream.of(test(root, runner));
        }
        if (!Files.isDirectory(root)) {
            return Stream.of(failing(root.toString(), root + ": no such file or directory"));
        }
        try {
            if (ScenarioRunner.scenarioFiles(root).isEmpty()) {
                return Stream.of(failing(root.toString(), root + ": no scenario files (*.json) in this directory"));
            }
            return children(root, runner).stream();
        } catch (IOException e) {
            return Stream.of(failing(root.toString(), root + ": cannot be listed"));
        }
    }

    private List<DynamicNode> children(Path directory, ScenarioRunner runner) throws IOException {
        List<Path> entries;
        try (Stream<Path> list = Files.list(directory)) {
            entries = list.sorted().toList();
        }
        List<DynamicNode> nodes = new ArrayList<>();
        for (Path entry : entries) {
            if (Files.isDirectory(entry)) {
                if (!ScenarioRunner.scenarioFiles(entry).isEmpty()) {
                    nodes.add(DynamicContainer.dynamicContainer(entry.getFileName().toString(), entry.toUri(),
                            children(entry, runner).stream()));
                }
            } else if (entry.getFileName().toString().endsWith(".json")) {
                nodes.add(test(entry, runner));
            }
        }
        return nodes;
    }

    private static DynamicTest test(Path file, ScenarioRunner runner) {
        String name = ScenarioRunner.titleOf(file).orElse(file.getFileName().toString());
        return DynamicTest.dynamicTest(name, file.toUri(), () -> verify(runner.runFile(file)));
    }

    /** Passes, fails with the mismatches, or aborts a skipped scenario. */
    private static void verify(ScenarioResult result) {
        switch (result.outcome()) {
            case PASSED -> {
            }
            case SKIPPED -> Assumptions.abort(String.join("\n", result.details()));
            case FAILED, ERROR -> Assertions.fail(result.describe());
        }
    }

    private static DynamicTest failing(String name, String message) {
        return DynamicTest.dynamicTest(name, () -> Assertions.fail(message));
    }
}
