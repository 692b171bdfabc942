package org.childinneed.dsl.eval;

import java.time.LocalDate;
import java.util.List;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.event.Meeting;

/** Plain words for explanations and messages: dates, events, lists. Ids, codes and dates only. */
final class Words {

    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private Words() {
    }

    /** "Thu 17 Dec 2026". */
    static String date(LocalDate date) {
        return dayMonth(date) + " " + date.getYear();
    }

    /** "Fri 25 Dec". */
    static String dayMonth(LocalDate date) {
        return DAYS[date.getDayOfWeek().ordinal()] + " " + date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1];
    }

    /** "a, b and c". */
    static String and(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** "meeting m1 on Wed 6 Jan 2027". */
    static String event(CaseEvent event) {
        return event.type().code() + " " + event.ref().label() + " on " + date(event.date());
    }

    /** What a message calls an event: "initial meeting", "plan ended". */
    static String noun(CaseEvent event) {
        if (event instanceof Meeting meeting) {
            return meeting.meetingType().code() + " meeting";
        }
        return event.type().code().replace('-', ' ');
    }

    /** "1 working day", "3 days". */
    static String count(long amount, String singular, String plural) {
        return amount + " " + (amount == 1 ? singular : plural);
    }
}
