package org.childinneed.policies.cli;

import org.childinneed.policies.caseload.PendingCase;
import org.childinneed.policies.sources.CaseFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.childinneed.dsl.CompiledPolicy;
import org.childinneed.model.diff.DiffTally;
import org.childinneed.model.diff.ReportDiff;
import org.childinneed.model.timeline.CaseRecord;
import org.childinneed.policies.casefile.CaseFileException;
import org.childinneed.policies.casefile.CaseFileReader;
import org.childinneed.policies.report.DiffReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cin diff}: what a change of policy would change in each case. */
@Command(name = "diff", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Show what a new policy would change in each case, compared with an old one.",
        description = {
            "Evaluate every case with both policies and report what changes: obligations that appear or "
                    + "disappear, due dates that move, statuses that change (met to met-late, open to overdue...), "
                    + "findings added or removed; then, per rule, the counts. Cases are read and written one at a "
                    + "time. Citations and versions are not compared: two versions that judge alike show no change.",
            "Each policy is a bundled id, a script's path, or one version of a bundled policy (id@version, "
                    + "which judges every date)."},
        exitCodeListHeading = "%nExit status:%n", exitCodeList = {
            "0:no case changes",
            "1:some case changes",
            "2:bad input (a case file or a policy); problems on standard error",
            "3:an internal error of cin"},
        footer = {"%nExamples:",
            "  cin diff --policy working-together@2018 --policy working-together@2023 examples",
            "  cin diff --policy kent --policy kent-revised.cin --as-of 2027-03-01 --format csv --counts counts.csv cases/"})
final class DiffCommand implements Callable<Integer> {

    @Mixin
    private CommandContext context;

    @Option(names = {"-p", "--policy"}, required = true, paramLabel = "POLICY",
            description = "Give it twice: the old policy, then the new (an id, a .cin path, or id@version).")
    private List<String> policies;

    @Mixin
    private AsOfOption asOf;

    @Mixin
    private CalendarOptions calendar;

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text (the default), json (one object: the cases that change, then the counts per rule) "
                    + "or csv (a row per change).")
    private DiffReport.Format format;

    @Option(names = "--counts", paramLabel = "FILE",
            description = "Also write the counts per rule to this file, as CSV.")
    private Path counts;

    @Mixin
    private OutputOption output;

    @Parameters(arity = "1..*", paramLabel = "CASE",
            description = "Case files (JSON), or directories whose *.json files are read.")
    private List<Path> cases;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = context.err();
        if (policies.size() != 2) {
            err.println("cin: diff compares two policies: give --policy twice, the old then the new (got "
                    + policies.size() + ")");
            return ExitStatus.BAD_INPUT;
        }
        OutputOption.refuseAliasOf(counts, cases);
        output.refuseAliasOf(cases);
        List<CompiledPolicy> loaded = new ArrayList<>();
        for (String policy : policies) {
            PolicyOption option = new PolicyOption();
            option.policy = policy;
            try {
                loaded.add(option.load(calendar.policies(context), err));
            } catch (InputError e) {
                err.println("cin: " + e.getMessage());
                return ExitStatus.BAD_INPUT;
            }
        }
        LocalDate date = asOf.orToday();
        calendar.noteIfBeyondPublished(date, err);
        DiffTally tally = new DiffTally();
        int[] read = new int[2];
        output.writeWith(context.out(), err, out -> {
            PrintWriter printer = out instanceof PrintWriter p ? p : new PrintWriter(out);
            DiffReport report = DiffReport.of(format, printer, policies.get(0), policies.get(1), date);
            compare(loaded, date, report, tally, read);
            report.finish(tally);
            printer.flush();
            if (printer != out && printer.checkError()) {
                throw new IOException("the report could not be written in full");
            }
            return null;
        });
        if (counts != null) {
            OutputOption.writeTo(counts, context.out(), err, out -> {
                out.write(DiffReport.countsCsv(tally));
                return null;
            });
        }
        int unreadable = read[1];
        int inputs = read[0];
        if (unreadable > 0) {
            err.println("cin: " + unreadable + " of " + inputs + (inputs == 1 ? " case file" : " case files")
                    + " could not be read");
            return ExitStatus.BAD_INPUT;
        }
        return tally.casesChanged() > 0 ? ExitStatus.ATTENTION : ExitStatus.OK;
    }

    /** Evaluates every case with both policies into {@code report}; counts inputs and unreadable ones in {@code read}. */
    private void compare(List<CompiledPolicy> loaded, LocalDate date, DiffReport report, DiffTally tally, int[] read) {
        try (java.util.stream.Stream<PendingCase> all = CaseFiles.of(cases).cases()) {
            for (java.util.Iterator<PendingCase> it = all.iterator(); it.hasNext(); ) {
                PendingCase next = it.next();
                read[0]++;
                CaseRecord record;
                try {
                    record = next.read();
                } catch (CaseFileException e) {
                    context.err().println(e.getMessage());
                    read[1]++;
                    continue;
                }
                ReportDiff diff = ReportDiff.between(loaded.get(0).evaluate(record, date), loaded.get(1).evaluate(record, date));
                report.add(diff);
                tally.add(diff);
            }
        }
    }
}
