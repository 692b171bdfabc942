package org.childinneed.benchmarks.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.childinneed.model.child.Child;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.event.EventRef;
import org.childinneed.model.timeline.CaseRecord;

/**
 * Events of a case being drafted, in any order; {@link #toRecord} writes them to a case file in
 * date order (drafting order within a day), {@link #toShuffledRecord} in random order, numbering
 * them as a case-file reader would.
 */
final class CaseDraft {

    private record Pending(LocalDate date, int sequence, Optional<String> id, BiFunction<EventRef, LocalDate, CaseEvent> make) {
    }

    private final List<Pending> pending = new ArrayList<>();
    private final List<String> meetingIds = new ArrayList<>();
    private final List<LocalDate> meetingDates = new ArrayList<>();

    /** Adds an event without an id. */
    void add(LocalDate date, BiFunction<EventRef, LocalDate, CaseEvent> make) {
        pending.add(new Pending(date, pending.size(), Optional.empty(), make));
    }

    /** Adds a meeting under a fresh id ({@code m1}, {@code m2} ...) and returns that id. */
    String addMeeting(LocalDate date, BiFunction<EventRef, LocalDate, CaseEvent> make) {
        String id = "m" + (meetingIds.size() + 1);
        meetingIds.add(id);
        meetingDates.add(date);
        pending.add(new Pending(date, pending.size(), Optional.of(id), make));
        return id;
    }

    /** The ids of the meetings drafted so far. */
    List<String> meetingIds() {
        return meetingIds;
    }

    /**
     * The ids of the meetings drafted so far that are held on or before {@code date}: those a
     * note, authorisation or minutes of that date may refer to.
     */
    List<String> meetingIdsOnOrBefore(LocalDate date) {
        List<String> held = new ArrayList<>();
        for (int i = 0; i < meetingIds.size(); i++) {
            if (!meetingDates.get(i).isAfter(date)) {
                held.add(meetingIds.get(i));
            }
        }
        return held;
    }

    /** The number of events drafted so far. */
    int size() {
        return pending.size();
    }

    /** The case file: events in date order, each knowing its index and id. */
    CaseRecord toRecord(String caseId, Child child) {
        return toRecord(caseId, child, pending.size());
    }

    /** The case file of the {@code limit} earliest events. */
    CaseRecord toRecord(String caseId, Child child, int limit) {
        List<Pending> ordered = new ArrayList<>(pending);
        ordered.sort(Comparator.comparing(Pending::date).thenComparingInt(Pending::sequence));
        return write(caseId, child, ordered.subList(0, Math.min(limit, ordered.size())));
    }

    /** The case file with its events in random order, as a file may list them. */
    CaseRecord toShuffledRecord(String caseId, Child child, SplittableRandom random) {
        List<Pending> shuffled = new ArrayList<>(pending);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            Collections.swap(shuffled, i, random.nextInt(i + 1));
        }
        return write(caseId, child, shuffled);
    }

    private static CaseRecord write(String caseId, Child child, List<Pending> inFileOrder) {
        List<CaseEvent> events = new ArrayList<>(inFileOrder.size());
        for (Pending p : inFileOrder) {
            events.add(p.make().apply(new EventRef(events.size(), p.id()), p.date()));
        }
        return new CaseRecord(caseId, child, events);
    }
}
