package org.childinneed.benchmarks.compile;

import java.util.concurrent.TimeUnit;
import org.childinneed.benchmarks.support.BundledScripts;
import org.childinneed.benchmarks.support.CpuClock;
import org.childinneed.benchmarks.support.CpuCounters;
import org.childinneed.dsl.Compilation;
import org.childinneed.dsl.PolicyCompiler;
import org.childinneed.dsl.PolicySource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Compiling each bundled policy from source (parse, check and plan, with the policy it extends),
 * warm, from scripts already in memory. No target: the time is reported as a multiple of one
 * typical Kent evaluation when {@code EvaluationBenchmark} runs in the same run.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CompileBenchmark {

    @Param({"working-together", "sefton", "slough", "cheshire-west", "kent", "herefordshire"})
    public String policy;

    private PolicyCompiler compiler;
    private PolicySource source;

    @Setup
    public void setUp() {
        compiler = BundledScripts.compiler();
        source = BundledScripts.source(policy).orElseThrow(() -> new IllegalStateException("no bundled policy " + policy));
        Compilation first = compiler.compile(source);
        if (!first.succeeded()) {
            throw new IllegalStateException(policy + " does not compile:\n" + first.render());
        }
    }

    @Benchmark
    public Compilation compile(CpuCounters cpu) {
        long start = CpuClock.currentThread();
        Compilation compilation = compiler.compile(source);
        cpu.add(CpuClock.currentThread() - start, 1);
        return compilation;
    }
}
