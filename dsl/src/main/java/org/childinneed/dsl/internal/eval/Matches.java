package org.childinneed.dsl.internal.eval;

import java.util.Arrays;
import java.util.List;
import org.childinneed.model.event.CaseEvent;

/** Events matching a pattern in one case, in timeline order, with their keys for binary search. */
final class Matches {

    static final Matches NONE = new Matches(List.of());

    private final CaseEvent[] events;
    private final long[] keys;

    /** {@code events}, copied in one call into an array of their size, then each keyed. */
    Matches(List<CaseEvent> events) {
        this.events = events.toArray(new CaseEvent[events.size()]);
        this.keys = new long[this.events.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = Keys.of(this.events[i]);
        }
    }

    private Matches(CaseEvent[] events, long[] keys) {
        this.events = events;
        this.keys = keys;
    }

    /** Those of these events that {@code pattern} accepts, their keys taken over rather than computed again. */
    Matches filter(java.util.function.Predicate<CaseEvent> pattern) {
        if (events.length > Long.SIZE) {
            return filterMany(pattern);
        }
        // Up to 64 events (a type's events in most cases): which pass is noted bit by bit, so that
        // the arrays are made once, of their size.
        long passed = 0;
        for (int i = 0; i < events.length; i++) {
            if (pattern.test(events[i])) {
                passed |= 1L << i;
            }
        }
        int n = Long.bitCount(passed);
        if (n == 0) {
            return NONE;
        }
        if (n == events.length) {
            return this;
        }
        CaseEvent[] kept = new CaseEvent[n];
        long[] keptKeys = new long[n];
        for (int k = 0; passed != 0; k++, passed &= passed - 1) {
            int i = Long.numberOfTrailingZeros(passed);
            kept[k] = events[i];
            keptKeys[k] = keys[i];
        }
        return new Matches(kept, keptKeys);
    }

    private Matches filterMany(java.util.function.Predicate<CaseEvent> pattern) {
        CaseEvent[] kept = new CaseEvent[events.length];
        long[] keptKeys = new long[events.length];
        int n = 0;
        for (int i = 0; i < events.length; i++) {
            if (pattern.test(events[i])) {
                kept[n] = events[i];
                keptKeys[n++] = keys[i];
            }
        }
        if (n == 0) {
            return NONE;
        }
        return n == events.length ? this : new Matches(Arrays.copyOf(kept, n), Arrays.copyOf(keptKeys, n));
    }

    /**
     * The events of any of {@code parts}, in timeline order, each once: merged by key (one event,
     * one key), each part's keys taken over.
     */
    static Matches union(Matches[] parts) {
        int total = 0;
        for (Matches part : parts) {
            total += part.size();
        }
        CaseEvent[] events = new CaseEvent[total];
        long[] keys = new long[total];
        int[] at = new int[parts.length];
        int n = 0;
        while (true) {
            int next = -1;
            long least = Long.MAX_VALUE;
            for (int p = 0; p < parts.length; p++) {
                if (at[p] < parts[p].keys.length && (next < 0 || parts[p].keys[at[p]] < least)) {
                    next = p;
                    least = parts[p].keys[at[p]];
                }
            }
            if (next < 0) {
                break;
            }
            events[n] = parts[next].events[at[next]];
            keys[n++] = least;
            for (int p = 0; p < parts.length; p++) {
                if (at[p] < parts[p].keys.length && parts[p].keys[at[p]] == least) {
                    at[p]++;
                }
            }
        }
        return n == 0 ? NONE : new Matches(Arrays.copyOf(events, n), Arrays.copyOf(keys, n));
    }

    /** The key of the {@code i}th event. */
    long key(int i) {
        return keys[i];
    }

    int size() {
        return events.length;
    }

    CaseEvent get(int i) {
        return events[i];
    }

    /** The index of the first event whose key is at least {@code key}; {@link #size()} if none. */
    int firstFrom(long key) {
        int lo = 0;
        int hi = keys.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keys[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The index of the first event with key in {@code [from, to]} other than {@code except}; -1 if none. */
    int firstBetween(long from, long to, CaseEvent except) {
        for (int i = firstFrom(from); i < events.length && keys[i] <= to; i++) {
            if (events[i] != except) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the last event with key in {@code [from, to]} other than {@code except}; -1 if none. */
    int lastBetween(long from, long to, CaseEvent except) {
        int i = firstFrom(to == Long.MAX_VALUE ? to : to + 1) - 1;
        for (; i >= 0 && keys[i] >= from; i--) {
            if (events[i] != except) {
                return i;
            }
        }
        return -1;
    }
}
