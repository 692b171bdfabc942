package org.childinneed.policies.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import org.childinneed.policies.sources.CaseImport;
import org.childinneed.policies.caseload.EvidenceCoverage;
import org.childinneed.policies.importer.census.CensusFile;
import org.childinneed.policies.importer.ssd.SsdSource;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.childinneed.dsl.CompiledPolicy;
import org.childinneed.policies.bundled.PolicyCompilationException;
import org.childinneed.policies.casefile.CaseFileCodes;
import org.childinneed.policies.casefile.CaseFileException;
import org.childinneed.policies.caseload.CaseOrigin;
import org.childinneed.policies.caseload.CaseloadOutcome;
import org.childinneed.policies.caseload.CheckCases;
import org.childinneed.policies.caseload.PendingCase;
import org.childinneed.policies.caseload.ReportWriter;
import org.childinneed.policies.sources.CaseFiles;

/**
 * The command line's side of the check-cases use case ({@link CheckCases}): the policy and case
 * files from the options, problems printed to standard error where they stand, the reports to
 * standard output or {@code -o}, and the exit status.
 */
final class CaseBatch {

    /** Chooses the writer for a run: {@code oneCase} when the command named a single case file. */
    interface WriterChoice {
        ReportWriter writer(Writer out, boolean oneCase) throws InputError;
    }

    private CaseBatch() {
    }

    /** Checks the cases of {@code options} with the writer {@code choice} makes; the exit status. */
    static int run(CaseOptions options, RunOptions run, ReportOutput output, CommandContext context, WriterChoice choice)
            throws PolicyCompilationException, InputError {
        PrintWriter err = context.err();
        // The event types the policy declares, once it is loaded: case files may hold events of them.
        java.util.concurrent.atomic.AtomicReference<org.childinneed.model.event.DeclaredVocabulary> declared =
                new java.util.concurrent.atomic.AtomicReference<>(org.childinneed.model.event.DeclaredVocabulary.NONE);
        CaseFiles read = CaseFiles.of(options.cases, PendingCase.of(CaseOrigin.file(StandardInput.SOURCE), () -> {
            try {
                return StandardInput.caseRecord(context, declared.get());
            } catch (InputError e) {
                throw CaseFileException.ofFile(StandardInput.SOURCE, CaseFileCodes.NOT_JSON, Optional.empty(), e.getMessage());
            }
        })).withDatabases(options.databases());
        Optional<CompiledPolicy> policy;
        try {
            policy = Optional.of(options.policy.load(options.calendar.policies(context), err));
        } catch (InputError e) {
            err.println("cin: " + e.getMessage());
            policy = Optional.empty();
        }
        CaseFiles source = policy.map(p -> read.accepting(p.declaredVocabulary())).orElse(read);
        policy.ifPresent(p -> declared.set(p.declaredVocabulary()));
        if (policy.isEmpty()) {
            readOnly(source, err);
            return ExitStatus.BAD_INPUT;
        }
        options.calendar.noteIfBeyondPublished(options.asOfOrToday(), err);
        if (options.cases.stream().anyMatch(c -> Files.isRegularFile(c) && CaseImport.isCensus(c))) {
            err.print(EvidenceCoverage.describe(policy.get(), "a census file", CensusFile.RECORDABLE));
        }
        if (!options.ssd.isEmpty() || options.cases.stream().anyMatch(SsdSource::isExtract)) {
            err.print(EvidenceCoverage.describe(policy.get(), "the Standard Safeguarding Dataset", SsdSource.RECORDABLE));
        }
        int jobs = run.jobs();
        CompiledPolicy compiled = policy.get();
        CaseloadOutcome outcome = output.writeWith(context, out -> new CheckCases(compiled, options.asOfOrToday(), jobs)
                .run(source, choice.writer(out, source.isOneFile()), run.listener(context, new ProblemPrinter(err))));
        return exitStatus(outcome, err);
    }

    /** Without a policy: every case file is still read, so that all its problems are reported at once. */
    private static void readOnly(CaseFiles source, PrintWriter err) {
        ProblemPrinter problems = new ProblemPrinter(err);
        long inputs = 0;
        try (Stream<PendingCase> cases = source.cases()) {
            for (Iterator<PendingCase> it = cases.iterator(); it.hasNext(); ) {
                PendingCase next = it.next();
                inputs++;
                try {
                    next.read();
                } catch (CaseFileException e) {
                    problems.unreadable(next.origin(), e);
                }
            }
        }
        problems.closing(inputs);
    }

    private static int exitStatus(CaseloadOutcome outcome, PrintWriter err) {
        if (outcome.unreadable() > 0) {
            ProblemPrinter.closing(err, outcome.unreadable(), outcome.inputs());
            return ExitStatus.BAD_INPUT;
        }
        return outcome.needingAttention() == 0 ? ExitStatus.OK : ExitStatus.ATTENTION;
    }
}
