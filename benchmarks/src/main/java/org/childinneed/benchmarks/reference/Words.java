package org.childinneed.benchmarks.reference;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.childinneed.model.event.CaseEvent;

/** Dates, events and lists as explanations write them. */
final class Words {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

    private Words() {
    }

    static String date(LocalDate date) {
        return DAY.format(date);
    }

    /** {@code meeting m1 on Wed 6 Jan 2027}. */
    static String event(CaseEvent event) {
        return event.type().code() + " " + event.ref().label() + " on " + date(event.date());
    }

    /** {@code Fri 25 Dec, Mon 28 Dec and Fri 1 Jan}. */
    static String list(List<LocalDate> days) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < days.size(); i++) {
            if (i > 0) {
                out.append(i == days.size() - 1 ? " and " : ", ");
            }
            out.append(SHORT_DAY.format(days.get(i)));
        }
        return out.toString();
    }
}
