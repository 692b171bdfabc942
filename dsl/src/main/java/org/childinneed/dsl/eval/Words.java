package org.childinneed.dsl.eval;

import org.childinneed.model.text.English;
import java.time.LocalDate;
import java.util.List;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.event.EventType;
import org.childinneed.model.event.Meeting;

/** Plain words for explanations and messages: dates, events, lists. Ids, codes and dates only. */
final class Words {

    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    /** The dates reports name most, formatted once: racy but safe, as strings are immutable. */
    private static final long CACHED_FROM = LocalDate.of(1990, 1, 1).toEpochDay();
    private static final String[] DATES = new String[(int) (LocalDate.of(2100, 12, 31).toEpochDay() - CACHED_FROM + 1)];
    private static final String[] TYPE_CODES = java.util.Arrays.stream(EventType.values()).map(EventType::code)
            .toArray(String[]::new);

    private Words() {
    }

    /** "Thu 17 Dec 2026". */
    static String date(LocalDate date) {
        long i = date.toEpochDay() - CACHED_FROM;
        if (i < 0 || i >= DATES.length) {
            return dayMonth(date) + " " + date.getYear();
        }
        String cached = DATES[(int) i];
        if (cached == null) {
            cached = dayMonth(date) + " " + date.getYear();
            DATES[(int) i] = cached;
        }
        return cached;
    }

    /** The case-file code of an event type, without recomputing it. */
    static String code(EventType type) {
        return TYPE_CODES[type.ordinal()];
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
        return typeCode(event) + " " + event.ref().label() + " on " + date(event.date());
    }

    /** What a message calls an event: "initial meeting", "plan ended". */
    static String noun(CaseEvent event) {
        if (event instanceof Meeting meeting) {
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
