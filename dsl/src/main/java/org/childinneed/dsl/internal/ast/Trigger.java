package org.childinneed.dsl.internal.ast;

import java.util.List;
import java.util.Optional;

/**
 * What starts an obligation: {@code when assessment-completed with outcome in-need}, optionally
 * {@code counted from} a date attribute of that event instead of its own date, or from the later
 * (earlier) of two dates.
 *
 * @param patterns the events that start it
 * @param countedFrom the date to count from, when not the event's date
 * @param pos where it was written
 */
public record Trigger(List<Pattern> patterns, Optional<CountedFrom> countedFrom, Position pos) implements Node {

    public Trigger {
        patterns = List.copyOf(patterns);
    }

    /**
     * {@code counted from notified}, or {@code counted from the later of date and notified}: the
     * name {@code date} is the event's own date, any other a date attribute of the event.
     *
     * @param dates the one date, or the two compared
     * @param later with two dates, whether the later counts (else the earlier)
     * @param pos where it was written
     */
    public record CountedFrom(List<Name> dates, boolean later, Position pos) implements Node {

        /** The name that stands for the event's own date. */
        public static final String OWN_DATE = "date";

        public CountedFrom {
            dates = List.copyOf(dates);
        }

        /** "notified", or "the later of date and notified". */
        public String words() {
            return dates.size() == 1 ? dates.get(0).text() : "the " + (later ? "later" : "earlier") + " of "
                    + dates.get(0).text() + " and " + dates.get(1).text();
        }
    }
}
