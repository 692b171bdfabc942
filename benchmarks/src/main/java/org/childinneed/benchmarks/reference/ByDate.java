package org.childinneed.benchmarks.reference;

import java.time.LocalDate;
import java.util.List;
import org.childinneed.model.event.CaseEvent;

/**
 * Events of one kind in timeline order (by date, then by place in the case file), searched in
 * logarithmic time.
 */
final class ByDate<E extends CaseEvent> {

    private final List<E> events;

    ByDate(List<E> events) {
        this.events = events;
    }

    int size() {
        return events.size();
    }

    E get(int i) {
        return events.get(i);
    }

    /** The index of the first event dated on or after {@code date}; {@link #size()} when none is. */
    int indexOnOrAfter(LocalDate date) {
        return lowerBound(date, -1);
    }

    /** The index of the first event at or after {@code event} in timeline order. */
    int indexAtOrAfter(CaseEvent event) {
        return lowerBound(event.date(), event.ref().index() - 1);
    }

    /** The index of the first event after {@code event} in timeline order. */
    int indexAfter(CaseEvent event) {
        return lowerBound(event.date(), event.ref().index());
    }

    /** The last event before {@code event} in timeline order, or null. */
    E lastBefore(CaseEvent event) {
        int i = indexAtOrAfter(event) - 1;
        return i >= 0 ? events.get(i) : null;
    }

    /** The first event after {@code event} in timeline order, or null. */
    E firstAfter(CaseEvent event) {
        int i = indexAfter(event);
        return i < events.size() ? events.get(i) : null;
    }

    /** The first event from {@code from} (timeline order, inclusive; null for the start of the case) dated on or before {@code until}, or null. */
    E firstBetween(CaseEvent from, LocalDate until) {
        int i = from == null ? 0 : indexAtOrAfter(from);
        return i < events.size() && !events.get(i).date().isAfter(until) ? events.get(i) : null;
    }

    /** The first index whose event is after (date, index) in timeline order. */
    private int lowerBound(LocalDate date, int index) {
        int low = 0;
        int high = events.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            E e = events.get(mid);
            int c = e.date().compareTo(date);
            if (c < 0 || c == 0 && e.ref().index() <= index) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
