package org.childinneed.policies.scenario;

import static org.childinneed.policies.scenario.Fixture.LOOKUP;
import static org.childinneed.policies.scenario.Fixture.FAILING;
import static org.childinneed.policies.scenario.Fixture.PASSING;
import static org.childinneed.policies.scenario.Fixture.SKIPPED;
import static org.childinneed.policies.scenario.Fixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.childinneed.policies.scenario.ScenarioResult.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Running folders of scenario files and the JUnit-style summary. */
class ScenarioSummaryTest {

    @Test
    void aFolderRunsEveryJsonFileBelowItInPathOrder(@TempDir Path dir) throws Exception {
        write(dir.resolve("b/pass.json"), PASSING);
        write(dir.resolve("a/fail.json"), FAILING);
        write(dir.resolve("a/notes.txt"), "not a scenario");
        write(dir.resolve("c/bad.json"), "{ \"scenario\": ");
        write(dir.resolve("c/skip.json"), SKIPPED);
        ScenarioSummary summary = ScenarioRunner.with(LOOKUP).run(dir);
        assertEquals(List.of(dir.resolve("a/fail.json").toString(), dir.resolve("b/pass.json").toString(),
                dir.resolve("c/bad.json").toString(), dir.resolve("c/skip.json").toString()),
                summary.results().stream().map(ScenarioResult::source).toList());
        assertEquals(List.of(Outcome.FAILED, Outcome.PASSED, Outcome.ERROR, Outcome.SKIPPED),
                summary.results().stream().map(ScenarioResult::outcome).toList());
        assertEquals(1, summary.passed());
        assertEquals(2, summary.failed());
        assertEquals(1, summary.skipped());
        assertFalse(summary.succeeded());
        Files.delete(dir.resolve("a/fail.json"));
        Files.delete(dir.resolve("c/bad.json"));
        assertTrue(ScenarioRunner.with(LOOKUP).run(dir).succeeded());
    }

    @Test
    void theRenderedSummaryListsEachScenarioAndEndsWithTheCounts(@TempDir Path dir) {
        Path pass = write(dir.resolve("pass.json"), PASSING);
        Path fail = write(dir.resolve("fail.json"), FAILING);
        Path bad = write(dir.resolve("bad.json"), "[1]");
        Path skip = write(dir.resolve("skip.json"), SKIPPED);
        String rendered = ScenarioRunner.with(LOOKUP).run(pass, fail, bad, skip).render();
        List<String> lines = rendered.lines().toList();
        assertEquals("PASS  " + pass + "  Fixture scenario", lines.get(0));
        assertEquals("FAIL  " + fail + "  Fixture scenario", lines.get(1));
        assertTrue(lines.get(2).startsWith("      missing obligation expect.obligations[0] (line "), lines.get(2));
        assertTrue(rendered.contains("ERROR " + bad + "  bad.json\n      " + bad + ":1:1: expected a scenario object"), rendered);
        assertTrue(rendered.contains("SKIP  " + skip + "  Fixture scenario\n      skipped: not yet agreed\n"), rendered);
        assertEquals("Tests run: 4, Failures: 1, Errors: 1, Skipped: 1", lines.get(lines.size() - 2));
        assertEquals("1 passed, 2 failed, 1 skipped", lines.get(lines.size() - 1));
    }

    @Test
    void withoutSkippedScenariosTheLastLineSaysPassedAndFailedOnly(@TempDir Path dir) {
        Path pass = write(dir.resolve("pass.json"), PASSING);
        String rendered = ScenarioRunner.with(LOOKUP).run(pass, pass).render();
        assertTrue(rendered.endsWith("\nTests run: 2, Failures: 0, Errors: 0, Skipped: 0\n2 passed, 0 failed\n"), rendered);
    }

    @Test
    void aMissingPathOrAFolderWithoutScenariosIsAnError(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        ScenarioSummary summary = ScenarioRunner.with(LOOKUP).run(dir.resolve("empty"), dir.resolve("nothing.json"));
        assertEquals(List.of(Outcome.ERROR, Outcome.ERROR), summary.results().stream().map(ScenarioResult::outcome).toList());
        assertEquals(List.of(dir.resolve("empty") + ": no scenario files (*.json) in this directory"),
                summary.results().get(0).details());
        assertEquals(List.of(dir.resolve("nothing.json") + ": no such file"), summary.results().get(1).details());
        assertTrue(summary.render().endsWith("0 passed, 2 failed\n"));
    }
}
