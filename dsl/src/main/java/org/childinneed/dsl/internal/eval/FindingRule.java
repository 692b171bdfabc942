package org.childinneed.dsl.internal.eval;

import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Supplier;
import org.childinneed.model.compliance.Citation;
import org.childinneed.model.compliance.Finding;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.timeline.Plan;

/** A finding resolved for evaluation: a subject looked at one by one, and its conditions. */
final class FindingRule implements RuleNode {

    private final String rule;
    private final Finding.Kind kind;
    private final Citation cite;
    private final FindingSubject subject;
    private final Cond when;
    private final Cond unless;
    /** Whether {@code unless} reads only the event in hand and {@code if} searches the case: then {@code unless} is tested first. */
    private final boolean unlessFirst;

    FindingRule(String rule, Finding.Kind kind, Citation cite, FindingSubject subject, Cond when, Cond unless) {
        this.rule = rule;
        this.kind = kind;
        this.cite = cite;
        this.subject = subject;
        this.when = when;
        this.unless = unless;
        this.unlessFirst = when != null && unless != null && unless.readsOnlyTheEvent() && !when.readsOnlyTheEvent();
    }

    @Override
    public Citation cite() {
        return cite;
    }

    @Override
    public void evaluate(EvalContext ctx, Results out) {
        String separator = subject instanceof Events ? ": " : "; ";
        subject.forEach(ctx, (focus, at, what) -> {
            if (!ctx.judges(focus.date())) {
                return;
            }
            if (unlessFirst) {
                // The cheaper test first: the finding is made only when 'if' holds and 'unless' does not, in either order.
                if (unless.test(focus, ctx) || !when.test(focus, ctx)) {
                    return;
                }
            } else if (when != null && !when.test(focus, ctx) || unless != null && unless.test(focus, ctx)) {
                return;
            }
            // The words are built when first read; the context they consult is read under its lock.
            out.add(Finding.deferred(rule, kind, at.ref(), focus.date(), () -> ctx.explaining(() -> message(ctx, focus, what,
                    separator)), cite));
        });
    }

    private String message(EvalContext ctx, Focus focus, Function<Focus, String> what, String separator) {
        StringBuilder message = new StringBuilder(what.apply(focus));
        if (unless != null) {
            append(message, separator, unless.why(focus, ctx, false));
            if (when != null) {
                message.append(" (").append(when.fact(focus, ctx, true)).append(')');
            }
        } else if (when != null) {
            append(message, separator, when.fact(focus, ctx, true));
        }
        return message.toString();
    }

    /** Joins a reason to what it is about: "initial meeting chaired by ...", "plan ended: no ...". */
    private static void append(StringBuilder message, String separator, String reason) {
        boolean phrase = separator.equals(": ") && AttributeTests.isPhrase(reason);
        message.append(phrase ? " " : separator).append(reason);
    }

    /** What a finding looks at. */
    sealed interface FindingSubject {

        /**
         * Receives each thing looked at: the focus, the event the finding is about, and its
         * description of the focus, built only when a finding is made.
         */
        @FunctionalInterface
        interface Visitor {
            void visit(Focus focus, CaseEvent at, Function<Focus, String> what);
        }

        void forEach(EvalContext ctx, Visitor visitor);
    }

    /** {@code for each <pattern>}. */
    record Events(EventPattern pattern) implements FindingSubject {

        /** What a finding about an event says it is about: one description for every event, made once. */
        private static final Function<Focus, String> NOUN = focus -> Words.noun(focus.event());

        @Override
        public void forEach(EvalContext ctx, Visitor visitor) {
            Matches matches = pattern.matches(ctx);
            for (int i = 0; i < matches.size(); i++) {
                CaseEvent event = matches.get(i);
                visitor.visit(new Focus(event, ctx), event, NOUN);
            }
        }
    }

    /** {@code for each plan open longer than <span>} or {@code past the child's Nth birthday}. */
    record PlansPast(Span span, int birthday) implements FindingSubject {
        @Override
        public void forEach(EvalContext ctx, Visitor visitor) {
            for (Plan plan : ctx.plans().plans()) {
                CaseEvent start = plan.start();
                LocalDate limit = span != null ? span.after(start.date(), ctx.workingDays)
                        : ctx.child.attains(birthday);
                Supplier<String> limitWords = () -> (span != null ? "more than " + span.words() + " after it started"
                        : "after the child's " + Words.ordinal(birthday) + " birthday")
                        + " (" + Words.date(limit) + ")";
                if (plan.end().isPresent()) {
                    CaseEvent end = plan.end().get();
                    if (end.date().isAfter(limit)) {
                        visitor.visit(new Focus(start, end.date(), plan), end, focus -> "plan from " + Words.event(start)
                                + " ended " + Words.date(end.date()) + ", " + limitWords.get());
                    }
                    continue;
                }
                LocalDate first = limit.plusDays(1).isBefore(start.date()) ? start.date() : limit.plusDays(1);
                if (plan.supersededBy().isEmpty() && !first.isAfter(ctx.asOf)) {
                    visitor.visit(new Focus(start, first, plan), start, focus -> "plan from " + Words.event(start)
                            + " still open " + limitWords.get());
                }
            }
        }
    }
}
