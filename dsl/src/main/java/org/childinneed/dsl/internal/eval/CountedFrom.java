package org.childinneed.dsl.internal.eval;

import java.time.LocalDate;
import org.childinneed.model.event.CaseEvent;

/**
 * The date a trigger is counted from: a date the event records ({@code counted from notified}), or
 * the later or earlier of two ({@code the later of date and notified}, where a null reader is the
 * event's own date). A date the event does not record is passed over; with none, the event's date.
 */
final class CountedFrom {

    private final AttributeReader[] dates;
    private final boolean later;

    CountedFrom(AttributeReader[] dates, boolean later) {
        this.dates = dates;
        this.later = later;
    }

    LocalDate date(CaseEvent anchor) {
        LocalDate chosen = null;
        for (AttributeReader reader : dates) {
            LocalDate date = reader == null ? anchor.date() : reader.read(anchor) instanceof LocalDate d ? d : null;
            if (date != null && (chosen == null || (later ? date.isAfter(chosen) : date.isBefore(chosen)))) {
                chosen = date;
            }
        }
        return chosen == null ? anchor.date() : chosen;
    }

    /** How the trigger date was chosen, or "" when it is the event's own date and nothing was compared. */
    String words(CaseEvent anchor, LocalDate from) {
        if (dates.length == 1) {
            return from.equals(anchor.date()) ? "" : "; counted from its " + dates[0].name() + " date, " + Words.date(from);
        }
        return "; counted from the " + (later ? "later" : "earlier") + " of " + name(dates[0], anchor) + " and "
                + name(dates[1], anchor) + ": " + Words.date(from);
    }

    /** "its date (Mon 1 Feb 2027)", "its notified date (none recorded)". */
    private static String name(AttributeReader reader, CaseEvent anchor) {
        if (reader == null) {
            return "its date (" + Words.date(anchor.date()) + ")";
        }
        Object date = reader.read(anchor);
        return "its " + reader.name() + " date (" + (date instanceof LocalDate d ? Words.date(d) : "none recorded") + ")";
    }
}
