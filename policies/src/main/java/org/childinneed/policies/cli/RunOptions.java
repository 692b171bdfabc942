package org.childinneed.policies.cli;

import picocli.CommandLine.Option;

/** How a caseload run goes: {@code --jobs} and {@code --quiet}. */
final class RunOptions {

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Read and evaluate cases on N threads (default: the number of cores). "
                    + "The output is the same, in the same order, whatever N.")
    Integer jobs;

    @Option(names = {"-q", "--quiet"},
            description = "No progress bar. (It is shown only on a terminal, for runs longer than a second; "
                    + "also off when TERM is dumb or CI or CIN_NO_PROGRESS is set.)")
    boolean quiet;

    int jobs() throws InputError {
        if (jobs == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        if (jobs < 1 || jobs > 1024) {
            throw new InputError("--jobs must be between 1 and 1024: " + jobs);
        }
        return jobs;
    }

    /** What hears the run: the problems printer, and a progress bar where one is wanted. */
    org.childinneed.policies.caseload.CaseloadListener listener(CommandContext context, ProblemPrinter problems) {
        if (quiet || !context.terminal().progress()) {
            return problems;
        }
        return new Progress(problems);
    }
}
