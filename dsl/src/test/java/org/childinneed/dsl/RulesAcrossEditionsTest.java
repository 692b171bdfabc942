package org.childinneed.dsl;

import static org.childinneed.dsl.Reports.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.DeclaredKind;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.timeline.CaseRecord;
import org.junit.jupiter.api.Test;

/**
 * An authority's own rule, compiled against each edition of the baseline it extends, reports each
 * trigger once, judged by the edition in force on its date; where a name it uses means something
 * else in each edition, each side keeps its edition's meaning.
 */
class RulesAcrossEditionsTest {

    private static final String AUTHORITY = """
            policy authority "An authority"
              version "1"
              source "authority.txt"
              extends base
            """ + TwoEditions.AUTHORITY_RULES;

    private static final PolicyResolver TWO_EDITIONS = TwoEditions.wordingHomeCheckEach();

    /** Referrals on Mon 11 Dec 2023 (the 2018 edition in force) and Mon 8 Jan 2024 (the 2023 one), a visit on each. */
    private static final CaseRecord ACROSS_THE_CHANGE = Cases.child()
            .event("r1", "referral", "2023-12-11")
            .event("v1", "visit", "2023-12-13")
            .event("r2", "referral", "2024-01-08")
            .event("v2", "visit", "2024-01-09").build();
    private static final LocalDate AS_OF = date("2024-03-01");

    private static CompiledPolicy authority() {
        Compilation compilation = PolicyCompiler.create(TestCalendar.WORKING_DAYS, TWO_EDITIONS)
                .compile(new PolicySource("authority.cin", AUTHORITY));
        assertTrue(compilation.succeeded(), compilation.render());
        return compilation.policy().orElseThrow();
    }

    @Test
    void aRuleSharedByBothEditionsReportsEachTriggerOnceWithItsOwnCitation() {
        ComplianceReport report = authority().evaluate(ACROSS_THE_CHANGE, AS_OF);
        List<Obligation> visits = of(report.obligations(), "A-01");
        assertEquals(List.of("r1", "r2"), visits.stream().map(o -> o.trigger().label()).toList(), report.toString());
        // Mon 11 Dec 2023 + 10 working days (the test calendar lists no holiday before 2026); Mon 8 Jan 2024 + 10.
        assertEquals(List.of(date("2023-12-25"), date("2024-01-22")), visits.stream().map(Obligation::due).toList());
        assertEquals(List.of("v1", "v2"), visits.stream().map(o -> o.satisfiedBy().orElseThrow().label()).toList());
        assertTrue(visits.stream().allMatch(o -> o.cite().text().equals("authority.txt, Visits")), visits.toString());
        assertTrue(report.notInForce().isEmpty(), report.notInForce().toString());
    }

    @Test
    void aRuleWhoseKindEachEditionWordsDifferentlyIsJudgedByTheEditionInForce() {
        ComplianceReport report = authority().evaluate(ACROSS_THE_CHANGE, AS_OF);
        List<Obligation> checks = of(report.obligations(), "A-02");
        assertEquals(List.of("r1", "r2"), checks.stream().map(o -> o.trigger().label()).toList(), report.toString());
        assertEquals(List.of("a home check (2018 wording)", "a home check (2023 wording)"),
                checks.stream().map(RulesAcrossEditionsTest::wording).toList());
    }

    /** The description of a declared kind, as its edition words it. */
    private static String wording(Obligation obligation) {
        return ((DeclaredKind) obligation.kind()).description();
    }

    private static List<Obligation> of(List<Obligation> obligations, String rule) {
        return obligations.stream().filter(o -> o.rule().equals(rule)).toList();
    }
}
