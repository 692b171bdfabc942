package org.childinneed.benchmarks.support;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How the policy benchmarks run (JMH inherits these annotations): one fork, five warm-up and ten
 * measured iterations of a second, state set up once per trial, average time in microseconds unless
 * a benchmark says otherwise; and the seed of the synthetic cases they evaluate.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public abstract class TrialBenchmark {

    /** The seed of the synthetic cases evaluated. */
    public static final long SEED = 20_26L;
}
