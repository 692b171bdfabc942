package org.childinneed.dsl;

import static org.childinneed.dsl.Reports.date;
import static org.childinneed.dsl.Reports.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.stream.Stream;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.compliance.ObligationStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code due within 48 hours} (issue 12 gap 2): to the minute when the case file records the times
 * of the trigger and of the event that meets it; by date, giving the benefit of the doubt, when a
 * time is missing, and the explanation says which.
 */
class HoursTest {

    private static final String HEAD = "policy t \"Test\" version \"1\" source \"t.txt\"\n";
    private static final CompiledPolicy POLICY = Scripts.policy(HEAD + """
            rule T-01 "Discussed with the manager within 48 hours of a visit not seeing the child"
              cite "s"
              obligation case-supervision
                when visit with childNotSeen
                due within 48 hours
                met by supervision
            rule T-02 "Within 36 hours"
              cite "s"
              obligation manager-review
                when assessment-started
                due within 36 hours
                met by assessment-completed
            """);

    private static Obligation t01(Cases cases, String asOf) {
        return only(POLICY.evaluate(cases.build(), date(asOf)), "T-01");
    }

    private static Cases visitAt(String time) {
        Cases cases = Cases.child().event("v1", "visit", "2027-01-04", "childNotSeen", "true");
        return time == null ? cases : cases.at(time);
    }

    @Test
    void withBothTimesItIsJudgedToTheMinute() {
        // Mon 4 Jan 2027 10:30 + 48 hours: Wed 6 Jan 2027 10:30. A supervision at 10:30 that day is in time.
        Obligation o = t01(visitAt("10:30").event("s1", "supervision", "2027-01-06").at("10:30"), "2027-02-01");
        assertEquals(ObligationStatus.MET, o.status());
        assertEquals(date("2027-01-06"), o.due());
        assertEquals("48 hours after Mon 4 Jan 2027 10:30: Wed 6 Jan 2027 10:30", o.explanation().computation());
        assertEquals("met by supervision s1 on Wed 6 Jan 2027 at 10:30, in time", o.explanation().resolution());
    }

    @Test
    void halfAnHourLateOnTheSameDayIsLate() {
        Obligation o = t01(visitAt("10:30").event("s1", "supervision", "2027-01-06").at("11:00"), "2027-02-01");
        assertEquals(ObligationStatus.MET_LATE, o.status());
        assertEquals("met by supervision s1 on Wed 6 Jan 2027 at 11:00, 1 hour late", o.explanation().resolution());
    }

    @Test
    void withoutTheTriggersTimeItIsJudgedByDateAndSaysSo() {
        Obligation inTime = t01(visitAt(null).event("s1", "supervision", "2027-01-06").at("16:00"), "2027-02-01");
        assertEquals(ObligationStatus.MET, inTime.status());
        assertEquals("48 hours after Mon 4 Jan 2027, a day with no time recorded: judged by date, the 48 hours ending on"
                + " Wed 6 Jan 2027 at the latest", inTime.explanation().computation());
        assertEquals("met by supervision s1 on Wed 6 Jan 2027 at 16:00, in time as far as the dates show: the trigger's time is"
                + " not recorded, and its day is no later than the last day 48 hours can reach", inTime.explanation().resolution());
        Obligation late = t01(visitAt(null).event("s1", "supervision", "2027-01-07"), "2027-02-01");
        assertEquals(ObligationStatus.MET_LATE, late.status());
        assertEquals("met by supervision s1 on Thu 7 Jan 2027, late: the trigger's time is not recorded, and its day is 1 day"
                + " after the last day 48 hours can reach", late.explanation().resolution());
    }

    @Test
    void withoutTheMeetingEventsTimeItsDayDecides() {
        Obligation o = t01(visitAt("10:30").event("s1", "supervision", "2027-01-06"), "2027-02-01");
        assertEquals(ObligationStatus.MET, o.status());
        assertEquals("met by supervision s1 on Wed 6 Jan 2027, in time as far as the dates show: its time is not recorded,"
                + " and its day is no later than the last day 48 hours can reach", o.explanation().resolution());
    }

    @Test
    void itIsOpenOnItsLastDayAndOverdueAfter() {
        assertEquals(ObligationStatus.OPEN, t01(visitAt("10:30"), "2027-01-06").status());
        assertEquals(ObligationStatus.OVERDUE, t01(visitAt("10:30"), "2027-01-07").status());
    }

    @Test
    void hoursThatAreNotWholeDaysEndOnTheDayTheTimeReaches() {
        // Mon 4 Jan 2027 06:00 + 36 hours: Tue 5 Jan 18:00; with no time, the last day it can reach: Wed 6 Jan.
        Obligation timed = only(POLICY.evaluate(Cases.child().event("a1", "assessment-started", "2027-01-04").at("06:00")
                .build(), date("2027-01-05")), "T-02");
        assertEquals(date("2027-01-05"), timed.due());
        Obligation dated = only(POLICY.evaluate(Cases.child().event("a1", "assessment-started", "2027-01-04")
                .build(), date("2027-01-05")), "T-02");
        assertEquals(date("2027-01-06"), dated.due());
    }

    static Stream<Arguments> misuses() {
        String rule = "rule T-09 \"x\"\n  cite \"s\"\n  obligation visit\n";
        return Stream.of(
            Arguments.of("hours in a repeat", rule + "    every 48 hours from plan-started\n    met by visit\n"),
            Arguments.of("hours in a window", rule + "    when visit\n    due between 1 and 48 hours\n    met by visit\n"),
            Arguments.of("hours in a condition", rule + "    when visit\n    due within 5 days\n    met by visit\n"
                    + "    unless a supervision within 2 hours after it\n"),
            Arguments.of("hours with a later step", rule + "    when visit\n    due within 5 days\n    then within 48 hours\n"
                    + "    met by visit\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("misuses")
    void hoursCountOnlyInTheDeadlineOfAOneOff(String what, String script) {
        Compilation compilation = Scripts.compile(HEAD + script);
        assertFalse(compilation.succeeded());
        assertEquals(1, compilation.diagnostics().size(), compilation::render);
        assertEquals("wrong-unit", compilation.diagnostics().get(0).code(), compilation::render);
        assertEquals("hours count only in 'due within <n> hours' of a one-off obligation",
                compilation.diagnostics().get(0).message());
    }
}
