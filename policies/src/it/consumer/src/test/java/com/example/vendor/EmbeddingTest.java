package com.example.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.childinneed.dsl.Compilation;
import org.childinneed.dsl.PolicyCompiler;
import org.childinneed.dsl.PolicySource;
import org.childinneed.model.BadInputException;
import org.childinneed.model.child.Child;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.event.AssessmentCompleted;
import org.childinneed.model.event.AssessmentOutcome;
import org.childinneed.model.event.Meeting;
import org.childinneed.model.meeting.MeetingType;
import org.childinneed.model.meeting.Role;
import org.childinneed.model.timeline.CaseRecord;
import org.childinneed.policies.bundled.BundledPolicies;
import org.childinneed.policies.calendar.BankHolidays;
import org.childinneed.policies.casefile.CaseFileReader;
import org.childinneed.policies.junit.Scenarios;
import org.childinneed.policies.scenario.PolicyLookup;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** What a vendor's case system does with the library, written only against its published API. */
class EmbeddingTest {

    private static final String MINE = String.join("\n",
            "policy vendor-kent \"Kent, with initial meetings within 5 working days\"",
            "  version \"1\"",
            "  source \"vendor.txt\"",
            "  extends kent",
            "",
            "override rule KEN-01 \"Initial meeting within 5 working days\"",
            "  cite \"Our local practice\"",
            "  obligation initial-meeting",
            "    when assessment-completed with outcome in-need",
            "    due within 5 working days",
            "    met by meeting with meeting initial",
            "");

    @Test
    void builds_a_case_in_code_and_evaluates_it() {
        CaseRecord record = CaseRecord.builder("V-1", new Child(LocalDate.of(2014, 5, 4), false))
                .event("a1", ref -> new AssessmentCompleted(ref, LocalDate.of(2026, 12, 17), AssessmentOutcome.IN_NEED))
                .event("m1", ref -> new Meeting(ref, LocalDate.of(2027, 1, 6), MeetingType.INITIAL, Role.TEAM_MANAGER,
                        Optional.empty(), Optional.empty(), false))
                .build();
        ComplianceReport report = BundledPolicies.standard().get("kent").evaluate(record, LocalDate.of(2027, 3, 1));
        Obligation first = report.obligations().stream().filter(o -> o.rule().equals("KEN-01")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2027, 1, 5), first.due());
        assertEquals("m1", first.satisfiedBy().orElseThrow().label());
        assertEquals(1, record.events().get(1).ref().index());
    }

    @Test
    void reads_a_case_file_and_reports_bad_input_as_one_unchecked_family() {
        CaseRecord record = CaseFileReader.read(Path.of("src/test/resources/case.json"));
        assertFalse(record.events().isEmpty());
        BadInputException bad = assertThrows(BadInputException.class, () -> CaseFileReader.parse("bad.json", "{}"));
        assertEquals("case-file", bad.code());
    }

    @Test
    void compiles_a_policy_that_extends_a_bundled_one() {
        Compilation compilation = PolicyCompiler.create(BankHolidays.englandAndWalesWorkingDays(), BundledPolicies.standard())
                .compile(new PolicySource("vendor-kent.cin", MINE));
        assertTrue(compilation.succeeded(), compilation::render);
        CaseRecord record = CaseFileReader.read(Path.of("src/test/resources/case.json"));
        ComplianceReport report = compilation.policy().orElseThrow().evaluate(record, LocalDate.of(2026, 11, 22));
        assertEquals("vendor-kent", report.policy());
        assertTrue(report.obligations().stream().anyMatch(o -> o.rule().equals("KEN-01")
                && o.cite().text().contains("Our local practice")), "overrides KEN-01");
        assertTrue(report.obligations().stream().anyMatch(o -> o.rule().startsWith("KEN-") && !o.rule().equals("KEN-01")),
                "inherits Kent's other rules");
    }

    @Test
    void picocli_does_not_reach_the_product() throws Exception {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("picocli.CommandLine"));
        String tree = Files.readString(Path.of("target/dependency-tree.txt"));
        assertTrue(tree.contains("org.childinneed:cin-policies"), tree);
        assertFalse(tree.contains("picocli"), tree);
    }

    @TestFactory
    Stream<DynamicNode> scenarios() {
        Compilation mine = PolicyCompiler.create(BankHolidays.englandAndWalesWorkingDays(), BundledPolicies.standard())
                .compile(new PolicySource("vendor-kent.cin", MINE));
        return Scenarios.in(Path.of("src/test/scenarios"))
                .using(PolicyLookup.of(mine.policy().orElseThrow()).orElse(BundledPolicies.standard().lookup()))
                .asDynamicTests();
    }
}
