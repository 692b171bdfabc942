package org.childinneed.dsl;

import static org.childinneed.dsl.Reports.date;
import static org.childinneed.dsl.Reports.obligations;
import static org.childinneed.dsl.Reports.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.NotRequired;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.compliance.ObligationStatus;
import org.childinneed.model.event.EventType;
import org.childinneed.model.event.ExtendedEventType;
import org.childinneed.model.problem.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An obligation with no due date ({@code no due date}: open until met, never overdue) and a period
 * read from the trigger ({@code due within <number attribute> working days}, {@code every <number
 * attribute> weeks from ...}), issue 12 gaps 1 and 3. Dates worked out by hand, England and Wales.
 */
class UndatedAndReadPeriodsTest {

    private static final String HEAD = """
            policy t "Test" version "1" source "t.txt"
            obligation kind timeframe-record
            event management-decision
              attribute visitWithinDays number
              attribute visitWeeks number
              attribute note text
            """;

    private static final CompiledPolicy POLICY = Scripts.policy(HEAD + """
            rule T-01 "A decision recording the timeframe after a visit not seeing the child"
              cite "s"
              obligation timeframe-record
                when visit with childNotSeen
                no due date
                met by management-decision with visitWithinDays recorded
            rule T-02 "A visit within the timeframe the decision sets"
              cite "s"
              obligation visit
                when management-decision with visitWithinDays recorded
                due within visitWithinDays working days
                met by visit
            rule T-03 "Visits as often as the latest decision sets"
              cite "s"
              obligation first-visit
                every visitWeeks weeks from management-decision with visitWeeks recorded
                met by visit
            """);

    private static ExtendedEventType decision() {
        return POLICY.declaredVocabulary().extension(EventType.MANAGEMENT_DECISION).orElseThrow();
    }

    @Test
    void anUndatedObligationIsMetWheneverItsEventComesAndHasNoDueDate() {
        // Visit Mon 4 Jan 2027 not seeing the child; the decision comes on Fri 5 Mar 2027, two months on: met, in time.
        ComplianceReport report = POLICY.evaluate(Cases.child()
                .event("v1", "visit", "2027-01-04", "childNotSeen", "true")
                .extended(decision(), "d1", "2027-03-05", "visitWithinDays", "5")
                .build(), date("2027-06-01"));
        Obligation o = only(report, "T-01");
        assertEquals(ObligationStatus.MET, o.status());
        assertFalse(o.hasDueDate());
        assertEquals(Optional.empty(), o.dueDate());
        assertEquals(Obligation.UNDATED, o.due());
        assertEquals(Optional.of("d1"), o.satisfiedBy().flatMap(r -> r.id()));
        assertEquals("no due date: open from Mon 4 Jan 2027 until met, never overdue", o.explanation().computation());
    }

    @Test
    void anUndatedObligationStaysOpenForEverAndIsNeverOverdue() {
        ComplianceReport report = POLICY.evaluate(Cases.child()
                .event("v1", "visit", "2027-01-04", "childNotSeen", "true")
                .build(), date("2030-01-01"));
        Obligation o = only(report, "T-01");
        assertEquals(ObligationStatus.OPEN, o.status());
        assertEquals("open: no management-decision with visitWithinDays recorded yet; it has no due date",
                o.explanation().resolution());
    }

    @Test
    void anUndatedObligationIsCancelledWhenItsPlanEnds() {
        // Plan Mon 4 Jan 2027; visit Tue 5 Jan; plan ended Mon 1 Feb 2027 with no decision: cancelled.
        ComplianceReport report = POLICY.evaluate(Cases.child()
                .event("p1", "plan-started", "2027-01-04")
                .event("v1", "visit", "2027-01-05", "childNotSeen", "true")
                .event("e1", "plan-ended", "2027-02-01", "reason", "no-longer-in-need")
                .build(), date("2027-06-01"));
        Obligation o = only(report, "T-01");
        assertEquals(ObligationStatus.CANCELLED, o.status());
        assertEquals("cancelled: the plan ended (plan-ended e1 on Mon 1 Feb 2027) before it was met", o.explanation().resolution());
    }

    @Test
    void aDeadlineReadFromTheTriggerCountsItsWorkingDays() {
        // Thu 17 Dec 2026 + 10 working days, skipping Fri 25 Dec, Mon 28 Dec and Fri 1 Jan: Tue 5 Jan 2027;
        // the visit on Wed 6 Jan is 1 working day late. d2 records 0: no period, so no obligation.
        ComplianceReport report = POLICY.evaluate(Cases.child()
                .extended(decision(), "d1", "2026-12-17", "visitWithinDays", "10")
                .event("v1", "visit", "2027-01-06")
                .extended(decision(), "d2", "2027-02-01", "visitWithinDays", "0")
                .build(), date("2027-03-01"));
        Obligation o = only(report, "T-02");
        assertEquals(date("2027-01-05"), o.due());
        assertEquals(ObligationStatus.MET_LATE, o.status());
        assertEquals("10 working days after Thu 17 Dec 2026, skipping Fri 25 Dec, Mon 28 Dec and Fri 1 Jan: Tue 5 Jan 2027"
                + " (the period 10 working days is the visitWithinDays of management-decision d1 on Thu 17 Dec 2026)",
                o.explanation().computation());
        List<NotRequired> lifted = report.notRequired().stream().filter(n -> n.rule().equals("T-02")).toList();
        assertEquals(1, lifted.size());
        assertEquals("management-decision d2 on Mon 1 Feb 2027 records visitWithinDays 0, which is no period",
                lifted.get(0).because());
    }

    @Test
    void aFrequencyReadFromTheTriggerRepeatsUntilTheNextDecisionSetsItAgain() {
        // d1 Mon 4 Jan 2027, every 2 weeks: due Mon 18 Jan; v1 Fri 15 Jan meets it; the next is due Fri 29 Jan.
        // d2 Mon 25 Jan sets 4 weeks: d1's second occurrence, unmet, is cancelled; d2's first is due
        // Mon 22 Feb (25 Jan + 28 days), met by v2 that day; the next, Mon 22 Mar, is overdue on Thu 1 Apr.
        ComplianceReport report = POLICY.evaluate(Cases.child()
                .event("p1", "plan-started", "2027-01-04")
                .extended(decision(), "d1", "2027-01-04", "visitWeeks", "2")
                .event("v1", "visit", "2027-01-15")
                .extended(decision(), "d2", "2027-01-25", "visitWeeks", "4")
                .event("v2", "visit", "2027-02-22")
                .build(), date("2027-04-01"));
        List<Obligation> all = obligations(report, "T-03");
        assertEquals(List.of("2027-01-18 met", "2027-01-29 cancelled", "2027-02-22 met", "2027-03-22 overdue"),
                all.stream().map(o -> o.due() + " " + o.status().code()).sorted().toList());
        Obligation cancelled = all.stream().filter(o -> o.status() == ObligationStatus.CANCELLED).findFirst().orElseThrow();
        assertEquals("cancelled: the period was set again (management-decision d2 on Mon 25 Jan 2027) before it fell due",
                cancelled.explanation().resolution());
    }

    static Stream<Arguments> misuses() {
        String rule = "rule T-09 \"x\"\n  cite \"s\"\n  obligation visit\n";
        return Stream.of(
            Arguments.of("no due dat", rule + "    when visit\n    no due dat\n    met by visit\n", "syntax-error",
                    "expected 'no due date', not 'no due dat'"),
            Arguments.of("a step after no due date", rule + "    when visit\n    no due date\n    then within 5 days\n"
                    + "    met by visit\n", "misplaced-clause",
                    "an obligation with no due date has no later occurrences: nothing counts from its being met"),
            Arguments.of("an extension of no due date", rule + "    when visit\n    no due date\n    met by visit\n"
                    + "    extended to 5 days when management-decision\n", "misplaced-clause",
                    "only a 'due within' deadline can be extended"),
            Arguments.of("an unknown attribute", rule + "    when management-decision\n    due within visitWithinDay working days\n"
                    + "    met by visit\n", "unknown-attribute", "'management-decision' events have no attribute 'visitWithinDay'"),
            Arguments.of("an attribute that is no number", rule + "    when management-decision\n"
                    + "    due within note working days\n    met by visit\n", "wrong-type",
                    "'note' is not a number, so it cannot set a period"),
            Arguments.of("an attribute the trigger lacks", rule + "    when visit\n    due within visitWeeks weeks\n"
                    + "    met by visit\n", "unknown-attribute", "'visit' events have no attribute 'visitWeeks'"),
            Arguments.of("an unknown unit", rule + "    every visitWeeks wekks from management-decision\n    met by visit\n",
                    "unknown-unit", "unknown unit 'wekks'"),
            Arguments.of("a read period in a later step", rule + "    when management-decision\n    due within 5 days\n"
                    + "    then within visitWeeks weeks\n    met by visit\n", "misplaced-clause",
                    "a period read from an attribute is the trigger's: it is for the first 'due' or for 'every <attribute> <unit> from'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("misuses")
    void eachMisuseIsOneError(String what, String script, String code, String message) {
        Compilation compilation = Scripts.compile(HEAD + script);
        assertFalse(compilation.succeeded());
        assertEquals(1, compilation.diagnostics().size(), compilation::render);
        Diagnostic d = compilation.diagnostics().get(0);
        assertEquals(Severity.ERROR, d.severity());
        assertEquals(code, d.code(), compilation::render);
        assertEquals(message, d.message(), compilation::render);
    }

    @Test
    void aMisspeltReadAttributeGetsADidYouMean() {
        Compilation compilation = Scripts.compile(HEAD + "rule T-09 \"x\"\n  cite \"s\"\n  obligation visit\n"
                + "    when management-decision\n    due within visitWithinDay working days\n    met by visit\n");
        assertEquals(Optional.of("did you mean 'visitWithinDays'?"), compilation.diagnostics().get(0).hint());
    }
}
