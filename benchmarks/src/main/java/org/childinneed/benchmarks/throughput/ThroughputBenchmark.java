package org.childinneed.benchmarks.throughput;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.childinneed.benchmarks.generator.SyntheticCase;
import org.childinneed.benchmarks.generator.SyntheticCases;
import org.childinneed.benchmarks.support.BundledScripts;
import org.childinneed.benchmarks.support.CpuClock;
import org.childinneed.benchmarks.support.CpuCounters;
import org.childinneed.benchmarks.support.TrialBenchmark;
import org.childinneed.model.compliance.Policy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Evaluating 100,000 deterministic synthetic cases with the interpreted {@code kent.cin}, on one
 * thread and on all cores (a fork-join pool as wide as the machine), scored in cases per second.
 * Per-core rate = all-cores rate / cores. Target: each core's rate within 1.3x of the one-thread
 * rate. The CPU time of the pool's workers is counted too, which measures the cost of running in
 * parallel apart from waiting for cores other processes hold.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ThroughputBenchmark extends TrialBenchmark {

    static final int CASES = 100_000;

    private SyntheticCase[] cases;
    private Policy policy;
    private ForkJoinPool pool;
    private final List<Thread> workers = new CopyOnWriteArrayList<>();

    @Setup
    public void setUp() {
        cases = IntStream.range(0, CASES).parallel()
                .mapToObj(i -> SyntheticCases.typicalCase(SEED, i)).toArray(SyntheticCase[]::new);
        policy = BundledScripts.compiled("kent");
        int cores = Runtime.getRuntime().availableProcessors();
        // Workers kept alive for the whole trial, so that none takes its CPU time away with it.
        pool = new ForkJoinPool(cores, p -> {
            ForkJoinWorkerThread worker = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
            workers.add(worker);
            return worker;
        }, null, false, cores, cores, 1, null, 1, TimeUnit.HOURS);
    }

    @TearDown
    public void tearDown() {
        pool.shutdown();
    }

    @Benchmark
    @OperationsPerInvocation(CASES)
    public long oneThread(CpuCounters cpu) {
        long start = CpuClock.currentThread();
        long obligations = 0;
        for (SyntheticCase c : cases) {
            obligations += policy.evaluate(c.record(), c.asOf()).obligations().size();
        }
        cpu.add(CpuClock.currentThread() - start, CASES);
        return obligations;
    }

    @Benchmark
    @OperationsPerInvocation(CASES)
    public long allCores(CpuCounters cpu) {
        long start = workersCpu();
        long obligations = pool.submit(() -> Arrays.stream(cases).parallel()
                .mapToLong(c -> policy.evaluate(c.record(), c.asOf()).obligations().size()).sum()).join();
        cpu.add(workersCpu() - start, CASES);
        return obligations;
    }

    private long workersCpu() {
        long total = 0;
        for (Thread worker : workers) {
            total += Math.max(0, CpuClock.ofThread(worker.getId()));
        }
        return total;
    }
}
