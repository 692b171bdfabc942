package org.childinneed.model.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.childinneed.model.child.Child;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.event.EventType;

/**
 * One child's case as recorded: an identifier, the child, and what happened, in file order.
 * Construction checks that event ids are unique and that every {@code meetingRef} names a
 * meeting in the case, and reports every problem at once.
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
        List<CaseProblem> problems = problemsOf(events);
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

    private static List<CaseProblem> problemsOf(List<CaseEvent> events) {
        List<CaseProblem> problems = new ArrayList<>();
        Map<String, CaseEvent> byId = new HashMap<>();
        for (CaseEvent event : events) {
            Optional<String> id = event.ref().id();
            if (id.isPresent() && byId.putIfAbsent(id.get(), event) != null) {
                problems.add(CaseProblem.at(event.ref(), "id", "duplicate id; first used by "
                        + byId.get(id.get()).ref().describe()));
            }
        }
        for (CaseEvent event : events) {
            event.attribute("meetingRef").map(String.class::cast).ifPresent(ref -> {
                CaseEvent target = byId.get(ref);
                if (target == null) {
                    problems.add(CaseProblem.at(event.ref(), "meetingRef", "no event has this id"));
                } else if (target.type() != EventType.MEETING) {
                    String code = target.type().code();
                    problems.add(CaseProblem.at(event.ref(), "meetingRef", "refers to " + target.ref().describe()
                            + ("aeiou".indexOf(code.charAt(0)) >= 0 ? ", an " : ", a ") + code + ", not a meeting"));
                }
            });
        }
        return problems;
    }
}
