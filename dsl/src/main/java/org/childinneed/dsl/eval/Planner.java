package org.childinneed.dsl.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.childinneed.dsl.ast.Condition;
import org.childinneed.dsl.ast.Deadline;
import org.childinneed.dsl.ast.Duration;
import org.childinneed.dsl.ast.Extension;
import org.childinneed.dsl.ast.Filter;
import org.childinneed.dsl.ast.FindingPart;
import org.childinneed.dsl.ast.Name;
import org.childinneed.dsl.ast.ObligationPart;
import org.childinneed.dsl.ast.Part;
import org.childinneed.dsl.ast.Pattern;
import org.childinneed.dsl.ast.Render;
import org.childinneed.dsl.ast.RuleDecl;
import org.childinneed.dsl.ast.Scope;
import org.childinneed.dsl.ast.Step;
import org.childinneed.dsl.ast.Subject;
import org.childinneed.dsl.ast.Waiver;
import org.childinneed.model.Coded;
import org.childinneed.model.calendar.WorkingDays;
import org.childinneed.model.compliance.Citation;
import org.childinneed.model.compliance.FindingKind;
import org.childinneed.model.compliance.ObligationKind;
import org.childinneed.model.compliance.PolicyInfo;
import org.childinneed.model.event.AttributeType;
import org.childinneed.model.event.EventType;

/**
 * Resolves checked rules into evaluation nodes once, so that evaluation does no name lookups:
 * event types, attribute accessors and codes are bound here.
 */
public final class Planner {

    private int slots;

    private Planner() {
    }

    /** Plans {@code rules}, which the checker has passed, into an immutable, thread-safe plan. */
    public static PolicyPlan plan(PolicyInfo info, List<RuleSource> rules, WorkingDays workingDays) {
        Planner planner = new Planner();
        List<RuleNode> nodes = new ArrayList<>();
        for (RuleSource source : rules) {
            RuleDecl rule = source.rule();
            String clause = rule.clauseIds().get(0).text();
            Citation cite = Citation.of(source.document(), rule.cites().get(0).value()).withVersion(source.version());
            for (Part part : rule.parts()) {
                nodes.add(part instanceof ObligationPart o ? planner.obligation(clause, cite, o)
                        : planner.finding(clause, cite, (FindingPart) part));
            }
        }
        return new CompiledPlan(info, nodes, workingDays, planner.slots);
    }

    private RuleNode obligation(String clause, Citation cite, ObligationPart part) {
        ObligationKind kind = Coded.parse(ObligationKind.class, part.kind().text()).orElseThrow();
        List<Pattern> triggerPatterns;
        AttributeReader countedFrom = null;
        List<DueRule> steps = new ArrayList<>();
        boolean repeat;
        if (!part.everys().isEmpty()) {
            ObligationPart.Every every = part.everys().get(0);
            triggerPatterns = every.from();
            steps.add(new DueRule.Within(span(every.period())));
            repeat = true;
        } else {
            triggerPatterns = part.triggers().get(0).patterns();
            Name attribute = part.triggers().get(0).countedFrom().orElse(null);
            steps.add(due(part.dues().get(0)));
            repeat = false;
            for (Step step : part.steps()) {
                if (step instanceof Step.Every every) {
                    steps.add(new DueRule.Within(span(every.period())));
                    repeat = true;
                } else if (step instanceof Step.At at) {
                    steps.add(new DueRule.Within(span(at.offset()), true));
                } else {
                    steps.add(due(((Step.Once) step).deadline()));
                }
            }
            if (attribute != null) {
                countedFrom = new AttributeReader(attribute.text(), types(triggerPatterns));
            }
        }
        EventPattern[] triggers = patterns(triggerPatterns);
        Set<EventType> references = types(triggerPatterns);
        Cond condition = conditions(part.ifs(), part.unlesses(), references);
        List<ExtensionNode> extensions = new ArrayList<>();
        for (Extension extension : part.extensions()) {
            AttributeReader attribute = extension.attribute()
                    .map(a -> new AttributeReader(a.text(), types(extension.when()))).orElse(null);
            extensions.add(new ExtensionNode(patterns(extension.when()), attribute, span(extension.limit())));
        }
        List<Pattern> waivers = new ArrayList<>();
        for (Waiver waiver : part.waivers()) {
            waivers.addAll(waiver.when());
        }
        return new ObligationRule(clause, kind, cite, triggers, countedFrom, condition, steps, repeat,
                patterns(part.metBys().get(0).patterns()),
                part.metBys().get(0).sinceLast().map(this::pattern).orElse(null), extensions, patterns(waivers));
    }

    private RuleNode finding(String clause, Citation cite, FindingPart part) {
        FindingKind kind = Coded.parse(FindingKind.class, part.kind().text()).orElseThrow();
        Subject subject = part.subjects().get(0);
        FindingRule.FindingSubject planned;
        Set<EventType> references;
        if (subject instanceof Subject.Events events) {
            planned = new FindingRule.Events(pattern(events.pattern()));
            references = types(List.of(events.pattern()));
        } else if (subject instanceof Subject.PlanLongerThan longer) {
            planned = new FindingRule.PlansPast(span(longer.duration()), 0);
            references = EnumSet.of(EventType.PLAN_STARTED);
        } else {
            planned = new FindingRule.PlansPast(null, (int) ((Subject.PlanPastBirthday) subject).age().value());
            references = EnumSet.of(EventType.PLAN_STARTED);
        }
        Cond when = part.ifs().isEmpty() ? null : condition(part.ifs().get(0), references);
        Cond unless = part.unlesses().isEmpty() ? null : condition(part.unlesses().get(0), references);
        return new FindingRule(clause, kind, cite, planned, when, unless);
    }

    private Cond conditions(List<Condition> ifs, List<Condition> unlesses, Set<EventType> references) {
        Cond when = ifs.isEmpty() ? null : condition(ifs.get(0), references);
        Cond unless = unlesses.isEmpty() ? null : new Conds.Not(condition(unlesses.get(0), references));
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
        return new Conds.Attribute(test(((Condition.Attribute) condition).filter(), references));
    }

    private Window window(Scope scope) {
        if (scope instanceof Scope.BeforeIt) {
            return new Window.BeforeIt();
        }
        if (scope instanceof Scope.AfterIt) {
            return new Window.AfterIt();
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

    private EventPattern[] patterns(List<Pattern> patterns) {
        return patterns.stream().map(this::pattern).toArray(EventPattern[]::new);
    }

    private EventPattern pattern(Pattern pattern) {
        Optional<EventType> national = EventType.fromCode(pattern.type().text());
        EventType type = national.orElse(EventType.DECLARED);
        Set<EventType> only = EnumSet.of(type);
        List<AttributeTest> tests = pattern.filters().stream().map(f -> test(f, only)).toList();
        AttributeReader reference = null;
        if (national.isEmpty()) {
            // A type the policy declares (the checker made sure of it).
            reference = pattern.referringToIt() ? AttributeReader.declaredReference() : null;
            return new EventPattern(slots++, type, pattern.type().text(), tests, reference, Render.pattern(pattern));
        }
        if (pattern.referringToIt()) {
            String name = type.attributes().stream().filter(a -> a.type() == AttributeType.EVENT_REF)
                    .findFirst().orElseThrow().name();
            reference = new AttributeReader(name, only);
        }
        return new EventPattern(slots++, type, tests, reference, Render.pattern(pattern));
    }

    private static AttributeTest test(Filter filter, Collection<EventType> types) {
        AttributeReader reader = new AttributeReader(filter.attribute().text(), types);
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

    private static DueRule due(Deadline deadline) {
        if (deadline instanceof Deadline.Within within) {
            return new DueRule.Within(span(within.duration()));
        }
        if (deadline instanceof Deadline.AtOnce) {
            return new DueRule.AtOnce();
        }
        Deadline.Window window = (Deadline.Window) deadline;
        Span closes = span(window.to());
        return new DueRule.Window(new Span(window.from().value(), window.fromUnit().orElse(closes.unit())), closes);
    }

    private static Span span(Duration duration) {
        return new Span(duration.amount().value(), duration.unit().orElseThrow());
    }

    private static Set<EventType> types(List<Pattern> patterns) {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        patterns.forEach(p -> types.add(EventType.fromCode(p.type().text()).orElse(EventType.DECLARED)));
        return types;
    }
}
