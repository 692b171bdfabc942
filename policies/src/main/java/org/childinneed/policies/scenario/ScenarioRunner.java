package org.childinneed.policies.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.policies.io.FolderScan;
import org.childinneed.policies.internal.json.JsonFiles;
import org.childinneed.policies.internal.json.JsonFormat;
import org.childinneed.policies.internal.json.JsonSyntaxException;
import org.childinneed.policies.internal.json.LocatedJson;
import org.childinneed.policies.scenario.ScenarioResult.Outcome;

/**
 * Runs compliance scenario files against policies found through a {@link PolicyLookup}.
 *
 * <pre>{@code
 * ScenarioSummary summary = ScenarioRunner.with(lookup).run(Path.of("scenarios"));
 * System.out.print(summary.render());
 * }</pre>
 */
public final class ScenarioRunner {

    private final PolicyLookup lookup;

    private ScenarioRunner(PolicyLookup lookup) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
    }

    /** A runner that finds the policies scenarios name through {@code lookup}. */
    public static ScenarioRunner with(PolicyLookup lookup) {
        return new ScenarioRunner(lookup);
    }

    /**
     * Runs scenario files, and every {@code *.json} file under directories (recursively, in name
     * order). A path that does not exist, or a directory holding no scenario, gives an error result.
     */
    public ScenarioSummary run(List<Path> paths) {
        List<ScenarioResult> results = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                FolderScan scan = JsonFiles.under(path);
                scan.problems().forEach(problem -> results.add(error(path, List.of(problem))));
                List<Path> files = scan.files();
                if (files.isEmpty() && !scan.incomplete()) {
                    results.add(error(path, List.of(path + ": no scenario files (*.json) in this directory")));
                }
                files.forEach(file -> results.add(runFile(file)));
            } else {
                results.add(runFile(path));
            }
        }
        return new ScenarioSummary(results);
    }

    /** Runs scenario files and directories of them; see {@link #run(List)}. */
    public ScenarioSummary run(Path... paths) {
        return run(List.of(paths));
    }

    /** Runs one scenario file. */
    public ScenarioResult runFile(Path file) {
        try {
            return run(ScenarioReader.read(file, lookup));
        } catch (ScenarioFileException e) {
            return error(file, e.lines());
        }
    }

    /** Runs a scenario already read. */
    ScenarioResult run(Scenario scenario) {
        if (scenario.skip().isPresent()) {
            return new ScenarioResult(scenario.source(), scenario.name(), Outcome.SKIPPED,
                    List.of("skipped: " + scenario.skip().get()), Optional.of(scenario.policy()), Optional.empty(),
                    Set.of());
        }
        ComplianceReport report;
        try {
            report = scenario.policy().evaluate(scenario.record(), scenario.asOf());
        } catch (RuntimeException e) {
            return new ScenarioResult(scenario.source(), scenario.name(), Outcome.ERROR,
                    List.of("policy " + scenario.policy().info().id() + " failed on this case: "
                            + e.getClass().getSimpleName() + Optional.ofNullable(e.getMessage()).map(m -> ": " + m).orElse("")),
                    Optional.of(scenario.policy()), Optional.empty(), Set.of());
        }
        ReportMatcher.Comparison comparison = ReportMatcher.compare(scenario.expect(), report);
        Outcome outcome = comparison.mismatches().isEmpty() ? Outcome.PASSED : Outcome.FAILED;
        return new ScenarioResult(scenario.source(), scenario.name(), outcome, comparison.mismatches(),
                Optional.of(scenario.policy()), Optional.of(report), comparison.checkedRules());
    }

    /** The scenario files under {@code directory}: every {@code *.json}, recursively, in path order. */
    public static List<Path> scenarioFiles(Path directory) throws IOException {
        return JsonFiles.under(directory).files();
    }

    /** The title a scenario file gives itself, if it is JSON with a {@code scenario} text; nothing is checked. */
    public static Optional<String> titleOf(Path file) {
        try {
            JsonNode title = LocatedJson.parse(Files.readString(file, StandardCharsets.UTF_8), JsonFormat.everyPosition())
                    .root().path("scenario");
            return title.isTextual() && !title.textValue().isBlank() ? Optional.of(title.textValue()) : Optional.empty();
        } catch (IOException | JsonSyntaxException e) {
            return Optional.empty();
        }
    }

    private static ScenarioResult error(Path path, List<String> problems) {
        return new ScenarioResult(path.toString(), String.valueOf(path.getFileName()), Outcome.ERROR, problems,
                Optional.empty(), Optional.empty(), Set.of());
    }
}
