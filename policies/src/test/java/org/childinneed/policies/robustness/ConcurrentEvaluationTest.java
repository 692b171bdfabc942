package org.childinneed.policies.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.childinneed.dsl.CompiledPolicy;
import org.childinneed.model.compliance.ComplianceReport;
import org.junit.jupiter.api.Test;

/**
 * One compiled policy, shared: evaluated from 8 threads at once over 100,000 generated cases, every
 * bundled policy gives reports equal to those of a single-threaded run (contract section 3: the
 * same case, policy and as-of date give the same report, on any thread).
 */
class ConcurrentEvaluationTest {

    private static final long SEED = 20261122L;
    private static final int CASES = 100_000;
    private static final int THREADS = 8;
    /** Cases are generated, evaluated and compared a block at a time, to keep the heap small. */
    private static final int BLOCK = 5_000;

    @Test
    void eightThreadsGiveTheReportsOfOne() throws Exception {
        List<CompiledPolicy> policies = CaseFiles.POLICIES;
        assertTrue(policies.size() >= 6, "every bundled policy: " + policies);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long compared = 0;
        long withFindings = 0;
        try {
            for (int from = 0; from < CASES; from += BLOCK) {
                List<SeededCases.Generated> block = new ArrayList<>(BLOCK);
                for (int i = from; i < from + BLOCK; i++) {
                    block.add(SeededCases.of(SEED, i));
                }
                for (CompiledPolicy policy : policies) {
                    List<ComplianceReport> single = new ArrayList<>(BLOCK);
                    for (SeededCases.Generated g : block) {
                        single.add(policy.evaluate(g.record(), g.asOf()));
                    }
                    List<ComplianceReport> concurrent = concurrently(pool, policy, block);
                    for (int i = 0; i < BLOCK; i++) {
                        assertEquals(single.get(i), concurrent.get(i), "case " + (from + i) + ", policy " + policy.info().id());
                    }
                    compared += BLOCK;
                    withFindings += single.stream().filter(r -> !r.findings().isEmpty()).count();
                }
            }
        } finally {
            pool.shutdownNow();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        }
        assertEquals((long) CASES * policies.size(), compared);
        assertFalse(withFindings == 0, "the generated cases exercise the findings too");
    }

    /** The reports of {@code block}, evaluated by {@link #THREADS} threads started together, taking cases in turn. */
    private static List<ComplianceReport> concurrently(ExecutorService pool, CompiledPolicy policy,
            List<SeededCases.Generated> block) throws Exception {
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
