package org.childinneed.model.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.childinneed.model.child.Child;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.event.EventRef;

/**
 * Builds a {@link CaseRecord} in code, numbering its events in the order they are added, as a case
 * file's {@code events} array does:
 * <pre>{@code
 * CaseRecord record = CaseRecord.builder("K-0001", child)
 *         .event("a1", ref -> new AssessmentCompleted(ref, LocalDate.of(2026, 12, 17), AssessmentOutcome.IN_NEED))
 *         .event(ref -> new Visit(ref, LocalDate.of(2027, 1, 20)))
 *         .build();
 * }</pre>
 * Not thread-safe; {@link #build()} may be called more than once.
 */
public final class CaseRecordBuilder {

    private final String caseId;
    private final Child child;
    private final List<CaseEvent> events = new ArrayList<>();

    CaseRecordBuilder(String caseId, Child child) {
        this.caseId = Objects.requireNonNull(caseId, "case is required");
        this.child = Objects.requireNonNull(child, "child is required");
    }

    /**
     * Adds an event with id {@code id}.
     *
     * @param id the event's id, by which other events and reports name it
     * @param event makes the event from the reference this builder assigns
     * @return this builder
     */
    public CaseRecordBuilder event(String id, Function<EventRef, ? extends CaseEvent> event) {
        return add(EventRef.of(events.size(), Objects.requireNonNull(id, "id")), event);
    }

    /**
     * Adds an event without an id (reports name it {@code #N}, its index).
     *
     * @param event makes the event from the reference this builder assigns
     * @return this builder
     */
    public CaseRecordBuilder event(Function<EventRef, ? extends CaseEvent> event) {
        return add(EventRef.at(events.size()), event);
    }

    /**
     * The record of the events added so far.
     *
     * @return the record
     * @throws InvalidCaseException when ids repeat or a {@code meetingRef} names no meeting
     */
    public CaseRecord build() {
        return new CaseRecord(caseId, child, events);
    }

    private CaseRecordBuilder add(EventRef ref, Function<EventRef, ? extends CaseEvent> factory) {
        CaseEvent event = Objects.requireNonNull(factory.apply(ref), "the event factory answered null");
        if (!event.ref().equals(ref)) {
            throw new IllegalArgumentException("the event must carry the reference the builder gave it: "
                    + ref.describe() + ", not " + event.ref().describe());
        }
        events.add(event);
        return this;
    }
}
