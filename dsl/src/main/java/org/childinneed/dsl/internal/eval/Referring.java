package org.childinneed.dsl.internal.eval;

import java.util.HashMap;
import java.util.Map;
import org.childinneed.model.event.CaseEvent;

/**
 * The events matching a {@code referring to it} pattern in one case, with the event each refers
 * to. A few (as most cases have) are searched one by one; more are linked each to the next that
 * refers to the same event, so that what refers to an event is found without gathering a list for
 * each event referred to. Most events are referred to once, so a chain is usually one long.
 */
final class Referring {

    /** The most matches searched one by one: a map costs more to build than it saves below it. */
    private static final int FEW = 16;

    private final Matches matches;
    /** The id each match refers to, or null. */
    private final String[] targets;
    /**
     * The hash of each id referred to (0 for none): searched one by one, a match whose hash differs
     * is passed over without comparing the ids' characters.
     */
    private final int[] hashes;
    /** With more than {@link #FEW} matches, the index of the first referring to each event, by its id; else null. */
    private final Map<String, Integer> firsts;
    /** With more than {@link #FEW} matches, for each, the index of the next referring to the same event; -1 for the last. */
    private final int[] next;

    /** Links {@code matches} by the event each refers to, read by {@code reference}. */
    Referring(Matches matches, AttributeReader reference) {
        this.matches = matches;
        int n = matches.size();
        this.targets = new String[n];
        this.hashes = new int[n];
        for (int i = 0; i < n; i++) {
            if (reference.read(matches.get(i)) instanceof String target) {
                targets[i] = target;
                hashes[i] = target.hashCode();
            }
        }
        if (n <= FEW) {
            this.firsts = null;
            this.next = null;
            return;
        }
        this.next = new int[n];
        this.firsts = new HashMap<>(n * 2);
        // From the last to the first, so that each chain runs in timeline order.
        for (int i = n - 1; i >= 0; i--) {
            if (targets[i] != null) {
                Integer following = firsts.put(targets[i], i);
                next[i] = following == null ? -1 : following;
            }
        }
    }

    Matches matches() {
        return matches;
    }

    /** The first match referring to {@code target}, or -1. */
    private int head(String target) {
        if (firsts != null) {
            Integer first = firsts.get(target);
            return first == null ? -1 : first;
        }
        return following(target, -1);
    }

    /** The match after the {@code i}th referring to {@code target}, or -1. */
    private int after(String target, int i) {
        return next != null ? next[i] : following(target, i);
    }

    private int following(String target, int i) {
        int hash = target.hashCode();
        for (int j = i + 1; j < targets.length; j++) {
            if (hashes[j] == hash && target.equals(targets[j])) {
                return j;
            }
        }
        return -1;
    }

    /**
     * The index among {@link #matches()} of the first match referring to {@code target} with key
     * in {@code [from, to]} other than {@code except}; -1 if none.
     */
    int firstBetween(String target, long from, long to, CaseEvent except) {
        for (int i = head(target); i >= 0 && matches.key(i) <= to; i = after(target, i)) {
            if (matches.key(i) >= from && matches.get(i) != except) {
                return i;
            }
        }
        return -1;
    }

    /** As {@link #firstBetween}, the index of the last such match; -1 if none. */
    int lastBetween(String target, long from, long to, CaseEvent except) {
        int last = -1;
        for (int i = head(target); i >= 0 && matches.key(i) <= to; i = after(target, i)) {
            if (matches.key(i) >= from && matches.get(i) != except) {
                last = i;
            }
        }
        return last;
    }
}
