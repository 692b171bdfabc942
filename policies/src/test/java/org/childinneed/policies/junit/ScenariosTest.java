package org.childinneed.policies.junit;

import static org.childinneed.policies.scenario.Fixture.FAILING;
import static org.childinneed.policies.scenario.Fixture.LOOKUP;
import static org.childinneed.policies.scenario.Fixture.PASSING;
import static org.childinneed.policies.scenario.Fixture.SKIPPED;
import static org.childinneed.policies.scenario.Fixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.childinneed.policies.bundled.BundledPolicies;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Scenarios as JUnit dynamic tests: their shape, and what running each one does. */
class ScenariosTest {

    @Test
    void aFolderBecomesAContainerPerSubfolderAndATestPerFile(@TempDir Path dir) throws Throwable {
        write(dir.resolve("a.json"), PASSING);
        write(dir.resolve("sub/b.json"), FAILING);
        write(dir.resolve("sub/c.json"), SKIPPED);
        write(dir.resolve("sub/bad.json"), "{ \"scenario\": 1 }");
        write(dir.resolve("readme.txt"), "not a scenario");
        Files.createDirectories(dir.resolve("empty"));

        List<DynamicNode> nodes = Scenarios.in(dir).using(LOOKUP).asDynamicTests().toList();

        assertEquals(List.of("Fixture scenario", "sub"), nodes.stream().map(DynamicNode::getDisplayName).toList());
        DynamicTest a = assertInstanceOf(DynamicTest.class, nodes.get(0));
        assertEquals(Optional.of(dir.resolve("a.json").toUri()), a.getTestSourceUri());
        DynamicContainer sub = assertInstanceOf(DynamicContainer.class, nodes.get(1));
        List<DynamicTest> inSub = sub.getChildren().map(DynamicTest.class::cast).toList();
        assertEquals(List.of("Fixture scenario", "bad.json", "Fixture scenario"),
                inSub.stream().map(DynamicNode::getDisplayName).toList());

        a.getExecutable().execute();
        AssertionFailedError bad = assertThrows(AssertionFailedError.class, () -> inSub.get(1).getExecutable().execute());
        assertTrue(bad.getMessage().contains(dir.resolve("sub/bad.json") + ":1:15: scenario: expected text"), bad.getMessage());
        AssertionFailedError failed = assertThrows(AssertionFailedError.class, () -> inSub.get(0).getExecutable().execute());
        assertTrue(failed.getMessage().contains("missing obligation expect.obligations[0]"), failed.getMessage());
        assertTrue(failed.getMessage().contains("status: expected met, report has met-late"), failed.getMessage());
        TestAbortedException skipped = assertThrows(TestAbortedException.class, () -> inSub.get(2).getExecutable().execute());
        assertEquals("skipped: not yet agreed", skipped.getMessage());
    }

    @Test
    void aSingleFileIsOneTest(@TempDir Path dir) throws Throwable {
        Path file = write(dir.resolve("one.json"), PASSING);
        List<DynamicNode> nodes = Scenarios.in(file).using(LOOKUP).asDynamicTests().toList();
        assertEquals(1, nodes.size());
        ((DynamicTest) nodes.get(0)).getExecutable().execute();
    }

    @Test
    void aFolderWithoutScenariosOrAMissingPathIsAFailingTest(@TempDir Path dir) {
        for (Path path : List.of(dir, dir.resolve("missing"))) {
            List<DynamicNode> nodes = Scenarios.in(path).using(LOOKUP).asDynamicTests().toList();
            assertEquals(1, nodes.size());
            assertThrows(AssertionFailedError.class, () -> ((DynamicTest) nodes.get(0)).getExecutable().execute());
        }
    }

    @Test
    void withoutALookupTheBundledPoliciesAreUsed(@TempDir Path dir) {
        Path file = write(dir.resolve("s.json"), PASSING.replace("\"fake\"", "\"no-such-policy\""));
        List<String> bundled = BundledPolicies.standard().ids();
        DynamicTest test = (DynamicTest) Scenarios.in(file).asDynamicTests().toList().get(0);
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> test.getExecutable().execute());
        assertTrue(e.getMessage().endsWith("\n" + file + ":4:13: policy: unknown policy 'no-such-policy'"
                + (bundled.isEmpty() ? "" : "; known policies: " + String.join(", ", bundled))), e.getMessage());
    }
}
