package org.childinneed.benchmarks.reference;

import java.time.LocalDate;
import java.util.List;
import org.childinneed.model.event.CaseEvent;

/** Dates, events and lists as explanations write them: {@code Thu 17 Dec 2026}. */
final class Words {

    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private Words() {
    }

    /** {@code Thu 17 Dec 2026}. */
    static String date(LocalDate date) {
        return dayAndMonth(date) + " " + date.getYear();
    }

    /** {@code Fri 25 Dec}. */
    static String dayAndMonth(LocalDate date) {
        return DAYS[date.getDayOfWeek().ordinal()] + " " + date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1];
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
            out.append(dayAndMonth(days.get(i)));
        }
        return out.toString();
    }
}
