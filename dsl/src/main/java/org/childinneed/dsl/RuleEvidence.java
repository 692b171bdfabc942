package org.childinneed.dsl;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.childinneed.dsl.checked.CheckedRule;
import org.childinneed.dsl.eval.RuleSource;
import org.childinneed.model.event.EventType;

/**
 * The evidence a rule's obligations need: the event types that can satisfy them. A source of case
 * data that cannot record any of them (a census has no meetings) cannot show the obligation met,
 * so an unmet one is {@code not-recorded} there rather than overdue.
 *
 * @param rule the rule's name
 * @param satisfiedBy every event type named in its obligations' {@code met by} (empty for a rule of findings only)
 */
public record RuleEvidence(String rule, Set<EventType> satisfiedBy) {

    public RuleEvidence {
        Objects.requireNonNull(rule, "rule");
        satisfiedBy = Set.copyOf(satisfiedBy);
    }

    /** Whether a source recording only {@code recordable} events can show every way the rule's obligations are met. */
    public boolean assessableFrom(Set<EventType> recordable) {
        return recordable.containsAll(satisfiedBy);
    }

    static Map<String, RuleEvidence> of(List<RuleSource> rules) {
        Map<String, RuleEvidence> out = new LinkedHashMap<>();
        for (RuleSource source : rules) {
            Set<EventType> types = EnumSet.noneOf(EventType.class);
            for (CheckedRule.Part part : source.rule().parts()) {
                if (part instanceof CheckedRule.Obligation o) {
                    o.metBy().forEach(p -> types.add(source.rule().resolved().type(p)));
                }
            }
            String name = source.rule().name();
            out.put(name, new RuleEvidence(name, types));
        }
        return out;
    }
}
