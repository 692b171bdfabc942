package org.childinneed.dsl.internal.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.childinneed.model.compliance.Citation;
import org.childinneed.model.calendar.WorkingDays;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.PolicyInfo;
import org.childinneed.model.compliance.VersionedPolicy.JudgedDates;
import org.childinneed.model.timeline.CaseRecord;
import org.childinneed.model.timeline.Timeline;

/** A planned policy: its rule nodes, evaluated one after another against a fresh context. */
final class CompiledPlan implements PolicyPlan {

    private final PolicyInfo info;
    private final RuleNode[] rules;
    /** The working days, asked for at each evaluation: compiling a policy builds no calendar. */
    private final Supplier<WorkingDays> workingDays;
    private final int slots;

    CompiledPlan(PolicyInfo info, List<RuleNode> rules, Supplier<WorkingDays> workingDays, int slots) {
        this.info = info;
        this.rules = rules.toArray(new RuleNode[0]);
        this.workingDays = workingDays;
        this.slots = slots;
    }

    @Override
    public PolicyInfo info() {
        return info;
    }

    @Override
    public ComplianceReport evaluate(CaseRecord record, LocalDate asOf) {
        PolicyPlan.refusePastLimit(record.caseId(), record.events());
        return evaluate(record.timeline().asOf(asOf), asOf, (JudgedDates[]) null);
    }

    @Override
    public ComplianceReport evaluate(Timeline timeline, LocalDate asOf, Function<Citation, JudgedDates> judged) {
        Judged known = lastJudged;
        if (known == null || known.judged != judged) {
            JudgedDates[] dates = new JudgedDates[rules.length];
            for (int i = 0; i < rules.length; i++) {
                dates[i] = Objects.requireNonNull(judged.apply(rules[i].cite()), "judged dates");
            }
            known = new Judged(judged, dates);
            lastJudged = known;
        }
        PolicyPlan.refusePastLimit(timeline.caseId(), timeline.events());
        return evaluate(timeline, asOf, known.dates);
    }

    /**
     * The dates each rule's items are judged on, as the last caller asked: a versioned policy asks
     * each composition's plan with the same function every time, so they are computed once.
     */
    private record Judged(Function<Citation, JudgedDates> judged, JudgedDates[] dates) {
    }

    private volatile Judged lastJudged;

    /** Evaluates, each rule leaving out the items outside its judged dates (all dates when null). */
    private ComplianceReport evaluate(Timeline timeline, LocalDate asOf, JudgedDates[] judged) {
        EvalContext ctx = new EvalContext(timeline, asOf, workingDays.get(), slots);
        Results results = new Results();
        for (int i = 0; i < rules.length; i++) {
            ctx.judge(judged == null ? JudgedDates.ALL : judged[i]);
            rules[i].evaluate(ctx, results);
        }
        return new ComplianceReport(timeline.caseId(), info.id(), asOf, results.obligations, results.findings, List.of(), List.of(),
                results.notRequired);
    }
}
