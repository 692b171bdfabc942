package org.childinneed.model.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.childinneed.model.child.Child;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.event.EventRef;
import org.childinneed.model.event.EventType;
import org.childinneed.model.event.Meeting;
import org.childinneed.model.event.Referral;
import org.childinneed.model.event.Visit;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private static final Child CHILD = Child.bornOn(LocalDate.of(2014, 5, 4));

    private final CaseEvent visitLate = new Visit(EventRef.of(0, "v2"), LocalDate.of(2027, 2, 1));
    private final CaseEvent meeting = CaseRecordTest.meeting(EventRef.of(1, "m1"), LocalDate.of(2027, 1, 6));
    private final CaseEvent referral = new Referral(EventRef.of(2, "r1"), LocalDate.of(2026, 11, 2));
    private final CaseEvent visitSameDayAsMeeting = new Visit(EventRef.at(3), LocalDate.of(2027, 1, 6));
    private final CaseEvent visitEarlierInFileSameDay = new Visit(EventRef.of(4, "v1"), LocalDate.of(2026, 11, 2));
    private final Timeline timeline = new CaseRecord("K-0001", CHILD,
            List.of(visitLate, meeting, referral, visitSameDayAsMeeting, visitEarlierInFileSameDay)).timeline();

    @Test
    void events_come_in_date_order_then_file_order_within_a_day() {
        assertEquals(List.of(referral, visitEarlierInFileSameDay, meeting, visitSameDayAsMeeting, visitLate),
                timeline.events());
    }

    @Test
    void as_of_keeps_events_on_the_day_and_drops_later_ones() {
        Timeline cut = timeline.asOf(LocalDate.of(2027, 1, 6));
        assertEquals(List.of(referral, visitEarlierInFileSameDay, meeting, visitSameDayAsMeeting), cut.events());
        assertEquals(List.of(visitEarlierInFileSameDay, visitSameDayAsMeeting), cut.ofType(EventType.VISIT));
        assertEquals(Optional.empty(), cut.byId("v2"));
        assertEquals(4, cut.size());
    }

    @Test
    void as_of_before_everything_leaves_an_empty_timeline_of_the_same_case() {
        Timeline cut = timeline.asOf(LocalDate.of(2026, 11, 1));
        assertTrue(cut.events().isEmpty());
        assertEquals("K-0001", cut.caseId());
        assertEquals(CHILD, cut.child());
    }

    @Test
    void the_highest_index_is_of_the_events_it_holds_whatever_their_order() {
        // The visit indexed 4 is the first in date order; the one indexed 0 comes last.
        assertEquals(4, timeline.highestIndex());
        assertEquals(4, timeline.asOf(LocalDate.of(2026, 11, 2)).highestIndex());
        assertEquals(-1, timeline.asOf(LocalDate.of(2026, 11, 1)).highestIndex());
    }

    @Test
    void as_of_after_everything_keeps_everything() {
        assertSame(timeline, timeline.asOf(LocalDate.of(2030, 1, 1)));
    }

    @Test
    void events_are_found_by_type_class_and_id() {
        assertEquals(List.of(visitEarlierInFileSameDay, visitSameDayAsMeeting, visitLate), timeline.ofType(EventType.VISIT));
        assertEquals(List.of(meeting), timeline.ofType(Meeting.class));
        assertEquals(List.of(), timeline.ofType(EventType.PLAN_ENDED));
        assertEquals(Optional.of(meeting), timeline.byId("m1"));
        assertEquals(Optional.empty(), timeline.byId("m2"));
        assertEquals(5, timeline.size());
    }
}
