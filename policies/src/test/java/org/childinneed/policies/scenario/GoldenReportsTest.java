package org.childinneed.policies.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.Policy;
import org.childinneed.model.timeline.CaseRecord;
import org.childinneed.policies.bundled.BundledPolicies;
import org.childinneed.policies.casefile.CaseFileReader;
import org.childinneed.policies.report.ExplanationReport;
import org.childinneed.policies.report.HtmlReport;
import org.childinneed.policies.report.JsonReport;
import org.childinneed.policies.report.Style;
import org.childinneed.policies.report.TextReport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example case file (under {@code examples/}, against its authority's policy) and every
 * bundled scenario's case (against its policy, as of its date) rendered in every report format
 * (text plain and coloured, explanations, JSON, HTML), compared byte for byte with the output the
 * engine gave before its evaluation was split into deciding and explaining. The golden files in
 * {@code src/test/resources/golden/} were written by this test with {@code golden.write} set from the code of that time;
 * rewrite them with it only when a change of output is intended (a policy script or scenario
 * that changes, a report format that changes), and review the difference:
 * {@code mvn -o -q -pl policies -am test -Dtest=GoldenReportsTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dgolden.write=true}.
 */
class GoldenReportsTest {

    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final Path SCENARIOS = Path.of("scenarios");
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final LocalDate EXAMPLES_AS_OF = LocalDate.of(2026, 11, 22);
    private static final BundledPolicies BUNDLED = BundledPolicies.standard();

    /** One case rendered: where its golden file lives and what the engine renders now. */
    record Rendered(Path golden, String output) {
    }

    @TestFactory
    Stream<DynamicTest> everyExampleAndScenarioCaseRendersAsBefore() throws Exception {
        if (Boolean.getBoolean("golden.write")) {
            write();
        }
        return renderAll().stream().map(r -> DynamicTest.dynamicTest(GOLDEN.relativize(r.golden()).toString(),
                () -> assertEquals(Files.readString(r.golden(), StandardCharsets.UTF_8), r.output(),
                        "rendering differs from " + r.golden() + " (rewrite with GoldenReportsTest.main only"
                                + " when the change is intended)")));
    }

    /** Rewrites the golden files from the current code; run from the {@code policies} folder. */
    private static void write() throws Exception {
        for (Rendered r : renderAll()) {
            Files.createDirectories(r.golden().getParent());
            Files.writeString(r.golden(), r.output(), StandardCharsets.UTF_8);
        }
    }

    private static List<Rendered> renderAll() throws Exception {
        List<Rendered> all = new ArrayList<>();
        for (String id : BUNDLED.ids()) {
            Path folder = EXAMPLES.resolve(id);
            if (Files.isDirectory(folder)) {
                Policy policy = BUNDLED.load(id);
                for (Path file : jsonFiles(folder)) {
                    CaseRecord record = CaseFileReader.read(file);
                    all.add(new Rendered(golden("examples", id, file), render(policy, record, EXAMPLES_AS_OF)));
                }
            }
        }
        for (Path file : ScenarioRunner.scenarioFiles(SCENARIOS)) {
            Scenario s = ScenarioReader.read(file, BUNDLED.lookup());
            all.add(new Rendered(golden("scenarios", SCENARIOS.relativize(file).getName(0).toString(), file),
                    render(s.policy(), s.record(), s.asOf())));
        }
        return all;
    }

    private static Path golden(String kind, String folder, Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.json$", ".txt");
        return GOLDEN.resolve(kind).resolve(folder).resolve(name);
    }

    private static List<Path> jsonFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static String render(Policy policy, CaseRecord record, LocalDate asOf) {
        List<ComplianceReport> one = List.of(policy.evaluate(record, asOf));
        return "=== text\n" + TextReport.render(one, Style.PLAIN)
                + "=== text, colour\n" + TextReport.render(one, Style.COLOUR)
                + "=== explanations\n" + ExplanationReport.render(one, Style.PLAIN)
                + "=== json\n" + JsonReport.render(one, false)
                + "=== json, array\n" + JsonReport.render(one, true)
                + "=== html\n" + HtmlReport.render(one, Optional.of(policy.info()));
    }
}
