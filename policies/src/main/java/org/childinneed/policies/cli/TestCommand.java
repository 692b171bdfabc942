package org.childinneed.policies.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.childinneed.policies.scenario.RuleCoverage;
import org.childinneed.policies.scenario.ScenarioResult;
import org.childinneed.policies.scenario.ScenarioRunner;
import org.childinneed.policies.scenario.ScenarioSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cin test}: runs compliance scenarios against the policies they name. */
@Command(name = "test", mixinStandardHelpOptions = true,
        header = "Run compliance scenarios; print a JUnit-style summary.",
        description = {
            "Run compliance scenarios: each scenario file holds a case, a policy, an as-of date and the "
                    + "obligations and findings expected. Prints a line per scenario (PASS, FAIL, ERROR, SKIP) "
                    + "with the differences, then a JUnit-style summary."},
        exitCodeListHeading = "%nExit status:%n", exitCodeList = {
            "0:every scenario passed (or was skipped)",
            "1:some scenario failed",
            "2:some scenario file could not be read or run",
            "3:an internal error of cin"},
        footer = {"%nExamples:", "  cin test policies/scenarios", "  cin test --coverage policies/scenarios/kent"})
final class TestCommand implements Callable<Integer> {

    @Mixin
    private CommandContext context;

    @Option(names = "--coverage",
            description = "After the summary, list each policy's rules and whether a scenario checked, "
                    + "merely exercised, or never reached them.")
    private boolean coverage;

    @Parameters(arity = "1..*", paramLabel = "SCENARIO_FILE_OR_DIR",
            description = "Scenario files (JSON), or directories whose *.json files are run.")
    private List<Path> paths;

    @Override
    public Integer call() {
        ScenarioSummary summary = ScenarioRunner.with(context.policies().lookup()).run(paths);
        PrintWriter out = context.out();
        out.print(summary.render());
        if (coverage) {
            out.println();
            out.print(RuleCoverage.of(summary).render());
        }
        out.flush();
        if (summary.results().stream().anyMatch(r -> r.outcome() == ScenarioResult.Outcome.ERROR)) {
            return ExitStatus.BAD_INPUT;
        }
        return summary.succeeded() ? ExitStatus.OK : ExitStatus.ATTENTION;
    }
}
