package org.childinneed.policies.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.childinneed.dsl.CompiledPolicy;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.timeline.CaseRecord;
import org.childinneed.policies.bundled.PolicyCompilationException;
import org.childinneed.policies.casefile.CaseFileException;
import org.childinneed.policies.casefile.CaseFileReader;
import org.childinneed.model.text.Printable;
import org.childinneed.policies.io.FolderScan;
import org.childinneed.policies.internal.json.JsonFiles;

/**
 * Case files evaluated against one policy: the reports of the files that could be read, and
 * every problem with the policy and the files, printed to standard error.
 *
 * @param policy the policy, when it could be loaded
 * @param reports one report per readable case file, in argument order
 * @param inputs how many case files were named (directories expanded)
 * @param badInput whether anything could not be read
 */
record CaseBatch(Optional<CompiledPolicy> policy, List<ComplianceReport> reports, int inputs, boolean badInput) {

    /** Loads the policy, reads every case file and evaluates the good ones, reporting problems to {@code err}. */
    static CaseBatch run(CaseOptions options, CommandContext context) throws PolicyCompilationException {
        PrintWriter err = context.err();
        Optional<CompiledPolicy> policy = Optional.empty();
        boolean bad = false;
        try {
            policy = Optional.of(options.policy.load(options.calendar.policies(context), err));
        } catch (InputError e) {
            err.println("cin: " + e.getMessage());
            bad = true;
        }
        List<Path> files = new ArrayList<>();
        int emptyFolders = 0;
        int skipped = 0;
        int unreadableFolders = 0;
        for (Path path : options.cases) {
            if (!Files.isDirectory(path)) {
                files.add(path);
                continue;
            }
            FolderScan scan = JsonFiles.under(path);
            scan.problems().forEach(err::println);
            files.addAll(scan.files());
            skipped += scan.skippedFiles();
            unreadableFolders += scan.unreadableFolders();
            if (scan.files().isEmpty() && !scan.incomplete()) {
                err.println(Printable.inline(path.toString()) + ": no case files (*.json) in this directory");
                emptyFolders++;
            }
        }
        int unreadable = emptyFolders + skipped;
        List<CaseRecord> records = new ArrayList<>();
        for (Path file : files) {
            try {
                records.add(StandardInput.is(file) ? StandardInput.caseRecord(context) : CaseFileReader.read(file));
            } catch (CaseFileException | InputError e) {
                err.println(e.getMessage());
                unreadable++;
            }
        }
        int inputs = files.size() + emptyFolders;
        if (unreadable > 0 || unreadableFolders > 0) {
            err.println("cin: " + unread(unreadable, inputs + skipped, unreadableFolders));
        }
        List<ComplianceReport> reports = new ArrayList<>();
        if (policy.isPresent()) {
            LocalDate asOf = options.asOfOrToday();
            options.calendar.noteIfBeyondPublished(asOf, err);
            for (CaseRecord record : records) {
                reports.add(policy.get().evaluate(record, asOf));
            }
        }
        return new CaseBatch(policy, reports, inputs, bad || unreadable > 0 || unreadableFolders > 0);
    }

    /** Writes {@code render} of this batch to {@code output} if any case was evaluated; the exit status. */
    int print(Function<CaseBatch, String> render, ReportOutput output, PrintWriter out) throws InputError {
        if (!reports.isEmpty()) {
            output.write(render.apply(this), out);
        }
        return exitStatus();
    }

    /** The exit status: 2 for bad input, 1 if any case needs attention, else 0. */
    int exitStatus() {
        if (badInput) {
            return ExitStatus.BAD_INPUT;
        }
        return reports.stream().allMatch(ComplianceReport::isCompliant) ? ExitStatus.OK : ExitStatus.ATTENTION;
    }

    /** "1 of 3 case files could not be read", and the folders that could not be read. */
    private static String unread(int files, int of, int folders) {
        String head = files + " of " + of + (of == 1 ? " case file" : " case files") + " could not be read";
        if (folders == 0) {
            return head;
        }
        return head + "; " + folders + (folders == 1 ? " folder" : " folders") + " could not be read, and the files in "
                + (folders == 1 ? "it" : "them") + " were not checked";
    }
}
