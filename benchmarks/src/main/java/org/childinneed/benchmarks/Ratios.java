package org.childinneed.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * The ratios the benchmarks' targets are stated in, computed from the scores of one run, by
 * wall-clock time and, where a benchmark counts it, by CPU time. Each benchmark's score is its best
 * measurement iteration (least time, most throughput): on a machine shared with other work the
 * least disturbed iteration is the best estimate of its speed; JMH's own table keeps the means.
 * Scores are keyed {@code Class.method} or {@code Class.method[param=value]}: wall-clock scores
 * per operation (average time) or per second (throughput), CPU scores in nanoseconds per operation.
 */
final class Ratios {

    private static final String EVALUATION = "EvaluationBenchmark.";
    private static final String SCALING = "ScalingBenchmark.";
    private static final String THROUGHPUT = "ThroughputBenchmark.";
    private static final String COMPILE = "CompileBenchmark.";
    private static final String WORKING_DAYS = "WorkingDaysBenchmark.";
    private static final String[] SIZES = {"10", "100", "1000", "10000"};

    private final Map<String, Double> wall;
    private final Map<String, Double> cpu;
    private final int cores;

    Ratios(Map<String, Double> wall, Map<String, Double> cpu, int cores) {
        this.wall = new LinkedHashMap<>(wall);
        this.cpu = new LinkedHashMap<>(cpu);
        this.cores = cores;
    }

    static Ratios of(Collection<RunResult> results, int cores) {
        Map<String, Double> wall = new LinkedHashMap<>();
        Map<String, Double> cpu = new LinkedHashMap<>();
        for (RunResult result : results) {
            BenchmarkParams params = result.getParams();
            String[] parts = params.getBenchmark().split("\\.");
            String name = parts[parts.length - 2] + "." + parts[parts.length - 1];
            String values = params.getParamsKeys().stream().map(k -> k + "=" + params.getParam(k))
                    .collect(Collectors.joining(","));
            String key = values.isEmpty() ? name : name + "[" + values + "]";
            boolean higherIsBetter = params.getMode() == Mode.Throughput;
            double bestWall = higherIsBetter ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            double bestCpu = Double.POSITIVE_INFINITY;
            for (BenchmarkResult fork : result.getBenchmarkResults()) {
                for (IterationResult iteration : fork.getIterationResults()) {
                    double score = iteration.getPrimaryResult().getScore();
                    bestWall = higherIsBetter ? Math.max(bestWall, score) : Math.min(bestWall, score);
                    Result<?> nanos = iteration.getSecondaryResults().get("cpuNanos");
                    Result<?> operations = iteration.getSecondaryResults().get("operations");
                    if (nanos != null && operations != null && operations.getScore() > 0) {
                        bestCpu = Math.min(bestCpu, nanos.getScore() / operations.getScore());
                    }
                }
            }
            wall.put(key, Double.isInfinite(bestWall) ? result.getPrimaryResult().getScore() : bestWall);
            if (!Double.isInfinite(bestCpu)) {
                cpu.put(key, bestCpu);
            }
        }
        return new Ratios(wall, cpu, cores);
    }

    /** One line per measured target, or nothing when no benchmark ran. */
    String render() {
        List<String> lines = new ArrayList<>();
        workingDays().ifPresent(lines::add);
        evaluation().ifPresent(lines::add);
        decisionOnly().ifPresent(lines::add);
        scaling("interpreted").ifPresent(lines::add);
        scaling("handWritten").ifPresent(lines::add);
        throughput().ifPresent(lines::add);
        compile().ifPresent(lines::add);
        others(lines);
        if (lines.isEmpty()) {
            return "";
        }
        return "Ratios measured in this run (" + cores + " cores; best iteration of each benchmark):\n" + lines.stream()
                .map(l -> "  " + l + "\n").collect(Collectors.joining());
    }

    private Optional<String> workingDays() {
        Double one = wall.get(WORKING_DAYS + "workingDaysIndex[n=1]");
        Double many = wall.get(WORKING_DAYS + "workingDaysIndex[n=250]");
        Double index = wall.get(WORKING_DAYS + "workingDaysIndex[n=45]");
        Double loop = wall.get(WORKING_DAYS + "javaTimeLoop[n=45]");
        Double jollyday = wall.get(WORKING_DAYS + "jollydayLoop[n=45]");
        if (one == null || many == null || index == null || loop == null || jollyday == null) {
            return Optional.empty();
        }
        return Optional.of("working days: index at N = 250 / N = 1 = " + times(many / one) + " (target <= 1.5x); at N = 45"
                + " java.time loop / index = " + times(loop / index) + ", Jollyday loop / index = " + times(jollyday / index)
                + " (target >= 20x)");
    }

    private Optional<String> evaluation() {
        String interpreted = EVALUATION + "interpreted";
        String handWritten = EVALUATION + "handWritten";
        return ratio(wall, interpreted, handWritten).map(w -> "evaluation: interpreted / hand-written Kent, per typical case = "
                + times(w) + " wall-clock" + ratio(cpu, interpreted, handWritten).map(c -> ", " + times(c) + " CPU time").orElse("")
                + " (target <= 2x)");
    }

    private Optional<String> decisionOnly() {
        String interpreted = EVALUATION + "interpretedDecisionOnly";
        String handWritten = EVALUATION + "handWrittenDecisionOnly";
        String full = EVALUATION + "interpreted";
        Optional<String> vsHand = ratio(wall, interpreted, handWritten).map(w -> "decision-only evaluation: interpreted /"
                + " hand-written Kent = " + times(w) + " wall-clock" + ratio(cpu, interpreted, handWritten)
                .map(c -> ", " + times(c) + " CPU time").orElse("") + " (target <= 1.2x)");
        Optional<String> vsFull = ratio(wall, full, interpreted).map(w -> "interpreted Kent, full / decision-only = "
                + times(w) + " wall-clock" + ratio(cpu, full, interpreted).map(c -> ", " + times(c) + " CPU time").orElse("")
                + " (target >= 2x)");
        if (vsHand.isEmpty()) {
            return vsFull;
        }
        return Optional.of(vsHand.get() + vsFull.map(f -> "; " + f).orElse(""));
    }

    private Optional<String> scaling(String method) {
        Optional<String> byWall = perEvent(wall, method);
        return byWall.map(w -> "scaling (" + method + "): time per event relative to 100 events, wall-clock: " + w
                + perEvent(cpu, method).map(c -> "; CPU time: " + c).orElse("") + " (target <= 1.5x over 100..10,000)");
    }

    /** "10 events 1.20x, 1000 events 1.02x, 10000 events 1.10x; max / min over 100..10,000 = 1.10x". */
    private static Optional<String> perEvent(Map<String, Double> scores, String method) {
        Map<String, Double> perEvent = new LinkedHashMap<>();
        for (String size : SIZES) {
            Double score = scores.get(SCALING + method + "[events=" + size + "]");
            if (score != null) {
                perEvent.put(size, score / Integer.parseInt(size));
            }
        }
        Double base = perEvent.get("100");
        if (base == null || perEvent.size() < 2) {
            return Optional.empty();
        }
        String relative = perEvent.entrySet().stream().filter(e -> !e.getKey().equals("100"))
                .map(e -> e.getKey() + " events " + times(e.getValue() / base)).collect(Collectors.joining(", "));
        double max = perEvent.entrySet().stream().filter(e -> !e.getKey().equals("10")).mapToDouble(Map.Entry::getValue).max().orElse(base);
        double min = perEvent.entrySet().stream().filter(e -> !e.getKey().equals("10")).mapToDouble(Map.Entry::getValue).min().orElse(base);
        return Optional.of(relative + "; max / min over 100..10,000 = " + times(max / min));
    }

    private Optional<String> throughput() {
        Double one = wall.get(THROUGHPUT + "oneThread");
        Double all = wall.get(THROUGHPUT + "allCores");
        if (one == null || all == null) {
            return Optional.empty();
        }
        double perCore = all / cores;
        String byCpu = ratio(cpu, THROUGHPUT + "allCores", THROUGHPUT + "oneThread").map(c -> ", " + times(c) + " CPU time").orElse("");
        return Optional.of(String.format(Locale.ROOT, "throughput: one thread %,.0f cases/s; all %d cores %,.0f cases/s = %,.0f per core;"
                + " one-thread / per-core = %s wall-clock%s (target <= 1.3x)", one, cores, all, perCore, times(one / perCore), byCpu));
    }

    private Optional<String> compile() {
        String prefix = COMPILE + "compile[policy=";
        boolean byCpu = cpu.containsKey(EVALUATION + "interpreted")
                && wall.keySet().stream().filter(k -> k.startsWith(prefix)).allMatch(cpu::containsKey);
        Map<String, Double> scores = byCpu ? cpu : wall;
        Double evaluation = scores.get(EVALUATION + "interpreted");
        List<String> parts = new ArrayList<>();
        for (String key : wall.keySet()) {
            if (key.startsWith(prefix)) {
                String policy = key.substring(prefix.length(), key.length() - 1);
                parts.add(evaluation == null ? String.format(Locale.ROOT, "%s %,.0f us", policy, wall.get(key))
                        : String.format(Locale.ROOT, "%s %,.0f", policy, scores.get(key) / evaluation));
            }
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("compile (warm), " + (evaluation == null ? "wall-clock time per compilation: "
                : "in typical Kent case evaluations (interpreted, " + (byCpu ? "CPU time" : "wall-clock") + "): ")
                + String.join(", ", parts));
    }

    /** Benchmarks without a stated target: each method relative to the fastest of its class and parameters. */
    private void others(List<String> lines) {
        Map<String, Map<String, Double>> groups = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : wall.entrySet()) {
            String key = e.getKey();
            boolean stated = key.startsWith(EVALUATION) || key.startsWith(SCALING) || key.startsWith(THROUGHPUT)
                    || key.startsWith(COMPILE) || key.startsWith(WORKING_DAYS) && workingDays().isPresent();
            if (stated) {
                continue;
            }
            int dot = key.indexOf('.');
            int bracket = key.indexOf('[');
            String group = key.substring(0, dot) + (bracket < 0 ? "" : key.substring(bracket));
            String method = key.substring(dot + 1, bracket < 0 ? key.length() : bracket);
            groups.computeIfAbsent(group, g -> new LinkedHashMap<>()).put(method, e.getValue());
        }
        groups.forEach((group, methods) -> {
            if (methods.size() > 1) {
                double fastest = methods.values().stream().mapToDouble(d -> d).min().orElseThrow();
                lines.add(group + ": " + methods.entrySet().stream().map(m -> m.getKey() + " " + times(m.getValue() / fastest))
                        .collect(Collectors.joining(", ")) + " (score relative to the lowest)");
            }
        });
    }

    private static Optional<Double> ratio(Map<String, Double> scores, String numerator, String denominator) {
        Double n = scores.get(numerator);
        Double d = scores.get(denominator);
        return n == null || d == null ? Optional.empty() : Optional.of(n / d);
    }

    private static String times(double ratio) {
        return String.format(Locale.ROOT, "%.2fx", ratio);
    }
}
