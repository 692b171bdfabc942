package org.childinneed.benchmarks.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.event.CaseNote;
import org.childinneed.model.event.DecisionSubject;
import org.childinneed.model.event.DeclaredEvent;
import org.childinneed.model.event.ManagementDecision;
import org.childinneed.model.event.Meeting;
import org.childinneed.model.event.MinutesDistributed;
import org.childinneed.model.event.PlanAuthorised;
import org.childinneed.model.event.PlanStarted;
import org.childinneed.model.event.ShortBreaks;
import org.childinneed.model.meeting.Role;
import org.childinneed.model.timeline.Timeline;

/**
 * One case as of a date, indexed in a single pass for the Kent rules: the events each rule looks
 * for, in timeline order, and for each meeting the first case note, authorisation and minutes that
 * refer to it.
 */
final class KentCase {

    final Timeline timeline;
    final ByDate<Meeting> meetings;
    final ByDate<Meeting> initialMeetings;
    final ByDate<Meeting> transferInOrInitialMeetings;
    final ByDate<Meeting> reviewMeetings;
    final ByDate<CaseEvent> visits;
    final ByDate<CaseEvent> planEnds;
    final ByDate<CaseEvent> referralDecisions;
    final ByDate<CaseEvent> assessmentsCompleted;
    /** Assessments started: an initial meeting since the last one meets KEN-01. */
    final ByDate<CaseEvent> assessmentsStarted;
    /** Reviews that record an outcome: the latest decides whether a closure was decided (KEN-18). */
    final ByDate<Meeting> decidingReviews;
    /** Team Manager decisions with a rationale (KEN-24). */
    final ByDate<ManagementDecision> managersReasons;
    final ByDate<CaseEvent> receivingAuthorityNotices;
    final ByDate<CaseEvent> transferInformation;
    /** Case summaries and chronologies completed (KEN-23). */
    final ByDate<CaseEvent> caseSummaries;
    final ByDate<CaseEvent> chronologies;
    /** Formal letters of closure sent, an event type kent.cin declares (KENX-02). */
    final ByDate<CaseEvent> closureLetters;
    /** Short breaks of more than 75 nights a year or in more than 2 settings (KEN-13). */
    final ByDate<ShortBreaks> overnightShortBreaks;
    /** Team-manager closure rationales (KEN-15). */
    final ByDate<ManagementDecision> closureRationales;
    /** Decisions by an assistant director, and decisions with a rationale (KEN-19). */
    final ByDate<ManagementDecision> directorsDecisions;
    final ByDate<ManagementDecision> reasonedDecisions;
    final Map<String, CaseEvent> caseNotes = new HashMap<>();
    final Map<String, CaseEvent> authorisations = new HashMap<>();
    final Map<String, CaseEvent> minutes = new HashMap<>();
    /**
     * For each plan that has ended, what ended it: its plan-ended, or the next plan-started, which
     * supersedes it.
     */
    final Map<PlanStarted, CaseEvent> planEndings = new IdentityHashMap<>();

    KentCase(Timeline timeline) {
        this.timeline = timeline;
        List<Meeting> all = new ArrayList<>();
        List<Meeting> initial = new ArrayList<>();
        List<Meeting> transferIn = new ArrayList<>();
        List<Meeting> reviews = new ArrayList<>();
        List<CaseEvent> visitList = new ArrayList<>();
        List<CaseEvent> ends = new ArrayList<>();
        List<CaseEvent> decided = new ArrayList<>();
        List<CaseEvent> completed = new ArrayList<>();
        List<CaseEvent> started = new ArrayList<>();
        List<Meeting> deciding = new ArrayList<>();
        List<ManagementDecision> managers = new ArrayList<>();
        List<CaseEvent> notices = new ArrayList<>();
        List<CaseEvent> information = new ArrayList<>();
        List<CaseEvent> summaries = new ArrayList<>();
        List<CaseEvent> chronologyList = new ArrayList<>();
        List<CaseEvent> letters = new ArrayList<>();
        List<ShortBreaks> overnight = new ArrayList<>();
        List<ManagementDecision> rationales = new ArrayList<>();
        List<ManagementDecision> directors = new ArrayList<>();
        List<ManagementDecision> reasoned = new ArrayList<>();
        Map<String, Meeting> byId = new HashMap<>();
        List<CaseEvent> followUps = new ArrayList<>();
        PlanStarted open = null;
        for (CaseEvent event : timeline.events()) {
            switch (event.type()) {
                case PLAN_STARTED -> {
                    if (open != null) {
                        planEndings.put(open, event);
                    }
                    open = (PlanStarted) event;
                }
                case MEETING -> {
                    Meeting m = (Meeting) event;
                    all.add(m);
                    m.ref().id().ifPresent(id -> byId.put(id, m));
                    switch (m.meetingType()) {
                        case INITIAL -> {
                            initial.add(m);
                            transferIn.add(m);
                        }
                        case TRANSFER_IN -> transferIn.add(m);
                        case REVIEW, EARLY_REVIEW -> {
                            reviews.add(m);
                            if (m.outcome().isPresent()) {
                                deciding.add(m);
                            }
                        }
                    }
                }
                case VISIT -> visitList.add(event);
                case PLAN_ENDED -> {
                    ends.add(event);
                    if (open != null) {
                        planEndings.put(open, event);
                        open = null;
                    }
                }
                case REFERRAL_DECIDED -> decided.add(event);
                case ASSESSMENT_STARTED -> {
                    decided.add(event);
                    started.add(event);
                }
                case ASSESSMENT_COMPLETED -> completed.add(event);
                case RECEIVING_AUTHORITY_NOTIFIED -> notices.add(event);
                case TRANSFER_INFORMATION_SENT -> information.add(event);
                case CASE_SUMMARY_COMPLETED -> summaries.add(event);
                case CHRONOLOGY_COMPLETED -> chronologyList.add(event);
                case DECLARED -> {
                    if (((DeclaredEvent) event).declaredType().code().equals("closure-letters-sent")) {
                        letters.add(event);
                    }
                }
                case SHORT_BREAKS -> {
                    ShortBreaks s = (ShortBreaks) event;
                    if (s.nightsPerYear().orElse(0) > 75 || s.settings().orElse(0) > 2) {
                        overnight.add(s);
                    }
                }
                case MANAGEMENT_DECISION -> {
                    ManagementDecision d = (ManagementDecision) event;
                    boolean reasons = d.rationale().filter(r -> !r.isBlank()).isPresent();
                    if (reasons) {
                        reasoned.add(d);
                        if (d.by().filter(b -> b == Role.TEAM_MANAGER).isPresent()) {
                            managers.add(d);
                        }
                        if (d.about().filter(a -> a == DecisionSubject.CLOSURE_RATIONALE).isPresent()
                                && d.by().filter(b -> b == Role.TEAM_MANAGER).isPresent()) {
                            rationales.add(d);
                        }
                    }
                    if (d.by().filter(b -> b == Role.ASSISTANT_DIRECTOR).isPresent()) {
                        directors.add(d);
                    }
                }
                case CASE_NOTE, PLAN_AUTHORISED, MINUTES_DISTRIBUTED -> followUps.add(event);
                default -> { }
            }
        }
        for (CaseEvent event : followUps) {
            switch (event.type()) {
                case CASE_NOTE -> follows(caseNotes, ((CaseNote) event).meetingRef(), event, byId);
                case PLAN_AUTHORISED -> {
                    PlanAuthorised a = (PlanAuthorised) event;
                    if (a.by().filter(b -> b == Role.TEAM_MANAGER).isPresent()) {   // KEN-09: the Team Manager's only
                        follows(authorisations, a.meetingRef(), event, byId);
                    }
                }
                default -> follows(minutes, ((MinutesDistributed) event).meetingRef(), event, byId);
            }
        }
        meetings = new ByDate<>(all);
        initialMeetings = new ByDate<>(initial);
        transferInOrInitialMeetings = new ByDate<>(transferIn);
        reviewMeetings = new ByDate<>(reviews);
        visits = new ByDate<>(visitList);
        planEnds = new ByDate<>(ends);
        referralDecisions = new ByDate<>(decided);
        assessmentsCompleted = new ByDate<>(completed);
        assessmentsStarted = new ByDate<>(started);
        decidingReviews = new ByDate<>(deciding);
        managersReasons = new ByDate<>(managers);
        receivingAuthorityNotices = new ByDate<>(notices);
        transferInformation = new ByDate<>(information);
        caseSummaries = new ByDate<>(summaries);
        chronologies = new ByDate<>(chronologyList);
        closureLetters = new ByDate<>(letters);
        overnightShortBreaks = new ByDate<>(overnight);
        closureRationales = new ByDate<>(rationales);
        directorsDecisions = new ByDate<>(directors);
        reasonedDecisions = new ByDate<>(reasoned);
    }

    /** Keeps, for each meeting, the first event that refers to it dated on or after it. */
    private static void follows(Map<String, CaseEvent> first, Optional<String> meetingRef, CaseEvent event,
            Map<String, Meeting> meetings) {
        meetingRef.ifPresent(ref -> {
            Meeting meeting = meetings.get(ref);
            if (meeting != null && !event.date().isBefore(meeting.date())) {
                first.putIfAbsent(ref, event);
            }
        });
    }
}
