package org.childinneed.model.event;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that happened on a case, on a date. One record type per case-file event type;
 * {@link #type()} names it and {@link #attribute(String)} reads its attributes by their case-file
 * names, as the policy language does.
 */
public sealed interface CaseEvent
        permits Referral, ReferralDecided, AssessmentStarted, AssessmentExtended, AssessmentCompleted,
                AssessmentUpdated, MeetingDecided, CpConference, LookedAfterReview, PlanStarted, PlanUpdated, Meeting,
                Visit, CaseNote, PlanAuthorised, MinutesDistributed, PlanDistributed, SignificantChange,
                WorkerChanged, Supervision, ManagementDecision, MovedIn, MovedOut,
                ReceivingAuthorityNotified, TransferInformationSent, ShortBreaks, PlanEnded,
                StrategyDiscussion, S47EnquiryStarted, S47EnquiryCompleted, InitialCpConference, CpReview,
                CaseAllocated, PlanFormulated, CaseSummaryCompleted, ChronologyCompleted, DeclaredEvent, ExtendedEvent {

    /** Where the event stands in its case file. */
    EventRef ref();

    /** The day it happened. */
    LocalDate date();

    /** Its case-file type ({@link EventType#DECLARED} for an event of a type a policy declares). */
    EventType type();

    /** What its events look like: its national type, or the type a policy declared. */
    default EventSchema schema() {
        return type();
    }

    /** Its type's code as case files write it: the declared type's code for a declared event. */
    default String typeCode() {
        return schema().code();
    }

    /**
     * The value of the attribute called {@code name} in case files ({@code outcome}, {@code chair},
     * {@code meetingRef} ...): a {@link Boolean}, {@link Integer}, {@link LocalDate}, a
     * {@link org.childinneed.model.Coded} constant, a {@code Set} of them, a {@link String} event id,
     * or {@link FreeText}.
     *
     * @return the value, or empty when the event has no such attribute or it was not recorded
     */
    default Optional<Object> attribute(String name) {
        return schema().attribute(name).flatMap(spec -> spec.valueOf(this));
    }

    /** Checks the two fields every event has. */
    static void requireRefAndDate(EventRef ref, LocalDate date) {
        Objects.requireNonNull(ref, "event ref is required");
        Objects.requireNonNull(date, "date is required");
    }
}
