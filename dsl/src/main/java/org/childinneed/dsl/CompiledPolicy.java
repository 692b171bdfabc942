package org.childinneed.dsl;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.childinneed.dsl.eval.PolicyPlan;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.Policy;
import org.childinneed.model.compliance.PolicyInfo;
import org.childinneed.model.timeline.CaseRecord;

/**
 * A policy script compiled into an evaluation plan: immutable, pure and safe to share between
 * threads. Evaluation takes time linear in the number of events times the number of rules.
 */
public final class CompiledPolicy implements Policy {

    /**
     * The most events a case may hold to be evaluated, 16,777,216: every event's index (its place in
     * the case file) must be below it.
     */
    public static final int MAX_EVENTS = PolicyPlan.MAX_EVENTS;

    private final PolicyPlan plan;
    private final List<RuleSummary> rules;
    private final List<OutOfScope> outOfScope;
    private final java.util.Map<String, RuleEvidence> evidence;

    CompiledPolicy(PolicyPlan plan, List<RuleSummary> rules, List<OutOfScope> outOfScope) {
        this(plan, rules, outOfScope, java.util.Map.of());
    }

    private CompiledPolicy(PolicyPlan plan, List<RuleSummary> rules, List<OutOfScope> outOfScope,
            java.util.Map<String, RuleEvidence> evidence) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.rules = List.copyOf(rules);
        this.outOfScope = List.copyOf(outOfScope);
        this.evidence = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(evidence));
    }

    /** The policy's id, title, version and source document. */
    @Override
    public PolicyInfo info() {
        return plan.info();
    }

    /**
     * Evaluates {@code record} as known on {@code asOf} (contract section 3).
     *
     * @throws IllegalArgumentException if an event's index is {@link #MAX_EVENTS} or more
     */
    @Override
    public ComplianceReport evaluate(CaseRecord record, LocalDate asOf) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(asOf, "asOf");
        return plan.evaluate(record, asOf);
    }

    /** Every rule, inherited ones included, in the order they are written. */
    public List<RuleSummary> rules() {
        return rules;
    }

    /** This policy with the evidence its rules need (set once, by the compiler). */
    CompiledPolicy withEvidence(java.util.Map<String, RuleEvidence> byRule) {
        return new CompiledPolicy(plan, rules, outOfScope, byRule);
    }

    /** The evidence each rule's obligations need, by rule name (contract extension: evidence coverage). */
    public java.util.Map<String, RuleEvidence> evidence() {
        return evidence;
    }

    /** The catalog clauses declared out of scope, with reasons. */
    public List<OutOfScope> outOfScope() {
        return outOfScope;
    }

    @Override
    public String toString() {
        return "CompiledPolicy[" + info().id() + " " + info().version() + ", " + rules.size() + " rules]";
    }
}
