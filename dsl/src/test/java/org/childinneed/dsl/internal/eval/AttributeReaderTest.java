package org.childinneed.dsl.internal.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.childinneed.model.event.AssessmentCompleted;
import org.childinneed.model.event.AssessmentOutcome;
import org.childinneed.model.event.EventRef;
import org.childinneed.model.event.EventType;
import org.childinneed.model.event.Meeting;
import org.childinneed.model.meeting.MeetingType;
import org.childinneed.model.meeting.ReviewOutcome;
import org.childinneed.model.meeting.Role;
import org.junit.jupiter.api.Test;

/**
 * A reader of one type reads that type's events by their class, and nothing from another type's
 * event with an attribute of the same name; a reader of several types reads each by its own.
 */
class AttributeReaderTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final Meeting REVIEW = new Meeting(EventRef.of(0, "m1"), DAY, MeetingType.REVIEW, Role.TEAM_MANAGER,
            Optional.of(ReviewOutcome.CONTINUE), Optional.empty(), false);
    private static final Meeting UNDECIDED = new Meeting(EventRef.of(1, "m2"), DAY, MeetingType.INITIAL,
            Role.SENIOR_PRACTITIONER, Optional.empty(), Optional.empty(), true);
    private static final AssessmentCompleted ASSESSED = new AssessmentCompleted(EventRef.of(2, "a1"), DAY,
            AssessmentOutcome.IN_NEED);

    @Test
    void aReaderOfOneTypeReadsItsEventsAndNothingFromAnother() {
        AttributeReader outcome = new AttributeReader("outcome", List.of(EventType.MEETING));
        assertEquals(ReviewOutcome.CONTINUE, outcome.read(REVIEW));
        assertNull(outcome.read(UNDECIDED));
        assertNull(outcome.read(ASSESSED));
    }

    @Test
    void anAttributeEveryEventRecordsIsReadAsRecorded() {
        assertEquals(Role.SENIOR_PRACTITIONER, new AttributeReader("chair", List.of(EventType.MEETING)).read(UNDECIDED));
        assertEquals(Boolean.TRUE, new AttributeReader("parentalNonEngagement", List.of(EventType.MEETING)).read(UNDECIDED));
        assertEquals(Boolean.FALSE, new AttributeReader("parentalNonEngagement", List.of(EventType.MEETING)).read(REVIEW));
    }

    @Test
    void anEventsTypeIsTheTypeItGivesWhicheverTypesTheReaderReads() {
        AttributeReader outcome = new AttributeReader("outcome", List.of(EventType.MEETING));
        assertEquals(EventType.MEETING, outcome.typeOf(REVIEW));
        assertEquals(EventType.ASSESSMENT_COMPLETED, outcome.typeOf(ASSESSED));
        AttributeReader either = new AttributeReader("outcome", List.of(EventType.MEETING, EventType.ASSESSMENT_COMPLETED));
        assertEquals(EventType.MEETING, either.typeOf(REVIEW));
        assertEquals(EventType.ASSESSMENT_COMPLETED, either.typeOf(ASSESSED));
    }

    @Test
    void aReaderOfSeveralTypesReadsEachByItsOwnAttribute() {
        AttributeReader outcome = new AttributeReader("outcome", List.of(EventType.MEETING, EventType.ASSESSMENT_COMPLETED));
        assertEquals(ReviewOutcome.CONTINUE, outcome.read(REVIEW));
        assertEquals(AssessmentOutcome.IN_NEED, outcome.read(ASSESSED));
        assertNull(outcome.read(UNDECIDED));
    }
}
