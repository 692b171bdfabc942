package org.childinneed.model.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.childinneed.model.child.Child;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.event.EventType;
import org.childinneed.model.event.PlanEnded;
import org.childinneed.model.event.PlanStarted;

/**
 * A case's events in date order (file order within a day), indexed by type and id. Immutable and
 * safe to share between threads.
 */
public final class Timeline {

    /** By date, then place in the case file. */
    private static final Comparator<CaseEvent> CHRONOLOGICAL = (a, b) -> {
        int c = a.date().compareTo(b.date());
        return c != 0 ? c : Integer.compare(a.ref().index(), b.ref().index());
    };

    private final CaseRecord record;
    private final List<CaseEvent> events;
    private final Map<EventType, List<CaseEvent>> byType;
    private final Map<String, CaseEvent> byId;

    private final int highestIndex;

    private Timeline(CaseRecord record, List<CaseEvent> chronological) {
        this.record = record;
        this.events = Collections.unmodifiableList(chronological);
        Map<EventType, List<CaseEvent>> types = new EnumMap<>(EventType.class);
        Map<String, CaseEvent> ids = new HashMap<>();
        int highest = -1;
        for (CaseEvent event : chronological) {
            types.computeIfAbsent(event.type(), t -> new ArrayList<>()).add(event);
            event.ref().id().ifPresent(id -> ids.put(id, event));
            highest = Math.max(highest, event.ref().index());
        }
        this.highestIndex = highest;
        types.replaceAll((t, list) -> Collections.unmodifiableList(list));
        this.byType = types;
        this.byId = ids;
    }

    /** The timeline of a case record. */
    public static Timeline of(CaseRecord record) {
        List<CaseEvent> sorted = new ArrayList<>(record.events());
        if (!inOrder(sorted)) {
            sorted.sort(CHRONOLOGICAL);
        }
        return new Timeline(record, sorted);
    }

    /** Whether {@code events} are in timeline order already, as most case files write them. */
    private static boolean inOrder(List<CaseEvent> events) {
        for (int i = 1; i < events.size(); i++) {
            if (CHRONOLOGICAL.compare(events.get(i - 1), events.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    /** The same case as known on {@code asOf}: only events dated on or before it. */
    public Timeline asOf(LocalDate asOf) {
        int end = events.size();
        while (end > 0 && events.get(end - 1).date().isAfter(asOf)) {
            end--;
        }
        return end == events.size() ? this : new Timeline(record, new ArrayList<>(events.subList(0, end)));
    }

    /** The highest index of its events (their places in the case file, from 0); -1 when it has none. */
    public int highestIndex() {
        return highestIndex;
    }

    /** The case identifier. */
    public String caseId() {
        return record.caseId();
    }

    /** The time of day {@code event} happened, if its case file records one. */
    public Optional<java.time.LocalTime> timeOf(CaseEvent event) {
        return record.timeOf(event);
    }

    /** The child. */
    public Child child() {
        return record.child();
    }

    /** All events, in date order. */
    public List<CaseEvent> events() {
        return events;
    }

    /** The events of one type, in date order. */
    public List<CaseEvent> ofType(EventType type) {
        return byType.getOrDefault(type, List.of());
    }

    /** The events of one record class, in date order. */
    public <E extends CaseEvent> List<E> ofType(Class<E> eventClass) {
        for (EventType type : EventType.values()) {
            if (type.eventClass() == eventClass) {
                return ofType(type).stream().map(eventClass::cast).toList();
            }
        }
        return List.of();
    }

    /** The event with id {@code id}. */
    public Optional<CaseEvent> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The plans of the case, in date order. A {@code plan-started} while a plan is open supersedes
     * it; a {@code plan-ended} with no plan open ends nothing.
     */
    public List<Plan> plans() {
        List<Plan> plans = new ArrayList<>();
        PlanStarted open = null;
        for (CaseEvent written : planEvents()) {
            CaseEvent event = org.childinneed.model.event.ExtendedEvent.national(written);
            if (event instanceof PlanStarted started) {
                if (open != null) {
                    plans.add(new Plan(open, Optional.empty(), Optional.of(started)));
                }
                open = started;
            } else if (event instanceof PlanEnded ended && open != null) {
                plans.add(new Plan(open, Optional.of(ended), Optional.empty()));
                open = null;
            }
        }
        if (open != null) {
            plans.add(new Plan(open, Optional.empty(), Optional.empty()));
        }
        return List.copyOf(plans);
    }

    /** The plan-started and plan-ended events, in timeline order: the two types' lists merged. */
    private List<CaseEvent> planEvents() {
        List<CaseEvent> started = ofType(EventType.PLAN_STARTED);
        List<CaseEvent> ended = ofType(EventType.PLAN_ENDED);
        List<CaseEvent> merged = new ArrayList<>(started.size() + ended.size());
        int i = 0;
        int j = 0;
        while (i < started.size() || j < ended.size()) {
            boolean nextStarted = j == ended.size()
                    || i < started.size() && CHRONOLOGICAL.compare(started.get(i), ended.get(j)) < 0;
            merged.add(nextStarted ? started.get(i++) : ended.get(j++));
        }
        return merged;
    }

    /** The plan open on {@code date}, if any. */
    public Optional<Plan> planOpenOn(LocalDate date) {
        return plans().stream().filter(p -> p.isOpenOn(date)).reduce((first, later) -> later);
    }

    /** The number of events. */
    public int size() {
        return events.size();
    }
}
