package org.childinneed.dsl.internal.ast;

import org.childinneed.model.text.English;
import java.util.List;
import java.util.stream.Collectors;

/** Writes syntax-tree nodes back as canonical script text, for messages and rule descriptions. */
public final class Render {

    private Render() {
    }

    /** {@code meeting with meeting in [review, early-review]}. */
    public static String pattern(Pattern pattern) {
        StringBuilder out = new StringBuilder(pattern.type().text());
        if (!pattern.filters().isEmpty()) {
            out.append(" with ").append(pattern.filters().stream().map(Render::filter).collect(Collectors.joining(", ")));
        }
        if (pattern.referringToIt()) {
            out.append(" referring to it");
        }
        return out.toString();
    }

    /** Alternatives joined with {@code or}. */
    public static String patterns(List<Pattern> patterns) {
        return patterns.stream().map(Render::pattern).collect(Collectors.joining(" or "));
    }

    /** {@code chair in [team-manager, senior-practitioner]}. */
    public static String filter(Filter filter) {
        String attribute = filter.attribute().text();
        if (filter instanceof Filter.Flag flag) {
            return (flag.negated() ? "not " : "") + attribute;
        }
        if (filter instanceof Filter.Equals equals) {
            return attribute + (equals.negated() ? " is not " : " ") + equals.value().text();
        }
        if (filter instanceof Filter.In in) {
            return attribute + (in.negated() ? " not in " : " in ") + list(in.values());
        }
        if (filter instanceof Filter.Includes includes) {
            return attribute + " include " + list(includes.values());
        }
        if (filter instanceof Filter.Compare compare) {
            return attribute + " " + compare.comparison().words() + " " + compare.bound().value();
        }
        Filter.Recorded recorded = (Filter.Recorded) filter;
        return attribute + (recorded.negated() ? " not recorded" : " recorded");
    }

    private static String list(List<Name> values) {
        return "[" + values.stream().map(Name::text).collect(Collectors.joining(", ")) + "]";
    }

    /** A condition, parenthesised only where needed. */
    public static String condition(Condition condition) {
        if (condition instanceof Condition.AnyOf any) {
            return any.conditions().stream().map(Render::condition).collect(Collectors.joining(" or "));
        }
        if (condition instanceof Condition.AllOf all) {
            return all.conditions().stream().map(c -> c instanceof Condition.AnyOf ? "(" + condition(c) + ")"
                    : condition(c)).collect(Collectors.joining(" and "));
        }
        if (condition instanceof Condition.Not not) {
            Condition inner = not.condition();
            boolean compound = inner instanceof Condition.AnyOf || inner instanceof Condition.AllOf;
            return "not " + (compound ? "(" + condition(inner) + ")" : condition(inner));
        }
        if (condition instanceof Condition.ChildDisabled disabled) {
            return disabled.negated() ? "child is not disabled" : "child is disabled";
        }
        if (condition instanceof Condition.ChildAge age) {
            return "child aged " + age.comparison().words() + " " + age.years().value();
        }
        if (condition instanceof Condition.PlanOpen open) {
            return "plan open " + open.comparison().words() + " " + open.duration().words();
        }
        if (condition instanceof Condition.PlanHas has) {
            return "plan has " + has.filters().stream().map(Render::filter).collect(Collectors.joining(", "));
        }
        if (condition instanceof Condition.Exists exists) {
            String type = exists.pattern().type().text();
            String article = exists.none() ? "no" : English.article(type);
            return article + " " + pattern(exists.pattern()) + exists.scope().map(s -> " " + scope(s)).orElse("");
        }
        if (condition instanceof Condition.Partner partner) {
            return "its " + pattern(partner.pattern());
        }
        if (condition instanceof Condition.DateWithin within) {
            return within.attribute().text() + " within " + within.duration().words() + (within.after() ? " after it" : " before it");
        }
        Filter filter = ((Condition.Attribute) condition).filter();
        if (filter instanceof Filter.Equals equals) {
            return equals.attribute().text() + (equals.negated() ? " is not " : " is ") + equals.value().text();
        }
        return filter(filter);
    }

    /** {@code since the last meeting with meeting review}. */
    public static String scope(Scope scope) {
        if (scope instanceof Scope.BeforeIt) {
            return "before it";
        }
        if (scope instanceof Scope.AfterIt) {
            return "after it";
        }
        if (scope instanceof Scope.SinceLast since) {
            return "since the last " + pattern(since.pattern());
        }
        if (scope instanceof Scope.BeforeLast before) {
            return "before the last " + pattern(before.pattern());
        }
        if (scope instanceof Scope.WithinOfIt within) {
            return "within " + within.duration().words() + (within.after() ? " after it" : " before it");
        }
        if (scope instanceof Scope.WithinOfPlanStart within) {
            return "within " + within.duration().words() + (within.after() ? " after" : " before")
                    + " the plan started";
        }
        return "on the same day";
    }

    /** {@code within 10 working days}, {@code at once}, {@code between 6 and 8 weeks}. */
    public static String deadline(Deadline deadline) {
        if (deadline instanceof Deadline.Within within) {
            return "within " + within.duration().words();
        }
        if (deadline instanceof Deadline.AtOnce) {
            return "at once";
        }
        if (deadline instanceof Deadline.At at) {
            return "at " + at.offset().words();
        }
        if (deadline instanceof Deadline.None) {
            return "at no set date";
        }
        if (deadline instanceof Deadline.WithinAttribute within) {
            return "within " + within.attribute().text() + " " + within.unitName().text();
        }
        return window((Deadline.Window) deadline);
    }

    /** {@code between 6 and 8 weeks}. */
    public static String window(Deadline.Window window) {
        return "between " + window.from().value() + window.fromUnitName().map(u -> " " + u.text()).orElse("")
                + " and " + window.to().words();
    }

    /** A part in plain words, for rule descriptions. */
    public static String part(Part part) {
        if (part instanceof FindingPart finding) {
            StringBuilder out = new StringBuilder("finding ").append(finding.kind().text());
            finding.subjects().forEach(s -> out.append(" for each ").append(subject(s)));
            finding.ifs().forEach(c -> out.append(" if ").append(condition(c)));
            finding.unlesses().forEach(c -> out.append(" unless ").append(condition(c)));
            return out.toString();
        }
        ObligationPart o = (ObligationPart) part;
        StringBuilder out = new StringBuilder("obligation ").append(o.kind().text());
        o.triggers().forEach(t -> out.append(" when ").append(patterns(t.patterns()))
                .append(t.countedFrom().map(a -> " counted from " + a.words()).orElse("")));
        o.everys().forEach(e -> out.append(" every ").append(e.window().map(Render::window).orElse(e.period().words()))
                .append(" from ")
                .append(patterns(e.from())));
        o.ifs().forEach(c -> out.append(" if ").append(condition(c)));
        o.unlesses().forEach(c -> out.append(" unless ").append(condition(c)));
        o.dues().forEach(d -> out.append(d instanceof Deadline.None ? ", no due date" : ", due " + deadline(d)));
        for (Step step : o.steps()) {
            out.append(", then ").append(step instanceof Step.Every every
                    ? "every " + every.window().map(Render::window).orElse(every.period().words())
                    : step instanceof Step.At at ? "at " + at.offset().words()
                    : step instanceof Step.EveryAttribute every ? "every " + every.period().attribute().text() + " "
                            + every.period().unitName().text()
                    : deadline(((Step.Once) step).deadline()));
        }
        o.metBys().forEach(m -> out.append("; met by ").append(patterns(m.patterns()))
                .append(m.sinceLast().map(p -> " since the last " + pattern(p)).orElse("")));
        o.extensions().forEach(x -> out.append("; extended to ")
                .append(x.attribute().map(a -> a.text() + " up to ").orElse("")).append(x.limit().words())
                .append(" when ").append(patterns(x.when())));
        o.waivers().forEach(w -> out.append("; waived when ").append(patterns(w.when())));
        return out.toString();
    }

    private static String subject(Subject subject) {
        if (subject instanceof Subject.Events events) {
            return pattern(events.pattern());
        }
        if (subject instanceof Subject.PlanLongerThan longer) {
            return "plan open longer than " + longer.duration().words();
        }
        long age = ((Subject.PlanPastBirthday) subject).age().value();
        return "plan open past the child's " + age + "th birthday";
    }
}
