package org.childinneed.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RatiosTest {

    @Test
    void eachTargetIsStatedAsARatioOfScoresFromTheSameRun() {
        Map<String, Double> scores = new LinkedHashMap<>();
        scores.put("EvaluationBenchmark.interpreted", 30.0);
        scores.put("EvaluationBenchmark.handWritten", 20.0);
        scores.put("ScalingBenchmark.interpreted[events=10]", 40.0);
        scores.put("ScalingBenchmark.interpreted[events=100]", 100.0);
        scores.put("ScalingBenchmark.interpreted[events=1000]", 1_100.0);
        scores.put("ScalingBenchmark.interpreted[events=10000]", 12_000.0);
        scores.put("ThroughputBenchmark.oneThread", 50_000.0);
        scores.put("ThroughputBenchmark.allCores", 80_000.0);
        scores.put("CompileBenchmark.compile[policy=kent]", 600.0);

        Map<String, Double> cpu = new LinkedHashMap<>();
        cpu.put("EvaluationBenchmark.interpreted", 27_000.0);
        cpu.put("EvaluationBenchmark.handWritten", 18_000.0);
        cpu.put("ThroughputBenchmark.oneThread", 20_000.0);
        cpu.put("ThroughputBenchmark.allCores", 22_000.0);

        String lines = new Ratios(scores, cpu, 2).render();

        assertTrue(lines.contains("per typical case = 1.50x wall-clock, 1.50x CPU time (target <= 2x)"), lines);
        // per event: 4.0 at 10, 1.0 at 100, 1.1 at 1,000, 1.2 at 10,000
        assertTrue(lines.contains("10 events 4.00x, 1000 events 1.10x, 10000 events 1.20x; max / min over 100..10,000 = 1.20x"), lines);
        // per core 40,000 against 50,000 on one thread; 22,000 CPU ns per case on all cores against 20,000 on one
        assertTrue(lines.contains("= 40,000 per core; one-thread / per-core = 1.25x wall-clock, 1.10x CPU time"), lines);
        assertTrue(lines.contains("kent 20"), lines);
    }

    @Test
    void decisionOnlyIsComparedWithTheHandWrittenReferenceAndWithFullEvaluation() {
        Map<String, Double> scores = new LinkedHashMap<>();
        scores.put("EvaluationBenchmark.interpreted", 30.0);
        scores.put("EvaluationBenchmark.interpretedDecisionOnly", 12.0);
        scores.put("EvaluationBenchmark.handWrittenDecisionOnly", 10.0);

        String lines = new Ratios(scores, Map.of(), 2).render();

        assertTrue(lines.contains("decision-only evaluation: interpreted / hand-written Kent = 1.20x wall-clock (target <= 1.2x);"
                + " interpreted Kent, full / decision-only = 2.50x wall-clock (target >= 2x)"), lines);
    }

    @Test
    void workingDaysAreComparedAcrossNAndWithTheDayByDayLoops() {
        Map<String, Double> scores = new LinkedHashMap<>();
        scores.put("WorkingDaysBenchmark.workingDaysIndex[n=1]", 10.0);
        scores.put("WorkingDaysBenchmark.workingDaysIndex[n=45]", 11.0);
        scores.put("WorkingDaysBenchmark.workingDaysIndex[n=250]", 12.0);
        scores.put("WorkingDaysBenchmark.javaTimeLoop[n=45]", 440.0);
        scores.put("WorkingDaysBenchmark.jollydayLoop[n=45]", 11_000.0);

        String lines = new Ratios(scores, Map.of(), 2).render();

        assertTrue(lines.contains("index at N = 250 / N = 1 = 1.20x (target <= 1.5x); at N = 45 java.time loop / index = 40.00x,"
                + " Jollyday loop / index = 1000.00x (target >= 20x)"), lines);
        assertEquals(2, lines.split("\n").length, lines);
    }

    @Test
    void benchmarksWithoutATargetAreComparedWithTheFastestOfTheirClass() {
        Map<String, Double> scores = new LinkedHashMap<>();
        scores.put("HolidayBenchmark.indexed[days=10]", 2.0);
        scores.put("HolidayBenchmark.jollyday[days=10]", 9.0);

        assertEquals("Ratios measured in this run (2 cores; best iteration of each benchmark):\n"
                + "  HolidayBenchmark[days=10]: indexed 1.00x, jollyday 4.50x (score relative to the lowest)\n",
                new Ratios(scores, Map.of(), 2).render());
    }
}
