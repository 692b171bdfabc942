package org.childinneed.policies.scenario;

import static org.childinneed.policies.scenario.FakePolicy.finding;
import static org.childinneed.policies.scenario.FakePolicy.met;
import static org.childinneed.policies.scenario.FakePolicy.open;
import static org.childinneed.policies.scenario.FakePolicy.window;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.childinneed.model.compliance.FindingKind;
import org.childinneed.model.compliance.ObligationKind;
import org.childinneed.model.compliance.ObligationStatus;
import org.childinneed.model.event.CaseEvent;

/**
 * A case and a hand-written policy "fake" whose report is known in full, for testing scenarios
 * without the policy language. The report (as of 2027-03-01):
 * <pre>
 * R-01 initial-meeting trigger a1 (2026-12-17) due 2027-01-05 met-late by m1 on 2027-01-06
 * R-02 visit           trigger m1 (2027-01-06) due 2027-02-03 met by #2 on 2027-01-20
 * R-02 visit           trigger #2 (2027-01-20) due 2027-02-17 overdue
 * R-03 review-meeting  trigger m1 (2027-01-06) earliest 2027-02-17 due 2027-03-03 open
 * R-04 finding chair-not-permitted on m1 (2027-01-06) "initial meeting chaired by team-manager; permitted: social-worker"
 * </pre>
 */
public final class Fixture {

    /** The case of every fixture scenario. */
    public static final String CASE = """
            {
                "case": "C-1",
                "child": { "born": "2014-05-04" },
                "events": [
                  { "id": "a1", "type": "assessment-completed", "date": "2026-12-17", "outcome": "in-need" },
                  { "id": "m1", "type": "meeting", "date": "2027-01-06", "meeting": "initial", "chair": "team-manager" },
                  { "type": "visit", "date": "2027-01-20" }
                ]
              }""";

    /** The fake policy, built from the case's events as read. */
    static final FakePolicy POLICY = new FakePolicy("fake", (record, asOf) -> {
        CaseEvent a1 = record.events().get(0);
        CaseEvent m1 = record.events().get(1);
        CaseEvent visit = record.events().get(2);
        return FakePolicy.Items.of(List.of(
                met("R-01", ObligationKind.INITIAL_MEETING, a1, LocalDate.of(2027, 1, 5), m1),
                met("R-02", ObligationKind.VISIT, m1, LocalDate.of(2027, 2, 3), visit),
                open("R-02", ObligationKind.VISIT, visit, LocalDate.of(2027, 2, 17), ObligationStatus.OVERDUE),
                window("R-03", m1, LocalDate.of(2027, 2, 17), LocalDate.of(2027, 3, 3))),
                List.of(finding("R-04", FindingKind.CHAIR_NOT_PERMITTED, m1,
                        "initial meeting chaired by team-manager; permitted: social-worker")));
    });

    /** A lookup that knows only the fake policy. */
    public static final PolicyLookup LOOKUP = PolicyLookup.of(POLICY);
    /** A scenario the fake policy passes. */
    public static final String PASSING = scenario("{ \"obligations\": [{ \"rule\": \"R-01\", \"status\": \"met-late\" }] }");
    /** A scenario the fake policy fails (R-01 is met late, not met). */
    public static final String FAILING = scenario("{ \"obligations\": [{ \"rule\": \"R-01\", \"status\": \"met\" }] }");
    /** A scenario marked to be skipped. */
    public static final String SKIPPED = PASSING.replace("\"policy\"", "\"skip\": \"not yet agreed\", \"policy\"");

    private Fixture() {
    }

    /** A scenario file's text with the given {@code expect} object (and pins R-01). */
    public static String scenario(String expect) {
        return scenario("R-01", expect);
    }

    /** A scenario file's text pinning {@code pin}, with the given {@code expect} object. */
    public static String scenario(String pin, String expect) {
        return """
                {
                  "scenario": "Fixture scenario",
                  "pins": ["%s"],
                  "policy": "fake",
                  "asOf": "2027-03-01",
                  "case": %s,
                  "expect": %s
                }
                """.formatted(pin, CASE, expect);
    }

    /** Runs a scenario given as text. */
    static ScenarioResult run(String text) {
        try {
            return ScenarioRunner.with(LOOKUP).run(ScenarioReader.parse("test.json", text, LOOKUP));
        } catch (ScenarioFileException e) {
            throw new AssertionError("the scenario should be readable:\n" + e.getMessage(), e);
        }
    }

    /** Writes {@code text} to {@code file}, creating folders. */
    public static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
