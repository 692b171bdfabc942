package org.childinneed.dsl.internal.eval;

import java.util.HashMap;
import java.util.Map;
import org.childinneed.model.event.CaseEvent;

/**
 * The events matching a {@code referring to it} pattern in one case, each linked to the next that
 * refers to the same event: what refers to an event is found without gathering a list for each
 * event referred to. Most events are referred to once, so a chain is usually one long.
 */
final class Referring {

    private final Matches matches;
    /** The index of the first match referring to each event, by the referred event's id. */
    private final Map<String, Integer> firsts;
    /** For each match, the index of the next referring to the same event; -1 for the last. */
    private final int[] next;

    /** Links {@code matches} by the event each refers to, read by {@code reference}. */
    Referring(Matches matches, AttributeReader reference) {
        this.matches = matches;
        this.next = new int[matches.size()];
        this.firsts = new HashMap<>();
        // From the last to the first, so that each chain runs in timeline order.
        for (int i = matches.size() - 1; i >= 0; i--) {
            if (reference.read(matches.get(i)) instanceof String target) {
                Integer following = firsts.put(target, i);
                next[i] = following == null ? -1 : following;
            }
        }
    }

    Matches matches() {
        return matches;
    }

    /**
     * The index among {@link #matches()} of the first match referring to {@code target} with key
     * in {@code [from, to]} other than {@code except}; -1 if none.
     */
    int firstBetween(String target, long from, long to, CaseEvent except) {
        Integer first = firsts.get(target);
        for (int i = first == null ? -1 : first; i >= 0 && matches.key(i) <= to; i = next[i]) {
            if (matches.key(i) >= from && matches.get(i) != except) {
                return i;
            }
        }
        return -1;
    }

    /** As {@link #firstBetween}, the index of the last such match; -1 if none. */
    int lastBetween(String target, long from, long to, CaseEvent except) {
        int last = -1;
        Integer first = firsts.get(target);
        for (int i = first == null ? -1 : first; i >= 0 && matches.key(i) <= to; i = next[i]) {
            if (matches.key(i) >= from && matches.get(i) != except) {
                last = i;
            }
        }
        return last;
    }
}
