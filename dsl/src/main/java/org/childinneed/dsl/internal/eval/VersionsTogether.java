package org.childinneed.dsl.internal.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.childinneed.model.calendar.WorkingDays;
import org.childinneed.model.compliance.Citation;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.Finding;
import org.childinneed.model.compliance.NotInForce;
import org.childinneed.model.compliance.NotRequired;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.compliance.Policy;
import org.childinneed.model.compliance.PolicyInfo;
import org.childinneed.model.compliance.VersionedPolicy.JudgedDates;
import org.childinneed.model.compliance.VersionedPolicy.Judging;
import org.childinneed.model.event.EventType;
import org.childinneed.model.timeline.CaseRecord;
import org.childinneed.model.timeline.Timeline;

/**
 * The plans of a policy's compositions evaluated together, as one: each rule node once, however
 * many compositions plan it alike (one object in their {@link SlotSpace}), and each of its items
 * judged by every composition that has the node ({@link Judging}). It reports what
 * {@code VersionedPolicy} reports of the same compositions: a node's items are the same in every
 * composition that has it, the compositions' judged dates of one rule do not overlap, and a
 * composition whose versions were not in force on any day of the case judges none of its items.
 * Immutable and thread-safe.
 */
final class VersionsTogether implements Policy {

    private final PolicyInfo info;
    /** Every composition's nodes, each once: the first plan's in order, then each later plan's new ones. */
    private final RuleNode[] nodes;
    /** Each node's judgings, one for each composition that has it. */
    private final Judging[][] judgings;
    /** The dates from the first any composition judges the node's items on to the last: it leaves out the others. */
    private final JudgedDates[] spans;
    /** Whether the node's compositions keep every item dated within its span: then none is judged. */
    private final boolean[] keepsSpan;
    /** The types of the events each node's items start from ({@link RuleNode#startsFrom}). */
    private final EventType[][] startsFrom;
    /** The slot space of each node, as an index into {@link #spaces}. */
    private final int[] spaceOfNode;
    private final SlotSpace[] spaces;
    private final List<Supplier<WorkingDays>> workingDays;
    private final ReportOrder order;

    /**
     * @param plans the compositions' plans
     * @param judged how each composition, in the order of {@code plans}, judges a rule by its citation
     */
    VersionsTogether(PolicyInfo info, List<CompiledPlan> plans, List<Function<Citation, Judging>> judged) {
        if (plans.isEmpty() || plans.size() != judged.size()) {
            throw new IllegalArgumentException("one judging for each of one or more plans");
        }
        this.info = info;
        Map<RuleNode, Integer> index = new IdentityHashMap<>();
        List<RuleNode> distinct = new ArrayList<>();
        List<List<Judging>> byNode = new ArrayList<>();
        List<String> rules = new ArrayList<>();
        List<SlotSpace> spaceList = new ArrayList<>();
        List<Integer> spaceOf = new ArrayList<>();
        List<Supplier<WorkingDays>> days = new ArrayList<>();
        for (int p = 0; p < plans.size(); p++) {
            CompiledPlan plan = plans.get(p);
            int space = indexOf(spaceList, plan.slots());
            if (space == spaceList.size()) {
                spaceList.add(plan.slots());
                days.add(plan.workingDays());
            }
            List<RuleNode> planNodes = plan.nodes();
            for (int n = 0; n < planNodes.size(); n++) {
                RuleNode node = planNodes.get(n);
                Integer i = index.get(node);
                if (i == null) {
                    i = distinct.size();
                    index.put(node, i);
                    distinct.add(node);
                    byNode.add(new ArrayList<>());
                    rules.add(plan.ruleOfNode().get(n));
                    spaceOf.add(space);
                }
                byNode.get(i).add(judged.get(p).apply(node.cite()));
            }
        }
        this.nodes = distinct.toArray(new RuleNode[0]);
        this.judgings = byNode.stream().map(j -> j.toArray(new Judging[0])).toArray(Judging[][]::new);
        this.spans = byNode.stream().map(Judging::span).toArray(JudgedDates[]::new);
        this.keepsSpan = new boolean[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
            keepsSpan[i] = Judging.keepEveryDateOfTheirSpan(byNode.get(i));
        }
        this.startsFrom = java.util.Arrays.stream(nodes).map(RuleNode::startsFrom).toArray(EventType[][]::new);
        this.spaceOfNode = spaceOf.stream().mapToInt(Integer::intValue).toArray();
        this.spaces = spaceList.toArray(new SlotSpace[0]);
        this.workingDays = List.copyOf(days);
        this.order = new ReportOrder(rules);
    }

    private static int indexOf(List<SlotSpace> spaces, SlotSpace space) {
        for (int i = 0; i < spaces.size(); i++) {
            if (spaces.get(i) == space) {
                return i;
            }
        }
        return spaces.size();
    }

    @Override
    public PolicyInfo info() {
        return info;
    }

    /**
     * Evaluates the case as every composition would and keeps what each judges.
     *
     * @throws IllegalArgumentException if an event's index is {@link PolicyPlan#MAX_EVENTS} or more
     */
    @Override
    public ComplianceReport evaluate(CaseRecord record, LocalDate asOf) {
        Timeline known = PolicyPlan.known(record, asOf);
        EvalContext[] contexts = new EvalContext[spaces.length];
        Results results = new Results(nodes.length);
        List<NotInForce> notInForce = new ArrayList<>(0);
        for (int i = 0; i < nodes.length; i++) {
            EvalContext ctx = contexts[spaceOfNode[i]];
            if (ctx == null) {
                SlotSpace space = spaces[spaceOfNode[i]];
                ctx = new EvalContext(known, asOf, workingDays.get(spaceOfNode[i]).get(), space.size());
                contexts[spaceOfNode[i]] = ctx;
            }
            if (!ctx.hasAny(startsFrom[i])) {
                // Nothing starts it in this case: it adds nothing.
                results.endOfNode();
                continue;
            }
            ctx.judge(spans[i]);
            int obligations = results.obligations.size();
            int findings = results.findings.size();
            int notRequired = results.notRequired.size();
            nodes[i].evaluate(ctx, results);
            if (!keepsSpan[i]) {
                judge(judgings[i], results, obligations, findings, notRequired, notInForce);
            }
            results.endOfNode();
        }
        order.sort(results);
        return new ComplianceReport(record.caseId(), info.id(), asOf, results.obligations, results.findings, notInForce,
                List.of(), results.notRequired);
    }

    /** Keeps the items one node added (from the given sizes on) that one of its judgings keeps, and names those not in force. */
    private static void judge(Judging[] judgings, Results results, int obligations, int findings, int notRequired,
            List<NotInForce> notInForce) {
        keep(results.obligations, obligations, judgings, Obligation::triggerDate,
                (o, by) -> notInForce.add(new NotInForce(o.rule(), o.trigger(), o.triggerDate(), by.origin())));
        keep(results.findings, findings, judgings, Finding::date,
                (f, by) -> notInForce.add(new NotInForce(f.rule(), f.event(), f.date(), by.origin())));
        keep(results.notRequired, notRequired, judgings, NotRequired::triggerDate, (n, by) -> { });
    }

    /**
     * Keeps, of {@code items} from {@code from} on, those one of {@code judgings} keeps, in order,
     * and hands {@code notInForce} those one names not in force.
     */
    private static <T> void keep(List<T> items, int from, Judging[] judgings, Function<T, LocalDate> dateOf,
            BiConsumer<T, Judging> notInForce) {
        int kept = from;
        for (int i = from; i < items.size(); i++) {
            T item = items.get(i);
            LocalDate date = dateOf.apply(item);
            Judging by = by(judgings, date);
            if (by == null) {
                continue;
            }
            if (by.keeps(date)) {
                items.set(kept++, item);
            } else {
                notInForce.accept(item, by);
            }
        }
        items.subList(kept, items.size()).clear();
    }

    /** The judging whose dates hold {@code date}, or null: at most one does. */
    private static Judging by(Judging[] judgings, LocalDate date) {
        for (Judging j : judgings) {
            if (j.dates().contains(date)) {
                return j;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "VersionsTogether[" + info.id() + ", " + nodes.length + " rule nodes]";
    }
}
