package org.childinneed.dsl;

import static org.childinneed.dsl.Reports.date;
import static org.childinneed.dsl.Reports.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.childinneed.model.calendar.HolidayCalendar;
import org.childinneed.model.calendar.WorkingDays;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.DateCaveat;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.problem.Problem;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: "A deadline that runs past the end of the bank-holiday data (e.g. 10 working days after
 * 31 December 2100) silently treats every weekday as a working day: say so in the explanation and as
 * a warning." A calendar whose holidays end on 31 Dec 2100 (as the bundled one does) stands in.
 */
class HolidayDataTest {

    /** Christmas and Boxing Day 2100 (a Saturday and a Sunday: substitutes 27 and 28 Dec); none known after 2100. */
    private static final HolidayCalendar TO_2100 = new HolidayCalendar() {
        @Override
        public boolean isHoliday(LocalDate date) {
            return Set.of(LocalDate.of(2100, 12, 27), LocalDate.of(2100, 12, 28)).contains(date);
        }

        @Override
        public Optional<LocalDate> holidaysKnownUntil() {
            return Optional.of(LocalDate.of(2100, 12, 31));
        }
    };

    private static final PolicyCompiler COMPILER = PolicyCompiler.create(WorkingDays.of(TO_2100), Scripts.RESOLVER);

    private static final CompiledPolicy POLICY = COMPILER.compile(new PolicySource("test.cin", """
            policy t "Test" version "1" source "t.txt"
            rule T-01 "Initial meeting within 10 working days"
              cite "s"
              obligation initial-meeting
                when assessment-completed with outcome in-need
                due within 10 working days
                met by meeting with meeting initial
            rule T-02 "Visit within 4 weeks"
              cite "s"
              obligation visit
                when assessment-completed with outcome in-need
                due within 4 weeks
                met by visit
            """)).policy().orElseThrow();

    private static ComplianceReport assessedOn(String date) {
        return POLICY.evaluate(Cases.child().event("a1", "assessment-completed", date, "outcome", "in-need").build(),
                date("2101-03-01"));
    }

    @Test
    void tenWorkingDaysAfterTheLastDayOfTheDataSaySoInTheExplanationAndAsAWarning() {
        ComplianceReport report = assessedOn("2100-12-31");
        Obligation meeting = only(report, "T-01");
        assertEquals(date("2101-01-14"), meeting.due());
        assertEquals("10 working days after Fri 31 Dec 2100 (after Fri 31 Dec 2100 no bank holidays are known: every "
                + "weekday counted as a working day): Fri 14 Jan 2101", meeting.explanation().computation());
        assertEquals(Set.of(DateCaveat.BEYOND_HOLIDAY_DATA), meeting.explanation().caveats());
        List<Problem> warnings = report.warnings();
        assertEquals(1, warnings.size(), warnings::toString);
        Problem warning = warnings.get(0);
        assertEquals("beyond-holiday-data", warning.code());
        assertTrue(warning.describe().startsWith("event #0 (id \"a1\"), field due: rule T-01: the due date 2101-01-14"),
                warning.describe());
    }

    @Test
    void aCalendarSpanPastTheDataNeedsNoHolidaysAndHasNoCaveat() {
        Obligation visit = only(assessedOn("2100-12-31"), "T-02");
        assertEquals(Set.of(), visit.explanation().caveats());
        assertEquals("4 weeks after Fri 31 Dec 2100: Fri 28 Jan 2101", visit.explanation().computation());
    }

    @Test
    void aDeadlineWithinTheDataHasNoCaveat() {
        ComplianceReport report = assessedOn("2100-12-10");
        Obligation meeting = only(report, "T-01");
        assertEquals(date("2100-12-24"), meeting.due());
        assertEquals(Set.of(), meeting.explanation().caveats());
        assertEquals(List.of(), report.warnings());
    }
}
