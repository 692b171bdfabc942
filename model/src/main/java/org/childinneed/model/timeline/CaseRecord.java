package org.childinneed.model.timeline;

import java.util.List;
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
 */
public record CaseRecord(String caseId, Child child, List<CaseEvent> events) {

    public CaseRecord {
        Objects.requireNonNull(caseId, "case is required");
        Objects.requireNonNull(child, "child is required");
        events = List.copyOf(Objects.requireNonNull(events, "events is required"));
        List<Problem> problems = CaseRules.problemsOf(events);
        if (!problems.isEmpty()) {
            throw new InvalidCaseException(caseId, problems);
        }
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
