package org.childinneed.policies.cli;

import java.io.IOException;
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
import org.childinneed.policies.json.JsonFiles;

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
            policy = Optional.of(options.policy.load(context.policies(), err));
        } catch (InputError e) {
            err.println("cin: " + e.getMessage());
            bad = true;
        }
        List<Path> files = new ArrayList<>();
        int emptyFolders = 0;
        for (Path path : options.cases) {
            try {
                files.addAll(expand(path));
            } catch (InputError e) {
                err.println(e.getMessage());
                emptyFolders++;
            }
        }
        int unreadable = emptyFolders;
        List<CaseRecord> records = new ArrayList<>();
        for (Path file : files) {
            try {
                records.add(CaseFileReader.read(file));
            } catch (CaseFileException e) {
                err.println(e.getMessage());
                unreadable++;
            }
        }
        int inputs = files.size() + emptyFolders;
        if (unreadable > 0) {
            err.println("cin: " + unreadable + " of " + inputs + (inputs == 1 ? " case file" : " case files")
                    + " could not be read");
        }
        List<ComplianceReport> reports = new ArrayList<>();
        if (policy.isPresent()) {
            LocalDate asOf = options.asOfOrToday();
            for (CaseRecord record : records) {
                reports.add(policy.get().evaluate(record, asOf));
            }
        }
        return new CaseBatch(policy, reports, inputs, bad || unreadable > 0);
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

    /** A file as itself; a directory as the {@code *.json} files under it, in path order. */
    static List<Path> expand(Path path) throws InputError {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try {
            List<Path> found = JsonFiles.under(path);
            if (found.isEmpty()) {
                throw new InputError(path + ": no case files (*.json) in this directory");
            }
            return found;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InputError(path + ": the directory cannot be read");
        }
    }
}
