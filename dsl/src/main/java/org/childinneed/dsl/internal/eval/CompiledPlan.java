package org.childinneed.dsl.internal.eval;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.childinneed.model.calendar.WorkingDays;
import org.childinneed.model.compliance.Citation;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.PolicyInfo;
import org.childinneed.model.compliance.VersionedPolicy.Found;
import org.childinneed.model.compliance.VersionedPolicy.JudgedDates;
import org.childinneed.model.timeline.CaseRecord;
import org.childinneed.model.timeline.Timeline;

/** A planned policy: its rule nodes, evaluated one after another against a fresh context. */
final class CompiledPlan implements PolicyPlan {

    private final PolicyInfo info;
    private final RuleNode[] rules;
    /** The working days, asked for at each evaluation: compiling a policy builds no calendar. */
    private final Supplier<WorkingDays> workingDays;
    private final SlotSpace slots;
    private final ReportOrder order;
    private final List<String> ruleOfNode;

    /**
     * @param rules the rule nodes, in the order they are written
     * @param ruleOfNode the rule (its clause id) of each node
     */
    CompiledPlan(PolicyInfo info, List<RuleNode> rules, List<String> ruleOfNode, Supplier<WorkingDays> workingDays,
            SlotSpace slots) {
        this.info = info;
        this.rules = rules.toArray(new RuleNode[0]);
        this.workingDays = workingDays;
        this.slots = slots;
        this.order = new ReportOrder(ruleOfNode);
        this.ruleOfNode = List.copyOf(ruleOfNode);
    }

    /** Its rule nodes, in the order they are written: nodes planned alike in one slot space are one object. */
    List<RuleNode> nodes() {
        return List.of(rules);
    }

    /** The rule (its clause id) of each node. */
    List<String> ruleOfNode() {
        return ruleOfNode;
    }

    Supplier<WorkingDays> workingDays() {
        return workingDays;
    }

    SlotSpace slots() {
        return slots;
    }

    @Override
    public PolicyInfo info() {
        return info;
    }

    @Override
    public ComplianceReport evaluate(CaseRecord record, LocalDate asOf) {
        Timeline known = PolicyPlan.known(record, asOf);
        return report(known, asOf, evaluate(new EvalContext(known, asOf, workingDays.get(), slots.size()), null));
    }

    @Override
    public ComplianceReport evaluate(Timeline timeline, LocalDate asOf, Function<Citation, JudgedDates> judged) {
        return evaluate(timeline, asOf, judged, new HashMap<>());
    }

    @Override
    public ComplianceReport evaluate(Timeline timeline, LocalDate asOf, Function<Citation, JudgedDates> judged,
            Map<Object, Object> shared) {
        return report(timeline, asOf, found(timeline, asOf, judged, shared));
    }

    @Override
    public Found found(Timeline timeline, LocalDate asOf, Function<Citation, JudgedDates> judged,
            Map<Object, Object> shared) {
        // The timeline's events are the record's the caller refused past the limit already
        // (CompiledPolicy.evaluate, the only caller): checking each composition again cost a
        // pass over the events per composition.
        return evaluate(context(timeline, asOf, shared), judgedDates(judged));
    }

    private ComplianceReport report(Timeline timeline, LocalDate asOf, Found found) {
        return new ComplianceReport(timeline.caseId(), info.id(), asOf, found.obligations(), found.findings(), List.of(),
                List.of(), found.notRequired());
    }

    /**
     * The context of this evaluation: the one another plan of the same slots made for this case and
     * date, or a new one, kept in {@code shared} for the next plan. Its caches hold each pattern's
     * matches by slot, the same in every plan of the slots.
     */
    private EvalContext context(Timeline timeline, LocalDate asOf, Map<Object, Object> shared) {
        WorkingDays days = workingDays.get();
        if (shared.get(slots) instanceof EvalContext ctx && ctx.timeline == timeline && ctx.asOf.equals(asOf)
                && ctx.workingDays == days) {
            return ctx;
        }
        EvalContext ctx = new EvalContext(timeline, asOf, days, slots.size());
        shared.put(slots, ctx);
        return ctx;
    }

    /**
     * The dates each rule's items are judged on, as {@code judged} gives them: a versioned policy
     * asks each composition's plan with the same function every time, so they are computed once.
     */
    private JudgedDates[] judgedDates(Function<Citation, JudgedDates> judged) {
        Judged known = lastJudged;
        if (known == null || known.judged != judged) {
            JudgedDates[] dates = new JudgedDates[rules.length];
            for (int i = 0; i < rules.length; i++) {
                dates[i] = Objects.requireNonNull(judged.apply(rules[i].cite()), "judged dates");
            }
            known = new Judged(judged, dates);
            lastJudged = known;
        }
        return known.dates;
    }

    /** The dates each rule's items are judged on, and the function that gave them. */
    private record Judged(Function<Citation, JudgedDates> judged, JudgedDates[] dates) {
    }

    private volatile Judged lastJudged;

    /**
     * Evaluates, each rule leaving out the items outside its judged dates (all dates when null). The
     * obligations come in report order, so that the report's sort has little left to do.
     */
    private Found evaluate(EvalContext ctx, JudgedDates[] judged) {
        Results results = new Results(rules.length);
        for (int i = 0; i < rules.length; i++) {
            ctx.judge(judged == null ? JudgedDates.ALL : judged[i]);
            rules[i].evaluate(ctx, results);
            results.endOfNode();
        }
        order.sort(results);
        return new Found(results.obligations, results.findings, results.notRequired);
    }
}
