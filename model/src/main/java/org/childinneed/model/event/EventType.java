package org.childinneed.model.event;

import static org.childinneed.model.event.AttributeType.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.childinneed.model.Coded;
import org.childinneed.model.meeting.MeetingType;
import org.childinneed.model.meeting.ReviewOutcome;
import org.childinneed.model.meeting.Role;
import org.childinneed.model.meeting.RoleCode;
import org.childinneed.model.plan.ClosureReason;
import org.childinneed.model.plan.ClosureView;
import org.childinneed.model.plan.PlanElement;
import org.childinneed.model.plan.PlanElementCode;
import org.childinneed.model.plan.PlanOrigin;

/**
 * The case-file event types of the contract, each with the attributes it takes: the one schema
 * that case-file readers, the policy checker and the interpreter share.
 */
public enum EventType implements Coded, EventSchema {
    REFERRAL(Referral.class, (r, d, a) -> new Referral(r, d)),
    REFERRAL_DECIDED(ReferralDecided.class, (r, d, a) -> new ReferralDecided(r, d)),
    ASSESSMENT_STARTED(AssessmentStarted.class, (r, d, a) -> new AssessmentStarted(r, d)),
    ASSESSMENT_EXTENDED(AssessmentExtended.class,
            (r, d, a) -> new AssessmentExtended(r, d, a.get("by", RoleCode.class), a.get("limitWorkingDays", Integer.class)),
            AttributeSpec.of("by", CODE, false, Role.class, AssessmentExtended.class, AssessmentExtended::by),
            AttributeSpec.of("limitWorkingDays", COUNT, false, null, AssessmentExtended.class, AssessmentExtended::limitWorkingDays)),
    ASSESSMENT_COMPLETED(AssessmentCompleted.class,
            (r, d, a) -> new AssessmentCompleted(r, d, a.require("outcome", AssessmentOutcome.class)),
            AttributeSpec.ofRecorded("outcome", CODE, true, AssessmentOutcome.class, AssessmentCompleted.class, AssessmentCompleted::outcome)),
    ASSESSMENT_UPDATED(AssessmentUpdated.class, (r, d, a) -> new AssessmentUpdated(r, d)),
    MEETING_DECIDED(MeetingDecided.class,
            (r, d, a) -> new MeetingDecided(r, d, a.get("by", RoleCode.class)),
            AttributeSpec.of("by", CODE, false, Role.class, MeetingDecided.class, MeetingDecided::by)),
    CP_CONFERENCE(CpConference.class,
            (r, d, a) -> new CpConference(r, d, a.get("outcome", ConferenceOutcome.class)),
            AttributeSpec.of("outcome", CODE, false, ConferenceOutcome.class, CpConference.class, CpConference::outcome)),
    STRATEGY_DISCUSSION(StrategyDiscussion.class,
            (r, d, a) -> new StrategyDiscussion(r, d, a.get("outcome", StrategyDiscussionOutcome.class)),
            AttributeSpec.of("outcome", CODE, false, StrategyDiscussionOutcome.class, StrategyDiscussion.class,
                    StrategyDiscussion::outcome)),
    S47_ENQUIRY_STARTED(S47EnquiryStarted.class, (r, d, a) -> new S47EnquiryStarted(r, d)),
    S47_ENQUIRY_COMPLETED(S47EnquiryCompleted.class,
            (r, d, a) -> new S47EnquiryCompleted(r, d, a.get("outcome", S47Outcome.class)),
            AttributeSpec.of("outcome", CODE, false, S47Outcome.class, S47EnquiryCompleted.class, S47EnquiryCompleted::outcome)),
    INITIAL_CP_CONFERENCE(InitialCpConference.class,
            (r, d, a) -> new InitialCpConference(r, d, a.get("outcome", ConferenceOutcome.class)),
            AttributeSpec.of("outcome", CODE, false, ConferenceOutcome.class, InitialCpConference.class, InitialCpConference::outcome)),
    CP_REVIEW(CpReview.class,
            (r, d, a) -> new CpReview(r, d, a.get("outcome", ConferenceOutcome.class)),
            AttributeSpec.of("outcome", CODE, false, ConferenceOutcome.class, CpReview.class, CpReview::outcome)),
    LOOKED_AFTER_REVIEW(LookedAfterReview.class,
            (r, d, a) -> new LookedAfterReview(r, d, a.get("outcome", LookedAfterReviewOutcome.class)),
            AttributeSpec.of("outcome", CODE, false, LookedAfterReviewOutcome.class, LookedAfterReview.class, LookedAfterReview::outcome)),
    PLAN_FORMULATED(PlanFormulated.class, (r, d, a) -> new PlanFormulated(r, d)),
    PLAN_STARTED(PlanStarted.class,
            (r, d, a) -> new PlanStarted(r, d, a.get("origin", PlanOrigin.class), a.flag("complexPackage"), a.flag("longTermSupport")),
            AttributeSpec.of("origin", CODE, false, PlanOrigin.class, PlanStarted.class, PlanStarted::origin),
            AttributeSpec.ofRecorded("complexPackage", FLAG, false, null, PlanStarted.class, PlanStarted::complexPackage),
            AttributeSpec.ofRecorded("longTermSupport", FLAG, false, null, PlanStarted.class, PlanStarted::longTermSupport)),
    PLAN_UPDATED(PlanUpdated.class,
            (r, d, a) -> new PlanUpdated(r, d, a.get("points", Integer.class), elementsOf(a)),
            AttributeSpec.of("points", COUNT, false, null, PlanUpdated.class, PlanUpdated::points),
            AttributeSpec.of("elements", CODES, false, PlanElement.class, PlanUpdated.class, PlanUpdated::elements)),
    MEETING(Meeting.class,
            (r, d, a) -> new Meeting(r, d, a.require("meeting", MeetingType.class), a.require("chair", RoleCode.class),
                    a.get("outcome", ReviewOutcome.class), a.get("nextReview", LocalDate.class), a.flag("parentalNonEngagement")),
            AttributeSpec.ofRecorded("meeting", CODE, true, MeetingType.class, Meeting.class, Meeting::meetingType),
            AttributeSpec.ofRecorded("chair", CODE, true, Role.class, Meeting.class, Meeting::chair),
            AttributeSpec.of("outcome", CODE, false, ReviewOutcome.class, Meeting.class, Meeting::outcome),
            AttributeSpec.of("nextReview", DATE, false, null, Meeting.class, Meeting::nextReview),
            AttributeSpec.ofRecorded("parentalNonEngagement", FLAG, false, null, Meeting.class, Meeting::parentalNonEngagement)),
    VISIT(Visit.class,
            (r, d, a) -> new Visit(r, d, a.flag("childNotSeen")),
            AttributeSpec.ofRecorded("childNotSeen", FLAG, false, null, Visit.class, Visit::childNotSeen)),
    CASE_NOTE(CaseNote.class,
            (r, d, a) -> new CaseNote(r, d, a.get("meetingRef", String.class)),
            AttributeSpec.of("meetingRef", EVENT_REF, false, null, CaseNote.class, CaseNote::meetingRef)),
    PLAN_AUTHORISED(PlanAuthorised.class,
            (r, d, a) -> new PlanAuthorised(r, d, a.get("meetingRef", String.class), a.get("by", RoleCode.class)),
            AttributeSpec.of("meetingRef", EVENT_REF, false, null, PlanAuthorised.class, PlanAuthorised::meetingRef),
            AttributeSpec.of("by", CODE, false, Role.class, PlanAuthorised.class, PlanAuthorised::by)),
    MINUTES_DISTRIBUTED(MinutesDistributed.class,
            (r, d, a) -> new MinutesDistributed(r, d, a.get("meetingRef", String.class)),
            AttributeSpec.of("meetingRef", EVENT_REF, false, null, MinutesDistributed.class, MinutesDistributed::meetingRef)),
    PLAN_DISTRIBUTED(PlanDistributed.class,
            (r, d, a) -> new PlanDistributed(r, d, a.get("meetingRef", String.class)),
            AttributeSpec.of("meetingRef", EVENT_REF, false, null, PlanDistributed.class, PlanDistributed::meetingRef)),
    SIGNIFICANT_CHANGE(SignificantChange.class, (r, d, a) -> new SignificantChange(r, d)),
    WORKER_CHANGED(WorkerChanged.class, (r, d, a) -> new WorkerChanged(r, d)),
    CASE_ALLOCATED(CaseAllocated.class,
            (r, d, a) -> new CaseAllocated(r, d, a.get("to", RoleCode.class)),
            AttributeSpec.of("to", CODE, false, Role.class, CaseAllocated.class, CaseAllocated::to)),
    SUPERVISION(Supervision.class,
            (r, d, a) -> new Supervision(r, d, a.get("kind", SupervisionKind.class), a.get("by", RoleCode.class)),
            AttributeSpec.of("kind", CODE, false, SupervisionKind.class, Supervision.class, Supervision::kind),
            AttributeSpec.of("by", CODE, false, Role.class, Supervision.class, Supervision::by)),
    MANAGEMENT_DECISION(ManagementDecision.class,
            (r, d, a) -> new ManagementDecision(r, d, a.get("about", DecisionSubject.class), a.get("by", RoleCode.class),
                    a.get("rationale", FreeText.class)),
            AttributeSpec.of("about", CODE, false, DecisionSubject.class, ManagementDecision.class, ManagementDecision::about),
            AttributeSpec.of("by", CODE, false, Role.class, ManagementDecision.class, ManagementDecision::by),
            AttributeSpec.of("rationale", TEXT, false, null, ManagementDecision.class, ManagementDecision::rationale)),
    MOVED_IN(MovedIn.class,
            (r, d, a) -> new MovedIn(r, d, a.get("notified", LocalDate.class)),
            AttributeSpec.of("notified", DATE, false, null, MovedIn.class, MovedIn::notified)),
    MOVED_OUT(MovedOut.class,
            (r, d, a) -> new MovedOut(r, d, a.flag("planned")),
            AttributeSpec.ofRecorded("planned", FLAG, false, null, MovedOut.class, MovedOut::planned)),
    RECEIVING_AUTHORITY_NOTIFIED(ReceivingAuthorityNotified.class, (r, d, a) -> new ReceivingAuthorityNotified(r, d)),
    TRANSFER_INFORMATION_SENT(TransferInformationSent.class, (r, d, a) -> new TransferInformationSent(r, d)),
    CASE_SUMMARY_COMPLETED(CaseSummaryCompleted.class, (r, d, a) -> new CaseSummaryCompleted(r, d)),
    CHRONOLOGY_COMPLETED(ChronologyCompleted.class, (r, d, a) -> new ChronologyCompleted(r, d)),
    SHORT_BREAKS(ShortBreaks.class,
            (r, d, a) -> new ShortBreaks(r, d, a.get("nightsPerYear", Integer.class), a.get("settings", Integer.class)),
            AttributeSpec.of("nightsPerYear", COUNT, false, null, ShortBreaks.class, ShortBreaks::nightsPerYear),
            AttributeSpec.of("settings", COUNT, false, null, ShortBreaks.class, ShortBreaks::settings)),
    PLAN_ENDED(PlanEnded.class,
            (r, d, a) -> new PlanEnded(r, d, a.require("reason", ClosureReason.class), viewsOf(a)),
            AttributeSpec.ofRecorded("reason", CODE, true, ClosureReason.class, PlanEnded.class, PlanEnded::reason),
            AttributeSpec.of("views", CODES, false, ClosureView.class, PlanEnded.class, PlanEnded::views)),
    /**
     * Not a case-file type: every {@link DeclaredEvent}, of a type a policy declares, has this type;
     * its {@link DeclaredEvent#declaredType()} says which. {@link #fromCode} never answers it, and
     * {@link #national()} leaves it out.
     */
    DECLARED(DeclaredEvent.class, (r, d, a) -> {
        throw new IllegalArgumentException("a declared event is built by its DeclaredEventType");
    });

    private static final List<EventType> NATIONAL = java.util.Arrays.stream(values()).filter(t -> t != DECLARED).toList();

    /** Builds an event of one type from its typed attribute values. */
    @FunctionalInterface
    interface Factory {
        CaseEvent create(EventRef ref, LocalDate date, Attributes attributes);
    }

    private final Class<? extends CaseEvent> eventClass;
    private final Factory factory;
    private final List<AttributeSpec> attributes;

    EventType(Class<? extends CaseEvent> eventClass, Factory factory, AttributeSpec... attributes) {
        this.eventClass = eventClass;
        this.factory = factory;
        this.attributes = List.of(attributes);
    }

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    @Override
    public EventType eventType() {
        return this;
    }

    /** The record class of events of this type. */
    public Class<? extends CaseEvent> eventClass() {
        return eventClass;
    }

    /** The attributes events of this type take, in contract order. */
    @Override
    public List<AttributeSpec> attributes() {
        return attributes;
    }

    /** The attribute called {@code name}, if this type has one. */
    @Override
    public Optional<AttributeSpec> attribute(String name) {
        for (AttributeSpec spec : attributes) {
            if (spec.name().equals(name)) {
                return Optional.of(spec);
            }
        }
        return Optional.empty();
    }

    /** The event type whose case-file code is {@code code}. */
    public static Optional<EventType> fromCode(String code) {
        return Coded.parse(EventType.class, code).filter(t -> t != DECLARED);
    }

    /** The national (case-file) event types: every type but {@link #DECLARED}, in contract order. */
    public static List<EventType> national() {
        return NATIONAL;
    }

    /**
     * Builds an event of this type from typed attribute values (a case-file reader checks them
     * against {@link #attributes()} first).
     *
     * @throws IllegalArgumentException when a required attribute is missing
     */
    public CaseEvent create(EventRef ref, LocalDate date, Attributes values) {
        return factory.create(ref, date, values);
    }

    @SuppressWarnings("unchecked")
    private static Optional<Set<ClosureView>> viewsOf(Attributes a) {
        return a.get("views", Set.class).map(s -> (Set<ClosureView>) s);
    }

    @SuppressWarnings("unchecked")
    private static Optional<Set<PlanElementCode>> elementsOf(Attributes a) {
        return a.get("elements", Set.class).map(s -> (Set<PlanElementCode>) s);
    }
}
