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
                    + "with the differences, then a JUnit-style summary; or, with --format junit or json, one "
                    + "document for CI servers and tools.",
            "Each scenario is evaluated as of its own date; --holidays and --closure-days change the calendar."},
        exitCodeListHeading = "%nExit status:%n", exitCodeList = {
            "0:every scenario passed (or was skipped)",
            "1:some scenario failed",
            "2:some scenario file could not be read or run",
            "3:an internal error of cin"},
        footer = {"%nExamples:", "  cin test policies/scenarios", "  cin test --coverage policies/scenarios/kent",
            "  cin test --format junit -o TEST-cin.xml policies/scenarios"})
final class TestCommand implements Callable<Integer> {

    @Mixin
    private CommandContext context;

    @Option(names = "--coverage",
            description = "After the summary, list each policy's rules and whether a scenario checked, "
                    + "merely exercised, or never reached them.")
    private boolean coverage;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text (the default), junit (JUnit XML: a testcase per scenario, failures with the "
                    + "mismatches) or json.")
    private TestFormat format;

    @Mixin
    private CalendarOptions calendar;

    @Mixin
    private OutputOption output;

    @Parameters(arity = "1..*", paramLabel = "SCENARIO_FILE_OR_DIR",
            description = "Scenario files (JSON), or directories whose *.json files are run.")
    private List<Path> paths;

    @Override
    public Integer call() throws InputError {
        output.refuseAliasOf(paths);
        long start = System.nanoTime();
        ScenarioSummary summary = ScenarioRunner.with(calendar.policies(context).lookup()).run(paths);
        double seconds = (System.nanoTime() - start) / 1e9;
        summary.results().stream().flatMap(r -> r.report().stream()).map(r -> r.asOf())
                .max(java.util.Comparator.naturalOrder()).ifPresent(asOf -> calendar.noteIfBeyondPublished(asOf, context.err()));
        String document = switch (format) {
            case TEXT -> summary.render() + (coverage ? "\n" + RuleCoverage.of(summary).render() : "");
            case JUNIT -> ScenarioDocuments.junitXml(summary, seconds);
            case JSON -> ScenarioDocuments.json(summary);
        };
        PrintWriter out = context.out();
        output.write(document, out, context.err());
        out.flush();
        context.err().flush();
        if (summary.results().stream().anyMatch(r -> r.outcome() == ScenarioResult.Outcome.ERROR)) {
            return ExitStatus.BAD_INPUT;
        }
        return summary.succeeded() ? ExitStatus.OK : ExitStatus.ATTENTION;
    }
}
