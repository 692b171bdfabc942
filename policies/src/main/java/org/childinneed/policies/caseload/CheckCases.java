package org.childinneed.policies.caseload;

import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.dsl.CompiledPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.stream.Stream;
import org.childinneed.model.compliance.Policy;
import org.childinneed.policies.casefile.CaseFileException;

/**
 * The check-cases use case: every case of a {@link CaseSource} evaluated against one policy as of
 * one date, each report handed to a {@link ReportWriter} in source order. Cases are read and
 * evaluated on {@code jobs} threads, at most a few per thread ahead of the writer, so memory does
 * not grow with the caseload and the output is the same whatever the number of threads. An input
 * that cannot be read is handed to the listener where it stands; the cases before and after it
 * are still checked and written.
 *
 * <pre>{@code
 * CheckCases check = new CheckCases(BundledPolicies.standard().get("kent"), LocalDate.of(2027, 3, 1), 4);
 * CaseloadOutcome outcome = check.run(CaseFiles.of(List.of(Path.of("cases"))),
 *         ReportWriters.named("ndjson", out), CaseloadListener.NONE);
 * }</pre>
 */
public final class CheckCases {

    /** Cases read ahead of the writer per thread: enough to keep every thread busy, few enough to bound memory. */
    private static final int AHEAD_PER_JOB = 16;

    private final Policy policy;
    private final LocalDate asOf;
    private final int jobs;

    /**
     * @param policy the policy to check every case against
     * @param asOf the date the cases are evaluated as known on
     * @param jobs how many threads read and evaluate cases (1 for the calling thread alone)
     */
    public CheckCases(Policy policy, LocalDate asOf, int jobs) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
        }
        this.jobs = jobs;
    }

    /**
     * Checks every case of {@code source} and writes its report to {@code writer}, in source order.
     *
     * @throws IOException if the writer cannot write (the reports written so far stay written)
     */
    public CaseloadOutcome run(CaseSource source, ReportWriter writer, CaseloadListener listener) throws IOException {
        Objects.requireNonNull(writer, "writer");
        Objects.requireNonNull(listener, "listener");
        Tally tally = new Tally(writer, listener);
        writer.begin(policy.info(), asOf);
        listener.started(source.size());
        try (Stream<PendingCase> cases = source.cases()) {
            if (jobs == 1) {
                for (Iterator<PendingCase> it = cases.iterator(); it.hasNext(); ) {
                    tally.add(check(it.next()));
                }
            } else {
                inParallel(cases.iterator(), tally);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        CaseloadOutcome outcome = tally.outcome();
        writer.end(outcome);
        listener.finished(outcome);
        return outcome;
    }

    private void inParallel(Iterator<PendingCase> cases, Tally tally) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(jobs, daemonThreads());
        ArrayDeque<Future<Result>> ahead = new ArrayDeque<>();
        int window = jobs * AHEAD_PER_JOB;
        try {
            while (cases.hasNext()) {
                PendingCase next = cases.next();
                ahead.add(pool.submit(() -> check(next)));
                if (ahead.size() >= window) {
                    tally.add(take(ahead.poll()));
                }
            }
            while (!ahead.isEmpty()) {
                tally.add(take(ahead.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Result take(Future<Result> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while checking cases");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        }
    }

    private Result check(PendingCase pending) {
        try {
            ComplianceReport report = policy.evaluate(pending.read(), asOf);
            ComplianceReport assessed = pending.evidence().filter(e -> policy instanceof CompiledPolicy)
                    .map(e -> EvidenceCoverage.apply(report, (CompiledPolicy) policy, e)).orElse(report);
            return new Result(pending.origin(), new CheckedCase(pending.origin(), assessed), null);
        } catch (CaseFileException e) {
            return new Result(pending.origin(), null, e);
        }
    }

    private static ThreadFactory daemonThreads() {
        ThreadFactory plain = Executors.defaultThreadFactory();
        return task -> {
            Thread thread = plain.newThread(task);
            thread.setDaemon(true);
            thread.setName("cin-check-" + thread.getName());
            return thread;
        };
    }

    /** A case checked, or why it could not be read (exactly one of the two). */
    private record Result(CaseOrigin origin, CheckedCase checked, CaseFileException problem) {
    }

    /** Hands results on in order and counts them. */
    private static final class Tally {
        private final ReportWriter writer;
        private final CaseloadListener listener;
        private long checked;
        private long attention;
        private long unreadable;

        Tally(ReportWriter writer, CaseloadListener listener) {
            this.writer = writer;
            this.listener = listener;
        }

        void add(Result result) throws IOException {
            if (result.checked() == null) {
                unreadable++;
                listener.unreadable(result.origin(), result.problem());
                return;
            }
            writer.write(result.checked());
            checked++;
            if (!result.checked().report().isCompliant()) {
                attention++;
            }
            listener.checked(result.checked());
        }

        CaseloadOutcome outcome() {
            return new CaseloadOutcome(checked, attention, unreadable);
        }
    }
}
