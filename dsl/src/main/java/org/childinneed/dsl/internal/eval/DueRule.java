package org.childinneed.dsl.internal.eval;

import java.time.LocalDate;
import org.childinneed.dsl.internal.ast.TimeUnit;
import org.childinneed.model.calendar.WorkingDays;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.event.CaseEvent;

/** When an occurrence falls due, counted from its trigger date. */
sealed interface DueRule {

    /** The first day on which it may be satisfied, or null when any day from the trigger counts. */
    LocalDate earliest(LocalDate from, WorkingDays workingDays);

    /** The last day on which it is met in time. */
    LocalDate due(LocalDate from, WorkingDays workingDays);

    /** How the dates were computed, in words. */
    String explain(LocalDate from, WorkingDays workingDays);

    /** Whether the dates were counted in working days past the bank-holiday data (a caveat of the report). */
    default boolean pastHolidayData(LocalDate from, WorkingDays workingDays) {
        return false;
    }

    /**
     * The rule for the series or obligation {@code anchor} starts: itself, unless it reads its period
     * from the anchor ({@link FromAttribute}); null when the anchor gives no usable period.
     */
    default DueRule forAnchor(CaseEvent anchor) {
        return this;
    }

    /** Whether, in a schedule, it counts from the series' trigger rather than from the occurrence before. */
    default boolean fromTrigger() {
        return false;
    }

    /**
     * The span counted from the trigger to reach the due date, for an occurrence due within a span
     * (the explanation and hours arithmetic use it); null for any other.
     */
    default Span counted() {
        return null;
    }

    /** Due within a span of the trigger, any day from it on meeting it: what {@link Within} and {@link Read} share. */
    sealed interface WithinSpan extends DueRule permits Within, Read {

        Span span();

        @Override
        default Span counted() {
            return span();
        }

        @Override
        default LocalDate earliest(LocalDate from, WorkingDays workingDays) {
            return null;
        }

        @Override
        default LocalDate due(LocalDate from, WorkingDays workingDays) {
            return span().after(from, workingDays);
        }

        @Override
        default boolean pastHolidayData(LocalDate from, WorkingDays workingDays) {
            return span().pastHolidayData(due(from, workingDays), workingDays);
        }
    }

    /**
     * {@code within 10 working days}; with {@code fromTrigger}, a schedule's {@code then at 12
     * weeks}, counted from the series' trigger.
     */
    record Within(Span span, boolean fromTrigger) implements WithinSpan {

        Within(Span span) {
            this(span, false);
        }

        @Override
        public String explain(LocalDate from, WorkingDays workingDays) {
            return span.explain(from, due(from, workingDays), workingDays);
        }
    }

    /** {@code at once}: due on the trigger day. */
    record AtOnce() implements DueRule {
        @Override
        public LocalDate earliest(LocalDate from, WorkingDays workingDays) {
            return null;
        }

        @Override
        public LocalDate due(LocalDate from, WorkingDays workingDays) {
            return from;
        }

        @Override
        public String explain(LocalDate from, WorkingDays workingDays) {
            return "at once: the day of the trigger, " + Words.date(from);
        }
    }

    /** {@code at 9 months}: opens and falls due on the one day, that long after the trigger. */
    record At(Span offset) implements DueRule {
        @Override
        public LocalDate earliest(LocalDate from, WorkingDays workingDays) {
            return due(from, workingDays);
        }

        @Override
        public LocalDate due(LocalDate from, WorkingDays workingDays) {
            return offset.after(from, workingDays);
        }

        @Override
        public String explain(LocalDate from, WorkingDays workingDays) {
            return "opens and falls due " + offset.explain(from, due(from, workingDays), workingDays)
                    + "; nothing before it meets it";
        }

        @Override
        public boolean pastHolidayData(LocalDate from, WorkingDays workingDays) {
            return offset.pastHolidayData(due(from, workingDays), workingDays);
        }
    }

    /** {@code between 6 and 8 weeks}. */
    record Window(Span opens, Span closes) implements DueRule {
        @Override
        public LocalDate earliest(LocalDate from, WorkingDays workingDays) {
            return opens.after(from, workingDays);
        }

        @Override
        public LocalDate due(LocalDate from, WorkingDays workingDays) {
            return closes.after(from, workingDays);
        }

        @Override
        public String explain(LocalDate from, WorkingDays workingDays) {
            return "not before " + opens.explain(from, earliest(from, workingDays), workingDays) + "; by "
                    + closes.explain(from, due(from, workingDays), workingDays);
        }

        @Override
        public boolean pastHolidayData(LocalDate from, WorkingDays workingDays) {
            return opens.pastHolidayData(earliest(from, workingDays), workingDays)
                    || closes.pastHolidayData(due(from, workingDays), workingDays);
        }
    }

    /** {@code no due date}: open until met, never overdue. */
    record None() implements DueRule {
        @Override
        public LocalDate earliest(LocalDate from, WorkingDays workingDays) {
            return null;
        }

        @Override
        public LocalDate due(LocalDate from, WorkingDays workingDays) {
            return Obligation.UNDATED;
        }

        @Override
        public String explain(LocalDate from, WorkingDays workingDays) {
            return "no due date: open from " + Words.date(from) + " until met, never overdue";
        }
    }

    /**
     * {@code within visitWithinDays working days}, {@code every visitWeeks weeks}: a period whose
     * number the series' trigger records; {@link #forAnchor} reads it (null when it is not recorded,
     * is 0, or is longer than the unit allows).
     */
    record FromAttribute(AttributeReader reader, TimeUnit unit) implements DueRule {
        @Override
        public DueRule forAnchor(CaseEvent anchor) {
            return reader.read(anchor) instanceof Integer amount && amount >= 1 && amount <= unit.maximum()
                    ? new Read(new Span(amount, unit), reader.name(), anchor) : null;
        }

        /** Why {@code anchor} starts nothing: "management-decision d1 on Mon 4 Jan 2027 records no visitWeeks". */
        String whyNot(CaseEvent anchor) {
            Object value = reader.read(anchor);
            String event = Words.event(anchor);
            if (!(value instanceof Integer amount)) {
                return event + " records no " + reader.name() + ", so no period is set";
            }
            return event + " records " + reader.name() + " " + amount + (amount < 1 ? ", which is no period"
                    : ", longer than the longest period, " + unit.maximum() + " " + unit.words(unit.maximum()));
        }

        @Override
        public LocalDate earliest(LocalDate from, WorkingDays workingDays) {
            return null;
        }

        @Override
        public LocalDate due(LocalDate from, WorkingDays workingDays) {
            throw new IllegalStateException("the period is read from the trigger: forAnchor first");
        }

        @Override
        public String explain(LocalDate from, WorkingDays workingDays) {
            throw new IllegalStateException("the period is read from the trigger: forAnchor first");
        }
    }

    /** A period read from {@code source}'s attribute {@code attribute}. */
    record Read(Span span, String attribute, CaseEvent source) implements WithinSpan {
        @Override
        public String explain(LocalDate from, WorkingDays workingDays) {
            return span.explain(from, due(from, workingDays), workingDays) + " (the period " + span.words() + " is the "
                    + attribute + " of " + Words.event(source) + ")";
        }
    }
}
