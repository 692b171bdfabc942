package org.childinneed.policies.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.childinneed.dsl.CompiledPolicy;
import org.childinneed.model.compliance.ComplianceReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One compiled policy, shared: evaluated from 8 threads at once, it gives reports equal to those
 * of a single-threaded run (contract section 3: the same case, policy and as-of date give the same
 * report, on any thread). Kent over 100,000 generated cases; each other bundled policy over the
 * first 10,000 of them, which keeps the test to some seconds.
 */
class ConcurrentEvaluationTest {

    private static final long SEED = 20261122L;
    private static final int THREADS = 8;
    /** Cases are generated, evaluated and compared a block at a time, to keep the heap small. */
    private static final int BLOCK = 5_000;

    private static ExecutorService pool;

    @BeforeAll
    static void startThreads() {
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterAll
    static void stopThreads() throws InterruptedException {
        pool.shutdownNow();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
    }

    @Test
    void kentFromEightThreadsOverAHundredThousandCasesGivesTheReportsOfOne() throws Exception {
        CompiledPolicy kent = CaseFiles.POLICIES.stream().filter(p -> p.info().id().equals("kent")).findFirst().orElseThrow();
        assertEquals(100_000, compareOver(kent, 100_000));
    }

    @Test
    void everyOtherBundledPolicyFromEightThreadsGivesTheReportsOfOne() throws Exception {
        List<CompiledPolicy> others = CaseFiles.POLICIES.stream().filter(p -> !p.info().id().equals("kent")).toList();
        assertTrue(others.size() >= 5, () -> "every bundled policy: " + others);
        for (CompiledPolicy policy : others) {
            assertEquals(10_000, compareOver(policy, 10_000));
        }
    }

    /** Evaluates the first {@code cases} generated cases once on this thread and once from 8; the number compared. */
    private static int compareOver(CompiledPolicy policy, int cases) throws Exception {
        int compared = 0;
        for (int from = 0; from < cases; from += BLOCK) {
            List<SeededCases.Generated> block = generate(from, Math.min(cases, from + BLOCK));
            List<ComplianceReport> single = new ArrayList<>(block.size());
            for (SeededCases.Generated g : block) {
                single.add(policy.evaluate(g.record(), g.asOf()));
            }
            List<ComplianceReport> concurrent = concurrently(policy, block);
            for (int i = 0; i < block.size(); i++) {
                assertEquals(single.get(i), concurrent.get(i), "case " + (from + i) + ", policy " + policy.info().id());
                compared++;
            }
        }
        return compared;
    }

    /** Cases {@code from} (included) to {@code to} (excluded), generated on the pool's threads. */
    private static List<SeededCases.Generated> generate(int from, int to) throws Exception {
        List<Future<List<SeededCases.Generated>>> parts = new ArrayList<>();
        int step = (to - from + THREADS - 1) / THREADS;
        for (int start = from; start < to; start += step) {
            int first = start;
            int last = Math.min(to, start + step);
            parts.add(pool.submit(() -> IntStream.range(first, last).mapToObj(i -> SeededCases.of(SEED, i)).toList()));
        }
        List<SeededCases.Generated> cases = new ArrayList<>(to - from);
        for (Future<List<SeededCases.Generated>> part : parts) {
            cases.addAll(part.get(60, TimeUnit.SECONDS));
        }
        return cases;
    }

    /** The reports of {@code block}, evaluated by {@link #THREADS} threads started together, taking cases in turn. */
    private static List<ComplianceReport> concurrently(CompiledPolicy policy, List<SeededCases.Generated> block)
            throws Exception {
        ComplianceReport[] reports = new ComplianceReport[block.size()];
        AtomicInteger next = new AtomicInteger();
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            running.add(pool.submit(() -> {
                start.await();
                for (int i = next.getAndIncrement(); i < reports.length; i = next.getAndIncrement()) {
                    SeededCases.Generated g = block.get(i);
                    reports[i] = policy.evaluate(g.record(), g.asOf());
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get(60, TimeUnit.SECONDS);
        }
        return List.of(reports);
    }
}
