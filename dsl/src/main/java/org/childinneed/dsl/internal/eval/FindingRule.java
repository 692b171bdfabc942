package org.childinneed.dsl.internal.eval;

import java.util.function.Function;
import org.childinneed.model.compliance.Citation;
import org.childinneed.model.compliance.Finding;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.event.EventType;

/** A finding resolved for evaluation: a subject looked at one by one, and its conditions. */
final class FindingRule implements RuleNode, FindingSubject.Visitor {

    private final String rule;
    private final Finding.Kind kind;
    private final Citation cite;
    private final FindingSubject subject;
    private final Cond when;
    private final Cond unless;
    /** Whether {@code unless} reads only the event in hand and {@code if} searches the case: then {@code unless} is tested first. */
    private final boolean unlessFirst;
    /** What joins the subject to the reason in a finding's words: ": " after an event, "; " after a plan. */
    private final String separator;

    FindingRule(String rule, Finding.Kind kind, Citation cite, FindingSubject subject, Cond when, Cond unless) {
        this.rule = rule;
        this.kind = kind;
        this.cite = cite;
        this.subject = subject;
        this.when = when;
        this.unless = unless;
        this.unlessFirst = when != null && unless != null && unless.readsOnlyTheEvent() && !when.readsOnlyTheEvent();
        this.separator = subject instanceof FindingSubject.Events ? ": " : "; ";
    }

    @Override
    public Citation cite() {
        return cite;
    }

    @Override
    public EventType[] startsFrom() {
        return new EventType[] {subject.startsFrom()};
    }

    @Override
    public void evaluate(EvalContext ctx, Results out) {
        subject.forEach(ctx, out, this);
    }

    @Override
    public void visit(EvalContext ctx, Results out, Focus focus, CaseEvent at, Function<Focus, String> what) {
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
        // The words are built when first read, from a focus of their own (the subject moves its
        // focus on); the context they consult is read under its lock.
        Focus kept = focus.kept();
        out.add(Finding.deferred(rule, kind, at.ref(), kept.date(), () -> ctx.explaining(() -> message(ctx, kept, what)),
                cite));
    }

    private String message(EvalContext ctx, Focus focus, Function<Focus, String> what) {
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
}
