package org.childinneed.model.timeline;

import org.childinneed.model.text.English;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.event.EventType;
import org.childinneed.model.problem.Location;
import org.childinneed.model.problem.Problem;

/**
 * The rules a case holds as a whole, which no single event shows: every {@link CaseRecord} is held
 * to them, whether read from a file or built in code. The codes are those of the problems they
 * give.
 */
public final class CaseRules {

    /** Two events share an id. */
    public static final String DUPLICATE_ID = "duplicate-id";
    /** A {@code meetingRef} names no event of the case. */
    public static final String MEETING_REF_UNKNOWN = "meeting-ref-unknown";
    /** A {@code meetingRef} names an event that is not a meeting. */
    public static final String MEETING_REF_NOT_A_MEETING = "meeting-ref-not-a-meeting";
    /**
     * A {@code meetingRef} names a meeting dated after the referring event: a note, authorisation,
     * minutes or distribution records a meeting already held, so this is a wrong date or a wrong
     * reference, and would count for nothing.
     */
    public static final String MEETING_REF_LATER = "meeting-ref-later";

    private CaseRules() {
    }

    /**
     * Every problem of {@code events}, in this order: duplicate ids, then references to no event or
     * to an event that is not a meeting, then references to later meetings; each group in file
     * order.
     */
    static List<Problem> problemsOf(List<CaseEvent> events) {
        List<Problem> problems = new ArrayList<>();
        Map<String, CaseEvent> byId = new HashMap<>();
        for (CaseEvent event : events) {
            Optional<String> id = event.ref().id();
            if (id.isPresent() && byId.putIfAbsent(id.get(), event) != null) {
                problems.add(Problem.error(DUPLICATE_ID, Location.ofEvent(event.ref(), "id"),
                        "duplicate id; first used by " + byId.get(id.get()).ref().describe()));
            }
        }
        List<Problem> later = new ArrayList<>();
        for (CaseEvent event : events) {
            Optional<String> ref = event.attribute("meetingRef").filter(String.class::isInstance).map(String.class::cast);
            if (ref.isEmpty()) {
                continue;
            }
            CaseEvent target = byId.get(ref.get());
            Location at = Location.ofEvent(event.ref(), "meetingRef");
            if (target == null) {
                problems.add(Problem.error(MEETING_REF_UNKNOWN, at, "no event has this id"));
            } else if (target.type() != EventType.MEETING) {
                String code = target.typeCode();
                problems.add(Problem.error(MEETING_REF_NOT_A_MEETING, at, "refers to " + target.ref().describe()
                        + ", " + English.article(code) + " " + code + ", not a meeting"));
            } else if (target.date().isAfter(event.date())) {
                later.add(Problem.error(MEETING_REF_LATER, at, "refers to a later meeting: " + target.ref().describe()
                        + " on " + target.date() + ", after this event's date, " + event.date()));
            }
        }
        problems.addAll(later);
        return problems;
    }
}
