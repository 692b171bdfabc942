package org.childinneed.dsl.internal.eval;

import org.childinneed.model.text.English;
import java.time.LocalDate;
import java.util.List;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.event.EventType;
import org.childinneed.model.event.Meeting;

/** Plain words for explanations and messages: dates, events, lists. Ids, codes and dates only. */
final class Words {

    private static final String[] TYPE_CODES = java.util.Arrays.stream(EventType.values()).map(EventType::code)
            .toArray(String[]::new);

    private Words() {
    }

    /** "Thu 17 Dec 2026" ({@link English#date}). */
    static String date(LocalDate date) {
        return English.date(date);
    }

    /** The case-file code of an event type, without recomputing it. */
    static String code(EventType type) {
        return TYPE_CODES[type.ordinal()];
    }

    /** "Fri 25 Dec" ({@link English#dayMonth}). */
    static String dayMonth(LocalDate date) {
        return English.dayMonth(date);
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
        return typeCode(event) + " " + event.ref().label() + " on " + date(event.date());
    }

    /** What a message calls an event: "initial meeting", "plan ended". */
    static String noun(CaseEvent event) {
        if (org.childinneed.model.event.ExtendedEvent.national(event) instanceof Meeting meeting) {
            return meeting.meetingType().code() + " meeting";
        }
        return typeCode(event).replace('-', ' ');
    }

    /** The code of an event's type: a declared event's declared code. */
    static String typeCode(CaseEvent event) {
        return event.type() == EventType.DECLARED ? event.typeCode() : code(event.type());
    }

    /** "1 working day", "3 days". */
    static String count(long amount, String singular, String plural) {
        return amount + " " + (amount == 1 ? singular : plural);
    }

    /** "1st", "2nd", "11th", "18th", "23rd". */
    static String ordinal(int n) {
        return English.ordinal(n);
    }
}
