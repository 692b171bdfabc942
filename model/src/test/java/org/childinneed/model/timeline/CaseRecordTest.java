package org.childinneed.model.timeline;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.childinneed.model.child.Child;
import org.childinneed.model.event.AssessmentStarted;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.event.CaseNote;
import org.childinneed.model.event.EventRef;
import org.childinneed.model.event.FreeText;
import org.childinneed.model.event.ManagementDecision;
import org.childinneed.model.event.Meeting;
import org.childinneed.model.event.MinutesDistributed;
import org.childinneed.model.event.Referral;
import org.childinneed.model.meeting.MeetingType;
import org.childinneed.model.meeting.Role;
import org.childinneed.model.problem.Location;
import org.childinneed.model.problem.Problem;
import org.junit.jupiter.api.Test;

class CaseRecordTest {

    private static final LocalDate DAY = LocalDate.of(2027, 1, 6);
    private static final Child CHILD = Child.bornOn(LocalDate.of(2014, 5, 4));
    private static final String PRIVATE = "Jane Smith disclosed something";

    static Meeting meeting(EventRef ref, LocalDate date) {
        return new Meeting(ref, date, MeetingType.INITIAL, Role.TEAM_MANAGER, Optional.empty(), Optional.empty(), false);
    }

    @Test
    void a_consistent_case_is_accepted_and_keeps_file_order() {
        List<CaseEvent> events = List.of(
                new Referral(EventRef.of(0, "r1"), DAY.minusDays(30)),
                meeting(EventRef.of(1, "m1"), DAY),
                new MinutesDistributed(EventRef.at(2), DAY.plusDays(5), Optional.of("m1")));
        CaseRecord record = assertDoesNotThrow(() -> new CaseRecord("K-0001", CHILD, events));
        assertEquals(events, record.events());
    }

    @Test
    void the_events_cannot_be_changed_afterwards() {
        List<CaseEvent> events = new ArrayList<>(List.of(new Referral(EventRef.at(0), DAY)));
        CaseRecord record = new CaseRecord("K-0001", CHILD, events);
        events.add(new Referral(EventRef.at(1), DAY));
        assertEquals(1, record.events().size());
        assertThrows(UnsupportedOperationException.class, () -> record.events().add(new Referral(EventRef.at(1), DAY)));
    }

    @Test
    void every_problem_is_reported_at_once_naming_index_id_and_field() {
        List<CaseEvent> events = List.of(
                new Referral(EventRef.of(0, "r1"), DAY),
                meeting(EventRef.of(1, "m1"), DAY),
                new Referral(EventRef.of(2, "r1"), DAY),
                new MinutesDistributed(EventRef.at(3), DAY, Optional.of("m9")),
                new CaseNote(EventRef.of(4, "n1"), DAY, Optional.of("r1")),
                new ManagementDecision(EventRef.of(5, "d1"), DAY, Optional.empty(), Optional.empty(),
                        Optional.of(new FreeText(PRIVATE))));

        InvalidCaseException error = assertThrows(InvalidCaseException.class,
                () -> new CaseRecord("K-0001", CHILD, events));

        assertEquals(List.of(
                Problem.error(CaseRules.DUPLICATE_ID, Location.ofEvent(EventRef.of(2, "r1"), "id"),
                        "duplicate id; first used by event #0 (id \"r1\")"),
                Problem.error(CaseRules.MEETING_REF_UNKNOWN, Location.ofEvent(EventRef.at(3), "meetingRef"),
                        "no event has this id"),
                Problem.error(CaseRules.MEETING_REF_NOT_A_MEETING, Location.ofEvent(EventRef.of(4, "n1"), "meetingRef"),
                        "refers to event #0 (id \"r1\"), a referral, not a meeting")), error.problems());
        assertEquals("case K-0001: 3 problem(s): "
                + "event #2 (id \"r1\"), field id: duplicate id; first used by event #0 (id \"r1\"); "
                + "event #3, field meetingRef: no event has this id; "
                + "event #4 (id \"n1\"), field meetingRef: refers to event #0 (id \"r1\"), a referral, not a meeting",
                error.getMessage());
        assertFalse(error.getMessage().contains("Smith"));
    }

    @Test
    void a_meeting_ref_to_an_event_whose_type_starts_with_a_vowel_takes_an() {
        List<CaseEvent> events = List.of(
                new AssessmentStarted(EventRef.of(0, "a1"), DAY),
                new CaseNote(EventRef.of(1, "n1"), DAY, Optional.of("a1")));
        InvalidCaseException error = assertThrows(InvalidCaseException.class,
                () -> new CaseRecord("K-0001", CHILD, events));
        assertEquals(List.of(Problem.error(CaseRules.MEETING_REF_NOT_A_MEETING,
                Location.ofEvent(EventRef.of(1, "n1"), "meetingRef"),
                "refers to event #0 (id \"a1\"), an assessment-started, not a meeting")), error.problems());
    }

    @Test
    void a_problem_of_the_case_as_a_whole_names_only_the_field() {
        assertEquals("field child.born: missing",
                Problem.error("missing", Location.ofCase("child.born"), "missing").describe());
    }

    /**
     * Contract: a case note, minutes or distribution records a meeting already held; a record
     * built in code is held to this as one read from a file is.
     */
    @Test
    void a_meeting_ref_to_a_later_meeting_is_refused_in_code_too() {
        List<CaseEvent> events = List.of(
                new CaseNote(EventRef.of(0, "n1"), DAY, Optional.of("m1")),
                meeting(EventRef.of(1, "m1"), DAY.plusDays(1)),
                new MinutesDistributed(EventRef.of(2, "x1"), DAY.plusDays(1), Optional.of("m1")));
        InvalidCaseException error = assertThrows(InvalidCaseException.class,
                () -> new CaseRecord("K-0001", CHILD, events));
        assertEquals(List.of(Problem.error(CaseRules.MEETING_REF_LATER, Location.ofEvent(EventRef.of(0, "n1"), "meetingRef"),
                "refers to a later meeting: event #1 (id \"m1\") on " + DAY.plusDays(1) + ", after this event's date, "
                        + DAY)), error.problems());
    }

    @Test
    void a_problem_code_is_lower_case_words_joined_by_hyphens() {
        assertThrows(IllegalArgumentException.class, () -> Problem.error("Not A Code", Location.NOWHERE, "m"));
    }
}
