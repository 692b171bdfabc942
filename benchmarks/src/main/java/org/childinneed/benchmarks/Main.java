package org.childinneed.benchmarks;

import java.io.IOException;
import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs the JMH benchmarks with JMH's own command-line options, then prints the ratios between the
 * benchmarks and their baselines measured in this run (absolute times are noise on a shared
 * machine; ratios measured side by side are not).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws IOException {
        CommandLineOptions options;
        try {
            options = new CommandLineOptions(args);
        } catch (CommandLineOptionException e) {
            System.err.println("Error parsing command line: " + e.getMessage());
            System.exit(1);
            return;
        }
        if (options.shouldHelp() || options.shouldList() || options.shouldListWithParams()
                || options.shouldListProfilers() || options.shouldListResultFormats()) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        try {
            Collection<RunResult> results = new Runner(options).run();
            System.out.println();
            System.out.print(Ratios.of(results, Runtime.getRuntime().availableProcessors()).render());
        } catch (RunnerException e) {
            System.err.println("Benchmarks failed: " + e.getMessage());
            System.exit(1);
        }
    }
}
