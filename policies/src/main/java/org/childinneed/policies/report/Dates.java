package org.childinneed.policies.report;

/** Spans as people read them in reports (dates: {@link org.childinneed.model.text.English#date}). */
final class Dates {

    private Dates() {
    }

    /** "1 day" or "12 days". */
    static String days(long n) {
        return n + (n == 1 ? " day" : " days");
    }
}
