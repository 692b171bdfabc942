package org.childinneed.dsl.internal.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.childinneed.dsl.internal.ast.Condition;
import org.childinneed.dsl.internal.ast.Deadline;
import org.childinneed.dsl.internal.ast.Duration;
import org.childinneed.dsl.internal.ast.Extension;
import org.childinneed.dsl.internal.ast.Filter;
import org.childinneed.dsl.internal.ast.Name;
import org.childinneed.dsl.internal.ast.Pattern;
import org.childinneed.dsl.internal.ast.Render;
import org.childinneed.dsl.internal.ast.Scope;
import org.childinneed.dsl.internal.ast.Step;
import org.childinneed.dsl.internal.ast.Subject;
import org.childinneed.dsl.internal.ast.Trigger;
import org.childinneed.dsl.internal.checked.CheckedRule;
import org.childinneed.dsl.internal.checked.Resolved;
import org.childinneed.model.calendar.WorkingDays;
import org.childinneed.model.compliance.Citation;
import org.childinneed.model.compliance.PolicyInfo;
import org.childinneed.model.event.EventSchema;
import org.childinneed.model.event.EventType;

/**
 * Resolves checked rules into evaluation nodes once, so that evaluation does no name lookups:
 * event types, attribute accessors and codes are bound here.
 */
public final class Planner {

    private final Resolved resolved;
    /**
     * The cache slot of each pattern planned so far, by what it matches: identical patterns, in
     * one rule or several, or in another composition of the policy, share one slot, so that their
     * matches are computed once per evaluation.
     */
    private final SlotSpace slots;

    private Planner(Resolved resolved, SlotSpace slots) {
        this.resolved = resolved;
        this.slots = slots;
    }

    /**
     * What a pattern matches: its event type (national, or a declared schema), its filters (they
     * resolve the same in every rule) in a form that does not depend on the order they or their
     * codes are written in ({@link #sameMatches}), and the attribute it refers to the event in hand
     * by, or null.
     */
    record PatternKey(EventSchema schema, String filters, String reference) {
    }

    /**
     * The filters of a pattern written so that patterns that match the same events read the same:
     * {@code meeting in [review, early-review]} and {@code meeting in [early-review, review]} share
     * their matches, as do {@code meeting initial} and {@code meeting in [initial]}; every filter
     * must hold, so their order does not matter either.
     */
    private static String sameMatches(List<Filter> filters) {
        return filters.stream().map(f -> {
            if (f instanceof Filter.In in) {
                return in.attribute().text() + (in.negated() ? " not in " : " in ")
                        + new TreeSet<>(in.values().stream().map(Name::text).toList());
            }
            if (f instanceof Filter.Equals equals) {
                return equals.attribute().text() + (equals.negated() ? " not in " : " in ")
                        + new TreeSet<>(List.of(equals.value().text()));
            }
            return Render.filter(f);
        }).sorted().collect(Collectors.joining(", "));
    }

    /**
     * Plans {@code rules}, which the checker has passed, into an immutable, thread-safe plan with
     * slots of its own, that asks {@code workingDays} for the working days at each evaluation
     * (planning needs none).
     */
    public static PolicyPlan plan(PolicyInfo info, List<RuleSource> rules, Supplier<WorkingDays> workingDays) {
        return plan(info, rules, workingDays, new SlotSpace());
    }

    /**
     * Plans {@code rules} as {@link #plan(PolicyInfo, List, Supplier)} does, its cache slots
     * numbered in {@code slots}: plans numbered in one space share an evaluation's context when
     * they evaluate the same case.
     */
    public static PolicyPlan plan(PolicyInfo info, List<RuleSource> rules, Supplier<WorkingDays> workingDays,
            SlotSpace slots) {
        List<RuleNode> nodes = new ArrayList<>();
        List<String> ruleOfNode = new ArrayList<>();
        for (RuleSource source : rules) {
            for (RuleNode node : nodes(source, slots)) {
                nodes.add(node);
                ruleOfNode.add(source.rule().clause());
            }
        }
        return new CompiledPlan(info, nodes, ruleOfNode, workingDays, slots);
    }

    /**
     * The nodes of one rule, one for each obligation and finding: those planned alike for another
     * composition in {@code slots} already are that composition's nodes.
     */
    private static List<RuleNode> nodes(RuleSource source, SlotSpace slots) {
        CheckedRule rule = source.rule();
        Planner planner = new Planner(rule.resolved(), slots);
        Citation cite = Citation.of(source.document(), rule.cite()).withVersion(source.version());
        List<RuleNode> nodes = new ArrayList<>();
        for (int i = 0; i < rule.parts().size(); i++) {
            CheckedRule.Part part = rule.parts().get(i);
            nodes.add(slots.nodeOf(rule, i, cite, () -> {
                RuleNode node = part instanceof CheckedRule.Obligation o ? planner.obligation(rule.clause(), cite, o)
                        : planner.finding(rule.clause(), cite, (CheckedRule.Finding) part);
                return rule.rule().advisory() ? new AdvisoryRule(node) : node;
            }));
        }
        return nodes;
    }

    /** What an unqualified {@code after it} means where it is being planned: unbounded in a finding (see {@link #lookAhead}). */
    private Window afterIt = new Window.AfterIt();

    private RuleNode obligation(String clause, Citation cite, CheckedRule.Obligation part) {
        List<DueRule> steps = new ArrayList<>();
        boolean repeat = part.every().isPresent();
        part.every().ifPresent(deadline -> steps.add(due(deadline)));
        part.due().ifPresent(due -> steps.add(due(due)));
        for (Step step : part.steps()) {
            if (step instanceof Step.Every every) {
                steps.add(every.window().map(this::due).orElseGet(() -> new DueRule.Within(span(every.period()))));
                repeat = true;
            } else if (step instanceof Step.EveryAttribute every) {
                steps.add(due(every.period()));
                repeat = true;
            } else if (step instanceof Step.At at) {
                steps.add(new DueRule.Within(span(at.offset()), true));
            } else {
                steps.add(due(((Step.Once) step).deadline()));
            }
        }
        Set<EventType> references = types(part.trigger());
        CountedFrom countedFrom = part.countedFrom().map(c -> new CountedFrom(c.dates().stream()
                .map(a -> a.text().equals(Trigger.CountedFrom.OWN_DATE) ? null : new AttributeReader(a.text(), resolved.date(a)))
                .toArray(AttributeReader[]::new), c.later())).orElse(null);
        afterIt = lookAhead(part.every().or(part::due).orElseThrow());
        Cond condition = conditions(part.when(), part.unless(), references);
        afterIt = new Window.AfterIt();
        List<ExtensionNode> extensions = new ArrayList<>();
        for (Extension extension : part.extensions()) {
            AttributeReader attribute = extension.attribute()
                    .map(a -> new AttributeReader(a.text(), types(extension.when()), resolved::schemaOf)).orElse(null);
            extensions.add(new ExtensionNode(patterns(extension.when()), attribute, span(extension.limit())));
        }
        return new ObligationRule(clause, part.kind(), cite, patterns(part.trigger()), countedFrom, condition, steps, repeat,
                patterns(part.metBy()), part.sinceLast().map(this::pattern).orElse(null), extensions,
                patterns(part.waivers()));
    }

    private RuleNode finding(String clause, Citation cite, CheckedRule.Finding part) {
        Subject subject = part.subject();
        FindingSubject planned;
        Set<EventType> references;
        if (subject instanceof Subject.Events events) {
            planned = new FindingSubject.Events(pattern(events.pattern()));
            references = types(List.of(events.pattern()));
        } else if (subject instanceof Subject.PlanLongerThan longer) {
            planned = new FindingSubject.PlansPast(span(longer.duration()), 0);
            references = EnumSet.of(EventType.PLAN_STARTED);
        } else {
            planned = new FindingSubject.PlansPast(null, (int) ((Subject.PlanPastBirthday) subject).age().value());
            references = EnumSet.of(EventType.PLAN_STARTED);
        }
        Cond when = part.when().map(c -> condition(c, references)).orElse(null);
        Cond unless = part.unless().map(c -> condition(c, references)).orElse(null);
        return new FindingRule(clause, part.kind(), cite, planned, when, unless);
    }

    private Cond conditions(Optional<Condition> ifs, Optional<Condition> unlesses, Set<EventType> references) {
        Cond when = ifs.map(c -> condition(c, references)).orElse(null);
        Cond unless = unlesses.map(c -> (Cond) new Conds.Not(condition(c, references))).orElse(null);
        if (when == null) {
            return unless;
        }
        return unless == null ? when : new Conds.AllOf(new Cond[] {when, unless});
    }

    private Cond condition(Condition condition, Set<EventType> references) {
        if (condition instanceof Condition.AnyOf any) {
            return new Conds.AnyOf(any.conditions().stream().map(c -> condition(c, references)).toArray(Cond[]::new));
        }
        if (condition instanceof Condition.AllOf all) {
            return new Conds.AllOf(all.conditions().stream().map(c -> condition(c, references)).toArray(Cond[]::new));
        }
        if (condition instanceof Condition.Not not) {
            return new Conds.Not(condition(not.condition(), references));
        }
        if (condition instanceof Condition.ChildDisabled disabled) {
            return new Conds.ChildDisabled(disabled.negated());
        }
        if (condition instanceof Condition.ChildAge age) {
            return new Conds.ChildAge(age.comparison(), age.years().value());
        }
        if (condition instanceof Condition.PlanOpen open) {
            return new Conds.PlanOpen(open.comparison(), span(open.duration()));
        }
        if (condition instanceof Condition.PlanHas has) {
            Set<EventType> plan = EnumSet.of(EventType.PLAN_STARTED);
            return new Conds.PlanHas(has.filters().stream().map(f -> test(f, plan)).toArray(AttributeTest[]::new));
        }
        if (condition instanceof Condition.Exists exists) {
            Window window = exists.scope().map(this::window).orElse(new Window.InPlan());
            return new Conds.Exists(pattern(exists.pattern()), exists.none(), window);
        }
        if (condition instanceof Condition.Partner partner) {
            return partner(partner.pattern(), references);
        }
        if (condition instanceof Condition.DateWithin within) {
            return new DateWithin(new AttributeReader(within.attribute().text(), resolved.date(within.attribute())),
                    span(within.duration()),
                    within.after());
        }
        return new Conds.Attribute(test(((Condition.Attribute) condition).filter(), references));
    }

    private Window window(Scope scope) {
        if (scope instanceof Scope.BeforeIt) {
            return new Window.BeforeIt();
        }
        if (scope instanceof Scope.AfterIt) {
            return afterIt;
        }
        if (scope instanceof Scope.SinceLast since) {
            return new Window.SinceLast(pattern(since.pattern()));
        }
        if (scope instanceof Scope.BeforeLast before) {
            return new Window.BeforeLast(pattern(before.pattern()));
        }
        if (scope instanceof Scope.WithinOfIt within) {
            return new Window.Within(span(within.duration()), within.after());
        }
        if (scope instanceof Scope.WithinOfPlanStart within) {
            return new Window.WithinOfPlanStart(span(within.duration()), within.after());
        }
        return new Window.SameDay();
    }

    /** {@code its <pattern>}, for an event in hand of one of {@code inHand}. */
    private Cond partner(Pattern pattern, Set<EventType> inHand) {
        EventType type = resolved.type(pattern);
        Optional<AttributeReader> reference = resolved.partnerReference(pattern)
                .map(a -> new AttributeReader(a.name(), java.util.Map.of(type, a)));
        EventPattern referring = reference.map(r -> new EventPattern(slots.newSlot(), type, List.of(), r, "")).orElse(null);
        EventPattern[] between = inHand.stream().map(t -> new EventPattern(slots.newSlot(), t, List.of(), null, ""))
                .toArray(EventPattern[]::new);
        return new Partner(pattern(pattern), new EventPattern(slots.newSlot(), type, List.of(), null, ""), referring,
                reference.orElse(null), between);
    }

    private EventPattern[] patterns(List<Pattern> patterns) {
        return patterns.stream().map(this::pattern).toArray(EventPattern[]::new);
    }

    private EventPattern pattern(Pattern pattern) {
        EventType type = resolved.type(pattern);
        Set<EventType> only = EnumSet.of(type);
        List<AttributeTest> tests = pattern.filters().stream().map(f -> test(f, only)).toList();
        AttributeReader reference = resolved.reference(pattern).map(a -> new AttributeReader(a.name(), only, resolved::schemaOf)).orElse(null);
        String filters = pattern.filters().isEmpty() ? ""
                : " with " + pattern.filters().stream().map(Render::filter).collect(Collectors.joining(", "));
        EventSchema schema = resolved.schema(pattern);
        int slot = slots.slotOf(new PatternKey(schema, sameMatches(pattern.filters()),
                reference == null ? null : reference.name()));
        return new EventPattern(slot, schema, tests, reference, filters);
    }

    private AttributeTest test(Filter filter, Collection<EventType> types) {
        AttributeReader reader = new AttributeReader(filter.attribute().text(), types, resolved::schemaOf);
        if (filter instanceof Filter.Flag flag) {
            return new AttributeTests.Flag(reader, flag.negated());
        }
        if (filter instanceof Filter.Equals equals) {
            return new AttributeTests.OneOf(reader, types, List.of(equals.value().text()), equals.negated());
        }
        if (filter instanceof Filter.In in) {
            return new AttributeTests.OneOf(reader, types, in.values().stream().map(Name::text).toList(), in.negated());
        }
        if (filter instanceof Filter.Includes includes) {
            return new AttributeTests.Includes(reader, types, includes.values().stream().map(Name::text).toList());
        }
        if (filter instanceof Filter.Compare compare) {
            return new AttributeTests.Compare(reader, compare.comparison(), compare.bound().value());
        }
        return new AttributeTests.Recorded(reader, ((Filter.Recorded) filter).negated());
    }

    /**
     * How far an unqualified {@code after it} in an obligation's condition looks: to the obligation's
     * first due date as written (counted from the trigger's day, before any extension).
     */
    private Window lookAhead(Deadline first) {
        if (first instanceof Deadline.Within within) {
            return new Window.Within(span(within.duration()), true);
        }
        if (first instanceof Deadline.At at) {
            return new Window.Within(span(at.offset()), true);
        }
        if (first instanceof Deadline.Window window) {
            return new Window.Within(span(window.to()), true);
        }
        if (first instanceof Deadline.None || first instanceof Deadline.WithinAttribute) {
            // No due date, or one the trigger sets: 'after it' looks to the end of the case, as in a finding.
            return new Window.AfterIt();
        }
        return new Window.SameDay();
    }

    private DueRule due(Deadline deadline) {
        if (deadline instanceof Deadline.Within within) {
            return new DueRule.Within(span(within.duration()));
        }
        if (deadline instanceof Deadline.AtOnce) {
            return new DueRule.AtOnce();
        }
        if (deadline instanceof Deadline.None) {
            return new DueRule.None();
        }
        if (deadline instanceof Deadline.WithinAttribute within) {
            return new DueRule.FromAttribute(new AttributeReader(within.attribute().text(), resolved.date(within.attribute())),
                    within.unit().orElseThrow());
        }
        if (deadline instanceof Deadline.At at) {
            return new DueRule.At(span(at.offset()));
        }
        Deadline.Window window = (Deadline.Window) deadline;
        Span closes = span(window.to());
        return new DueRule.Window(new Span(window.from().value(), resolved.opensIn(window)), closes);
    }

    private Span span(Duration duration) {
        return new Span(duration.amount().value(), resolved.unit(duration));
    }

    private Set<EventType> types(List<Pattern> patterns) {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        patterns.forEach(p -> types.add(resolved.type(p)));
        return types;
    }
}
