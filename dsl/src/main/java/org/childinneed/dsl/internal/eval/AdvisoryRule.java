package org.childinneed.dsl.internal.eval;

import org.childinneed.model.compliance.Citation;
import org.childinneed.model.compliance.RuleSeverity;
import org.childinneed.model.event.EventType;

/** A rule written {@code advisory rule}: what its parts find, marked advisory. */
final class AdvisoryRule implements RuleNode {

    private final RuleNode part;

    AdvisoryRule(RuleNode part) {
        this.part = part;
    }

    @Override
    public Citation cite() {
        return part.cite();
    }

    @Override
    public EventType[] startsFrom() {
        return part.startsFrom();
    }

    @Override
    public void evaluate(EvalContext ctx, Results out) {
        Results own = new Results();
        part.evaluate(ctx, own);
        own.obligations.forEach(o -> out.add(o.withSeverity(RuleSeverity.ADVISORY)));
        own.findings.forEach(f -> out.add(f.withSeverity(RuleSeverity.ADVISORY)));
        own.notRequired.forEach(out::add);
    }
}
