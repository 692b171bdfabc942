package org.childinneed.dsl;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.childinneed.dsl.internal.ast.Condition;
import org.childinneed.dsl.internal.ast.Filter;
import org.childinneed.dsl.internal.ast.Subject;
import org.childinneed.dsl.internal.checked.CheckedRule;
import org.childinneed.dsl.internal.checked.Resolved;
import org.childinneed.dsl.internal.eval.RuleSource;
import org.childinneed.model.event.EventType;

/**
 * The evidence a rule needs: the event types that can satisfy its obligations, and the evidence
 * that can clear its findings (what their {@code unless} reads). A source of case data that cannot
 * record an obligation's satisfying events (a census has no meetings) cannot show it met, so an
 * unmet one is {@code not-recorded} there rather than overdue; a source that cannot record a
 * finding's exception (a management decision, the views in a closure summary) cannot show it
 * cleared, so the finding is not judged there rather than raised.
 *
 * @param rule the rule's name
 * @param satisfiedBy every event type named in its obligations' {@code met by} (empty for a rule of findings only)
 * @param clearedBy what its findings' {@code unless} reads (empty for a rule of obligations only, or
 *     findings without exceptions)
 */
public record RuleEvidence(String rule, Set<EventType> satisfiedBy, Set<Evidence> clearedBy) {

    /**
     * One piece of evidence: an event of a type, or one attribute of it.
     *
     * @param type the event type
     * @param attribute the attribute read, empty when the event's presence is the evidence
     */
    public record Evidence(EventType type, Optional<String> attribute) {

        public Evidence {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(attribute, "attribute");
        }

        /** {@code management-decision}, or {@code plan-ended views}. */
        @Override
        public String toString() {
            return type.code() + attribute.map(a -> " " + a).orElse("");
        }
    }

    public RuleEvidence {
        Objects.requireNonNull(rule, "rule");
        satisfiedBy = Set.copyOf(satisfiedBy);
        clearedBy = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(clearedBy));
    }

    /** The evidence of a rule whose findings read no exception. */
    public RuleEvidence(String rule, Set<EventType> satisfiedBy) {
        this(rule, satisfiedBy, Set.of());
    }

    /** Whether a source recording only {@code recordable} events can show every way the rule's obligations are met. */
    public boolean assessableFrom(Set<EventType> recordable) {
        return recordable.containsAll(satisfiedBy);
    }

    static Map<String, RuleEvidence> of(List<RuleSource> rules) {
        Map<String, RuleEvidence> out = new LinkedHashMap<>();
        for (RuleSource source : rules) {
            Set<EventType> types = EnumSet.noneOf(EventType.class);
            Set<Evidence> cleared = new LinkedHashSet<>();
            Resolved resolved = source.rule().resolved();
            for (CheckedRule.Part part : source.rule().parts()) {
                if (part instanceof CheckedRule.Obligation o) {
                    o.metBy().forEach(p -> types.add(resolved.type(p)));
                } else if (part instanceof CheckedRule.Finding f && f.unless().isPresent()) {
                    Optional<EventType> subject = f.subject() instanceof Subject.Events e
                            ? Optional.of(resolved.type(e.pattern())) : Optional.empty();
                    read(f.unless().get(), subject, resolved, cleared);
                }
            }
            String name = source.rule().name();
            out.put(name, new RuleEvidence(name, types, cleared));
        }
        return out;
    }

    /** What {@code condition} reads: events it looks for, attributes of the event in hand and of the plan's start. */
    private static void read(Condition condition, Optional<EventType> inHand, Resolved resolved, Set<Evidence> out) {
        if (condition instanceof Condition.AnyOf any) {
            any.conditions().forEach(c -> read(c, inHand, resolved, out));
        } else if (condition instanceof Condition.AllOf all) {
            all.conditions().forEach(c -> read(c, inHand, resolved, out));
        } else if (condition instanceof Condition.Not not) {
            read(not.condition(), inHand, resolved, out);
        } else if (condition instanceof Condition.Exists exists) {
            out.add(new Evidence(resolved.type(exists.pattern()), Optional.empty()));
        } else if (condition instanceof Condition.Partner partner) {
            out.add(new Evidence(resolved.type(partner.pattern()), Optional.empty()));
        } else if (condition instanceof Condition.DateWithin within) {
            inHand.ifPresent(t -> out.add(new Evidence(t, Optional.of(within.attribute().text()))));
        } else if (condition instanceof Condition.Attribute attribute) {
            inHand.ifPresent(t -> out.add(attribute(t, attribute.filter())));
        } else if (condition instanceof Condition.PlanHas plan) {
            plan.filters().forEach(f -> out.add(attribute(EventType.PLAN_STARTED, f)));
        }
        // the child's disability and age, and how long the plan has been open, are what every source gives
    }

    private static Evidence attribute(EventType type, Filter filter) {
        return new Evidence(type, Optional.of(filter.attribute().text()));
    }
}
