package org.childinneed.dsl;

import static org.childinneed.dsl.Reports.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.Finding;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.compliance.ObligationStatus;
import org.childinneed.model.event.AttributeSpec;
import org.childinneed.model.event.EventType;
import org.childinneed.model.event.ExtendedEventType;
import org.junit.jupiter.api.Test;

/**
 * A policy adds attributes to a national event type ({@code event visit} followed by
 * {@code attribute} lines, issue 12 gap 4): its rules test them as they test national ones, the
 * national attributes keep their meaning, and a national event recording none is what it was.
 */
class ExtendedNationalTypesTest {

    private static final CompiledPolicy POLICY = Scripts.policy("""
            policy t "Test" version "1" source "t.txt"

            finding kind child-not-seen-alone

            event visit
              attribute seen one of [alone, with-others, not-seen]
              attribute place one of [home, elsewhere]

            rule T-01 "Seen alone at each visit"
              cite "s"
              finding child-not-seen-alone
                for each visit
                unless seen is alone
            rule T-02 "Seen at home every 6 weeks"
              cite "s"
              obligation visit
                every 6 weeks from plan-started
                met by visit with seen in [alone, with-others], place home, not childNotSeen
            """);

    private static ExtendedEventType visit() {
        return POLICY.declaredVocabulary().extension(EventType.VISIT).orElseThrow();
    }

    @Test
    void theAddedAttributesFollowTheNationalOnesAndNoTypeIsDeclared() {
        assertEquals(List.of("childNotSeen", "seen", "place"), visit().attributes().stream().map(AttributeSpec::name).toList());
        assertEquals("visit", visit().code());
        assertTrue(POLICY.declaredEvents().isEmpty());
        assertEquals(List.of("alone", "with-others", "not-seen"), visit().attribute("seen").orElseThrow().codes());
    }

    @Test
    void aFindingTestsAnAddedAttributeAndAVisitRecordingNoneDoesNotShowIt() {
        ComplianceReport report = POLICY.evaluate(Cases.child()
                .extended(visit(), "v1", "2027-01-04", "seen", "alone", "place", "home")
                .extended(visit(), "v2", "2027-01-05", "seen", "with-others", "place", "home")
                .event("v3", "visit", "2027-01-06")
                .build(), date("2027-03-01"));
        List<Finding> findings = report.findings().stream().filter(f -> f.rule().equals("T-01")).toList();
        assertEquals(List.of("v2", "v3"), findings.stream().map(f -> f.event().label()).toList());
        assertEquals("visit with seen with-others; permitted: alone", findings.get(0).message());
        assertEquals("visit with no seen recorded; permitted: alone", findings.get(1).message());
    }

    @Test
    void anObligationIsMetOnlyByAVisitWhoseAddedAndNationalAttributesHold() {
        // Plan Mon 4 Jan 2027 + 6 weeks (42 days): due Mon 15 Feb 2027. v1 (Mon 8 Feb) records nothing
        // added; v2 (Tue 9 Feb) is elsewhere; v3 (Wed 10 Feb) records the child not seen (national); v4
        // (Thu 11 Feb) at home, seen with others, meets it. The next: Thu 11 Feb + 42 days = Thu 25 Mar 2027.
        ComplianceReport report = POLICY.evaluate(Cases.child()
                .event("p1", "plan-started", "2027-01-04")
                .event("v1", "visit", "2027-02-08")
                .extended(visit(), "v2", "2027-02-09", "seen", "alone", "place", "elsewhere")
                .extended(visit(), "v3", "2027-02-10", "seen", "alone", "place", "home", "childNotSeen", "true")
                .extended(visit(), "v4", "2027-02-11", "seen", "with-others", "place", "home")
                .build(), date("2027-03-01"));
        List<Obligation> visits = report.obligations().stream().filter(o -> o.rule().equals("T-02")).toList();
        assertEquals(2, visits.size(), visits::toString);
        assertEquals(date("2027-02-15"), visits.get(0).due());
        assertEquals(ObligationStatus.MET, visits.get(0).status());
        assertEquals(Optional.of("v4"), visits.get(0).satisfiedBy().flatMap(r -> r.id()));
        assertEquals(date("2027-03-25"), visits.get(1).due());
        assertEquals(ObligationStatus.OPEN, visits.get(1).status());
    }

    @Test
    void aPolicyExtendingOneThatAddsAttributesMayAddMoreAndUseBoth() {
        PolicyCompiler compiler = PolicyCompiler.create(TestCalendar.WORKING_DAYS, id -> id.equals("base")
                ? Optional.of(new PolicySource("base.cin", "policy base \"B\" version \"1\" source \"b.txt\"\n"
                        + "event visit\n  attribute seen one of [alone, with-others]\n"))
                : Optional.empty());
        Compilation compilation = compiler.compile(new PolicySource("t.cin", """
                policy t "T" version "1" source "t.txt" extends base
                event visit
                  attribute place one of [home, elsewhere]
                finding kind not-at-home
                rule T-01 "x"
                  cite "s"
                  finding not-at-home
                    for each visit with seen alone
                    unless place home
                """));
        assertTrue(compilation.policy().isPresent(), compilation.diagnostics()::toString);
        assertEquals(List.of("childNotSeen", "seen", "place"), compilation.policy().orElseThrow().declaredVocabulary()
                .extension(EventType.VISIT).orElseThrow().attributes().stream().map(AttributeSpec::name).toList());
    }
}
