package org.childinneed.dsl.internal.checked;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.childinneed.dsl.internal.ast.Condition;
import org.childinneed.dsl.internal.ast.Deadline;
import org.childinneed.dsl.internal.ast.Extension;
import org.childinneed.dsl.internal.ast.Filter;
import org.childinneed.dsl.internal.ast.Name;
import org.childinneed.dsl.internal.ast.Pattern;
import org.childinneed.dsl.internal.ast.Scope;
import org.childinneed.dsl.internal.ast.Step;
import org.childinneed.dsl.internal.ast.Subject;
import org.childinneed.dsl.internal.ast.Trigger;
import org.childinneed.model.compliance.DeclaredKind;
import org.childinneed.model.event.DeclaredEventType;
import org.childinneed.model.event.EventSchema;
import org.childinneed.model.text.English;

/**
 * A checked rule in plain words, for people who do not read scripts ({@code cin doc}): "When an
 * assessment is completed and its outcome is in need, an initial meeting is due within 10 working
 * days. It is satisfied by an initial meeting since the last assessment started." Built from the resolved
 * rule: declared event types and kinds by their descriptions, national ones from their codes (as
 * explanations and finding messages name them: {@code assessment-completed} is an assessment
 * completed), durations and comparisons in their own words. No script syntax is left: no
 * {@code with}, {@code met by} ("satisfied by"), brackets or hyphenated codes.
 */
public final class RuleWords {

    /** National event types whose codes do not read as "a subject, then what happened to it". */
    private static final Map<String, String[]> IRREGULAR = Map.of(
            "moved-in", new String[] {"a move into the area", "the child moves into the area"},
            "moved-out", new String[] {"a move out of the area", "the child moves out of the area"},
            "worker-changed", new String[] {"a change of worker", "the child's worker changes"},
            "minutes-distributed", new String[] {"the minutes distributed", "the minutes are distributed"},
            "transfer-information-sent", new String[] {"the transfer information sent", "the transfer information is sent"},
            "receiving-authority-notified", new String[] {"the receiving authority notified", "the receiving authority is notified"},
            "s47-enquiry-started", new String[] {"a section 47 enquiry started", "a section 47 enquiry is started"},
            "s47-enquiry-completed", new String[] {"a section 47 enquiry completed", "a section 47 enquiry is completed"},
            "cp-conference", new String[] {"a child protection conference", "there is a child protection conference"},
            "initial-cp-conference", new String[] {"an initial child protection conference",
                "there is an initial child protection conference"});

    private final Resolved resolved;

    private RuleWords(Resolved resolved) {
        this.resolved = resolved;
    }

    /** The rule's parts in plain words, one or more sentences each. */
    public static String of(CheckedRule rule) {
        RuleWords words = new RuleWords(rule.resolved());
        List<String> parts = new ArrayList<>();
        for (CheckedRule.Part part : rule.parts()) {
            parts.add(part instanceof CheckedRule.Obligation o ? words.obligation(o) : words.finding((CheckedRule.Finding) part));
        }
        String text = String.join(" ", parts);
        return rule.rule().advisory() ? "Advisory, good practice rather than a requirement: " + text : text;
    }

    private String obligation(CheckedRule.Obligation o) {
        StringBuilder out = new StringBuilder();
        String kind = kind(o.kind());
        String trigger = alternatives(o.trigger(), this::clause);
        out.append("When ").append(trigger);
        o.countedFrom().ifPresent(c -> out.append(" (counted from ").append(countedFrom(c)).append(')'));
        boolean undated = o.due().filter(Deadline.None.class::isInstance).isPresent();
        out.append(", ").append(kind).append(kind.startsWith("the minutes") ? " are " : " is ")
                .append(undated ? "required" : "due ");
        if (undated) {
            out.append(", with no due date: it stays open until it is met, and is never overdue");
        } else if (o.every().isPresent()) {
            out.append(deadline(o.every().get())).append(", and again ").append(deadline(o.every().get()))
                    .append(" of the one that met the one before, for as long as the plan lasts");
        } else {
            out.append(deadline(o.due().orElseThrow()));
        }
        out.append('.');
        if (!o.steps().isEmpty()) {
            out.append(" After that, ").append(o.steps().stream().map(this::step).collect(Collectors.joining(", then ")))
                    .append('.');
        }
        o.when().ifPresent(c -> out.append(" It applies only if ").append(condition(c)).append('.'));
        o.unless().ifPresent(c -> out.append(" It is not required if ").append(condition(c)).append('.'));
        out.append(" It is satisfied by ").append(alternatives(o.metBy(), this::noun));
        o.sinceLast().ifPresent(p -> out.append(" since the last ").append(bare(p)));
        out.append('.');
        for (Extension x : o.extensions()) {
            out.append(' ').append(capital(alternatives(x.when(), this::noun))).append(" extends it ")
                    .append(x.attribute().map(a -> "by the time it records (its " + attribute(a) + "), up to "
                            + x.limit().words() + " in all").orElse("to " + x.limit().words()))
                    .append('.');
        }
        if (!o.waivers().isEmpty()) {
            out.append(" It is lifted by ").append(alternatives(o.waivers(), this::noun)).append('.');
        }
        return out.toString();
    }

    private String finding(CheckedRule.Finding f) {
        StringBuilder out = new StringBuilder("Each ").append(subject(f.subject()));
        f.when().ifPresent(c -> out.append(" where ").append(condition(c)));
        out.append(" is reported as ").append(findingKind(f.kind()));
        f.unless().ifPresent(c -> out.append(", unless ").append(condition(c)));
        return out.append('.').toString();
    }

    private String subject(Subject subject) {
        if (subject instanceof Subject.Events events) {
            return bare(events.pattern());
        }
        if (subject instanceof Subject.PlanLongerThan longer) {
            return "plan still open after " + longer.duration().words();
        }
        return "plan still open past the child's " + English.ordinal(((Subject.PlanPastBirthday) subject).age().value())
                + " birthday";
    }

    private static String deadline(Deadline deadline) {
        if (deadline instanceof Deadline.Within within) {
            return "within " + within.duration().words();
        }
        if (deadline instanceof Deadline.AtOnce) {
            return "the same day";
        }
        if (deadline instanceof Deadline.WithinAttribute read) {
            return "within as many " + read.unit().map(u -> u.words(2)).orElse(read.unitName().text())
                    + " as the event that started it records (its " + attribute(read.attribute()) + ")";
        }
        if (deadline instanceof Deadline.None) {
            return "with no due date";
        }
        if (deadline instanceof Deadline.At at) {
            return "on the day " + at.offset().words() + " later (not before)";
        }
        Deadline.Window window = (Deadline.Window) deadline;
        return "between " + opening(window) + " and " + window.to().words() + " later (not before the first)";
    }

    private static String opening(Deadline.Window window) {
        return window.from().value() + window.fromUnitName().map(u -> " " + u.text()).orElse("");
    }

    private String step(Step step) {
        if (step instanceof Step.Once once) {
            return "another is due " + deadline(once.deadline()) + " of the one that met the one before";
        }
        if (step instanceof Step.At at) {
            return "another is due " + at.offset().words() + " after the first was started (a later one, not the same one)";
        }
        if (step instanceof Step.EveryAttribute read) {
            return "one is due " + deadline(read.period()) + " after the one before, until the next such event sets the"
                    + " period again, for as long as the plan lasts";
        }
        Step.Every every = (Step.Every) step;
        return "one is due every " + every.window().map(w -> opening(w) + " to " + w.to().words())
                .orElse(every.period().words()) + " after the one before, for as long as the plan lasts";
    }

    private String countedFrom(Trigger.CountedFrom from) {
        List<String> dates = from.dates().stream().map(d -> d.text().equals(Trigger.CountedFrom.OWN_DATE)
                ? "its own date" : "the " + attribute(d) + " date it records").toList();
        return dates.size() == 1 ? dates.get(0) : "the " + (from.later() ? "later" : "earlier") + " of " + dates.get(0)
                + " and " + dates.get(1);
    }

    /** "a review or early review meeting", "an assessment completed whose outcome is in need". */
    private String noun(Pattern pattern) {
        String head = head(pattern);
        String article = head.startsWith("the ") ? "the" : head.startsWith("an ") ? "an" : head.startsWith("a ") ? "a" : "";
        String bare = bare(pattern);
        return (article.isEmpty() ? English.article(bare) : article) + " " + bare;
    }

    /** What the type is called, with the article its description gives it, if any. */
    private String head(Pattern pattern) {
        Optional<DeclaredEventType> declared = declared(pattern);
        String type = pattern.type().text();
        if (declared.isPresent()) {
            return declared.get().description().equals(type) ? code(type) : declared.get().description();
        }
        return IRREGULAR.containsKey(type) ? IRREGULAR.get(type)[0] : code(type);
    }

    /** The pattern without an article: "assessment completed whose outcome is in need". */
    private String bare(Pattern pattern) {
        String head = head(pattern).replaceFirst("^(the|an|a) ", "");
        List<Filter> filters = new ArrayList<>(pattern.filters());
        String adjective = adjective(pattern.type().text(), filters);
        return (adjective.isEmpty() ? head : adjective + " " + head) + filters(filters) + (pattern.referringToIt() ? " for it" : "");
    }

    /** As a clause: "an assessment is completed and its outcome is in need", "there is a visit". */
    private String clause(Pattern pattern) {
        String type = pattern.type().text();
        int last = type.lastIndexOf('-');
        boolean happened = declared(pattern).isEmpty() && !IRREGULAR.containsKey(type) && last > 0
                && (type.endsWith("ed") || type.endsWith("-sent"));
        if (IRREGULAR.containsKey(type) && !IRREGULAR.get(type)[1].startsWith("there is")) {
            return IRREGULAR.get(type)[1] + possessive(pattern.filters(), " and ") + (pattern.referringToIt() ? " for it" : "");
        }
        if (!happened) {
            return "there is " + noun(pattern);
        }
        String subject = code(type.substring(0, last));
        return English.article(subject) + " " + subject + " is " + type.substring(last + 1)
                + possessive(pattern.filters(), " and ") + (pattern.referringToIt() ? " for it" : "");
    }

    /**
     * The code of a filter on the type's own kind ({@code meeting with meeting initial}, {@code
     * supervision with kind reflective}) as an adjective, taken from the filters.
     */
    private static String adjective(String type, List<Filter> filters) {
        for (Filter filter : filters) {
            String attribute = filter.attribute().text();
            if (!attribute.equals(type) && !attribute.equals("kind")) {
                continue;
            }
            if (filter instanceof Filter.Equals equals && !equals.negated()) {
                filters.remove(filter);
                return code(equals.value().text());
            }
            if (filter instanceof Filter.In in && !in.negated()) {
                filters.remove(filter);
                return or(in.values());
            }
        }
        return "";
    }

    private static String filters(List<Filter> filters) {
        List<String> whose = new ArrayList<>();
        List<String> participles = new ArrayList<>();
        for (Filter filter : filters) {
            Optional<String> participle = participle(filter, false);
            if (participle.isPresent()) {
                participles.add(participle.get());
            } else {
                whose.add(filter(filter));
            }
        }
        StringBuilder out = new StringBuilder(participles.isEmpty() ? "" : " " + String.join(" and ", participles));
        if (!whose.isEmpty()) {
            out.append(" whose ").append(and(whose));
        }
        return out.toString();
    }

    /** The filters as said of an event named before: " and its outcome is in need". */
    private static String possessive(List<Filter> filters, String joiner) {
        StringBuilder out = new StringBuilder();
        for (Filter filter : filters) {
            out.append(joiner).append(participle(filter, false).map(p -> filter instanceof Filter.Flag ? "it is " + p : p)
                    .orElse("its " + filter(filter)));
        }
        return out.toString();
    }

    /** Roles read better as "chaired by a team manager" than as "whose chair is team manager". */
    private static Optional<String> participle(Filter filter, boolean inHand) {
        String attribute = filter.attribute().text();
        if (filter instanceof Filter.Flag flag) {
            return Optional.of((flag.negated() ? "not marked as " : "marked as ") + attribute(filter.attribute()));
        }
        String verb = switch (attribute) {
            case "chair" -> "chaired by";
            case "by" -> inHand ? "made by" : "by";
            case "to" -> "allocated to";
            case "about" -> "about";
            default -> null;
        };
        if (verb == null) {
            return Optional.empty();
        }
        if (attribute.equals("about") && filter instanceof Filter.Equals equals) {
            return Optional.of((equals.negated() ? "not " : "") + verb + " " + code(equals.value().text()));
        }
        if (attribute.equals("about") && filter instanceof Filter.In in) {
            return Optional.of((in.negated() ? "not " : "") + verb + " " + or(in.values()));
        }
        if (filter instanceof Filter.Equals equals) {
            return Optional.of((equals.negated() ? "not " : "") + verb + " " + role(equals.value().text()));
        }
        if (filter instanceof Filter.In in) {
            return Optional.of((in.negated() ? "not " : "") + verb + " " + English.article(code(in.values().get(0).text())) + " "
                    + or(in.values()));
        }
        return Optional.empty();
    }

    private static String role(String code) {
        String words = code(code);
        return English.article(words) + " " + words;
    }

    /** "outcome is in need", "points are more than 8", "elements include keyworker and contingency". */
    private static String filter(Filter filter) {
        String attribute = attribute(filter.attribute());
        // "points are", "elements are": a plural name takes a plural verb.
        String is = attribute.endsWith("s") && !attribute.endsWith("ss") ? " are" : " is";
        if (filter instanceof Filter.Flag flag) {
            return attribute + is + (flag.negated() ? " not marked" : " marked");
        }
        if (filter instanceof Filter.Equals equals) {
            return attribute + is + (equals.negated() ? " not " : " ") + code(equals.value().text());
        }
        if (filter instanceof Filter.In in) {
            return attribute + is + (in.negated() ? " none of " + and(in.values().stream().map(n -> code(n.text())).toList())
                    : " " + or(in.values()));
        }
        if (filter instanceof Filter.Includes includes) {
            return attribute + " include " + and(includes.values().stream().map(n -> code(n.text())).toList());
        }
        if (filter instanceof Filter.Compare compare) {
            return attribute + is + " " + compare.comparison().words() + " " + compare.bound().value();
        }
        return attribute + is + (((Filter.Recorded) filter).negated() ? " not recorded" : " recorded");
    }

    private String condition(Condition condition) {
        if (condition instanceof Condition.AnyOf any) {
            return any.conditions().stream().map(this::condition).collect(Collectors.joining(", or "));
        }
        if (condition instanceof Condition.AllOf all) {
            return all.conditions().stream().map(this::condition).collect(Collectors.joining(", and "));
        }
        if (condition instanceof Condition.Not not) {
            return "it is not so that " + condition(not.condition());
        }
        if (condition instanceof Condition.ChildDisabled disabled) {
            return disabled.negated() ? "the child is not disabled" : "the child is disabled";
        }
        if (condition instanceof Condition.ChildAge age) {
            return "the child is aged " + age.comparison().words() + " " + age.years().value();
        }
        if (condition instanceof Condition.PlanOpen open) {
            return "the plan has been open " + open.comparison().words() + " " + open.duration().words();
        }
        if (condition instanceof Condition.PlanHas has) {
            return "the plan's " + and(has.filters().stream().map(RuleWords::filter).toList());
        }
        if (condition instanceof Condition.Exists exists) {
            return (exists.none() ? "there is no " + bare(exists.pattern()) : "there is " + noun(exists.pattern()))
                    + exists.scope().map(s -> " " + scope(s)).orElse("");
        }
        if (condition instanceof Condition.Partner partner) {
            return "its own " + bare(partner.pattern()) + " is recorded";
        }
        if (condition instanceof Condition.DateWithin within) {
            return "the " + attribute(within.attribute()) + " date it records is within " + within.duration().words()
                    + (within.after() ? " after it" : " before it");
        }
        Filter filter = ((Condition.Attribute) condition).filter();
        return participle(filter, true).map(p -> "it is " + p).orElse("its " + filter(filter));
    }

    private String scope(Scope scope) {
        if (scope instanceof Scope.BeforeIt) {
            return "at any time before it";
        }
        if (scope instanceof Scope.AfterIt) {
            return "after it";
        }
        if (scope instanceof Scope.SinceLast since) {
            return "since the last " + bare(since.pattern());
        }
        if (scope instanceof Scope.BeforeLast before) {
            return "before the last " + bare(before.pattern());
        }
        if (scope instanceof Scope.WithinOfIt within) {
            return "within " + within.duration().words() + (within.after() ? " after it" : " before it");
        }
        if (scope instanceof Scope.WithinOfPlanStart within) {
            return "within " + within.duration().words() + (within.after() ? " after" : " before") + " the plan started";
        }
        return "on the same day";
    }

    private Optional<DeclaredEventType> declared(Pattern pattern) {
        EventSchema schema = resolved.schema(pattern);
        return schema instanceof DeclaredEventType declared ? Optional.of(declared) : Optional.empty();
    }

    private static String kind(org.childinneed.model.compliance.Obligation.Kind kind) {
        if (kind instanceof DeclaredKind declared && !declared.description().equals(declared.code())) {
            return declared.description();
        }
        String words = code(kind.code());
        return words.equals("minutes") || words.equals("transfer information") ? "the " + words
                : English.article(words) + " " + words;
    }

    private static String findingKind(org.childinneed.model.compliance.Finding.Kind kind) {
        if (kind instanceof DeclaredKind declared && !declared.description().equals(declared.code())) {
            return declared.description();
        }
        return code(kind.code());
    }

    /** {@code in-need}: "in need"; {@code s47}: "section 47". */
    private static String code(String code) {
        return code.replace("s47", "section 47").replace("cp-", "child protection ").replace('-', ' ');
    }

    /** {@code nextReview}: "next review". */
    private static String attribute(Name name) {
        return name.text().replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT).replace('-', ' ');
    }

    private static String or(List<Name> values) {
        List<String> words = values.stream().map(n -> code(n.text())).toList();
        if (words.size() <= 1) {
            return words.isEmpty() ? "" : words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    private static String and(List<String> words) {
        if (words.size() <= 1) {
            return words.isEmpty() ? "" : words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }

    private <T> String alternatives(List<T> items, java.util.function.Function<T, String> words) {
        return items.stream().map(words).collect(Collectors.joining(", or "));
    }

    private static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

}
