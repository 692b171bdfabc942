package org.childinneed.model.timeline;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.childinneed.model.event.EventRef;
import java.util.Objects;
import org.childinneed.model.child.Child;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.problem.Problem;

/**
 * One child's case as recorded: an identifier, the child, and what happened, in file order.
 * Construction holds the record to {@link CaseRules}: event ids are unique and every
 * {@code meetingRef} names a meeting of the case held on or before the referring event; every
 * problem is reported at once.
 *
 * @param caseId the case identifier
 * @param child the child
 * @param events the events, in the order of the case file
 * @param times the time of day of the events whose case file records one (its optional {@code time}),
 *     by event; most events have none, and only an obligation counted in hours reads them
 */
public record CaseRecord(String caseId, Child child, List<CaseEvent> events, Map<EventRef, LocalTime> times) {

    public CaseRecord {
        Objects.requireNonNull(caseId, "case is required");
        Objects.requireNonNull(child, "child is required");
        events = List.copyOf(Objects.requireNonNull(events, "events is required"));
        times = Map.copyOf(Objects.requireNonNull(times, "times"));
        List<Problem> problems = CaseRules.problemsOf(events);
        if (!problems.isEmpty()) {
            throw new InvalidCaseException(caseId, problems);
        }
    }

    /** A case whose events record no time of day. */
    public CaseRecord(String caseId, Child child, List<CaseEvent> events) {
        this(caseId, child, events, Map.of());
    }

    /** The time of day {@code event} happened, if the case file records it. */
    public Optional<LocalTime> timeOf(CaseEvent event) {
        return times.isEmpty() ? Optional.empty() : Optional.ofNullable(times.get(event.ref()));
    }

    /**
     * A builder that numbers the events in the order they are added.
     *
     * @param caseId the case identifier
     * @param child the child
     * @return an empty builder
     */
    public static CaseRecordBuilder builder(String caseId, Child child) {
        return new CaseRecordBuilder(caseId, child);
    }

    /** The case's events in date order (file order within a day), as a timeline. */
    public Timeline timeline() {
        return Timeline.of(this);
    }
}
