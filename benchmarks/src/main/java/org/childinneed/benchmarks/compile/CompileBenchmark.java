package org.childinneed.benchmarks.compile;

import org.childinneed.benchmarks.support.BundledScripts;
import org.childinneed.benchmarks.support.CpuClock;
import org.childinneed.benchmarks.support.CpuCounters;
import org.childinneed.benchmarks.support.TrialBenchmark;
import org.childinneed.dsl.Compilation;
import org.childinneed.dsl.PolicyCompiler;
import org.childinneed.dsl.PolicySource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Compiling each bundled policy from source (parse, check and plan, with the policy it extends),
 * warm, from scripts already in memory. No target: the time is reported as a multiple of one
 * typical Kent evaluation when {@code EvaluationBenchmark} runs in the same run.
 */
public class CompileBenchmark extends TrialBenchmark {

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
