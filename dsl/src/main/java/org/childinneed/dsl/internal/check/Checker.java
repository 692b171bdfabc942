package org.childinneed.dsl.internal.check;

import org.childinneed.model.text.English;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.childinneed.dsl.internal.ast.Deadline;
import org.childinneed.dsl.internal.checked.CheckedRule;
import org.childinneed.dsl.internal.checked.Resolved;
import org.childinneed.dsl.internal.ast.Duration;
import org.childinneed.dsl.internal.ast.Extension;
import org.childinneed.dsl.internal.ast.FindingPart;
import org.childinneed.dsl.internal.ast.Name;
import org.childinneed.dsl.internal.ast.ObligationPart;
import org.childinneed.dsl.internal.ast.OutOfScopeDecl;
import org.childinneed.dsl.internal.ast.Condition;
import org.childinneed.dsl.internal.ast.Scope;
import org.childinneed.dsl.internal.ast.Part;
import org.childinneed.dsl.internal.ast.Pattern;
import org.childinneed.dsl.internal.ast.PolicyDecl;
import org.childinneed.dsl.internal.ast.RuleDecl;
import org.childinneed.dsl.internal.ast.Step;
import org.childinneed.dsl.internal.ast.Subject;
import org.childinneed.dsl.internal.ast.Text;
import org.childinneed.dsl.internal.ast.TimeUnit;
import org.childinneed.dsl.internal.ast.Trigger;
import org.childinneed.dsl.internal.ast.Waiver;
import org.childinneed.dsl.internal.source.Codes;
import org.childinneed.model.text.DidYouMean;
import org.childinneed.dsl.internal.source.Reporter;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.event.AttributeSpec;
import org.childinneed.model.event.AttributeType;
import org.childinneed.model.event.EventType;
import org.childinneed.model.event.EventSchema;

/**
 * Checks a policy's syntax tree against the domain vocabulary and the language's rules, reporting
 * every error found (never stopping at the first). A tree with no errors can be planned.
 */
public final class Checker {

    private static final java.util.regex.Pattern CLAUSE_ID = java.util.regex.Pattern.compile("[A-Z][A-Z0-9]*-[0-9]+[a-z]?");

    private final Reporter reporter;
    private final Optional<InheritedRules> parent;
    private final Terms terms;
    private final Conditions conditions;
    private final Vocabulary vocabulary;
    private final Resolved.Builder resolved = new Resolved.Builder();

    private Checker(Reporter reporter, Optional<InheritedRules> parent, Vocabulary vocabulary) {
        this.reporter = reporter;
        this.parent = parent;
        this.vocabulary = vocabulary;
        this.terms = new Terms(reporter, vocabulary, resolved);
        vocabulary.extended().forEach(x -> resolved.extended(x.national(), x));
        this.conditions = new Conditions(reporter, terms);
    }

    /**
     * Checks {@code policy}, which extends the policy described by {@code parent} if any, reporting
     * to {@code reporter}.
     *
     * @return its rules in their checked form, in the order written, when the script (syntax
     *     included) has no errors; otherwise empty
     */
    public static Optional<List<CheckedRule>> check(PolicyDecl policy, Optional<InheritedRules> parent, Reporter reporter) {
        return check(policy, parent, Declarations.check(policy, Vocabulary.NATIONAL, reporter), reporter);
    }

    /** Checks {@code policy} as above, its event types those of {@code vocabulary} (see {@link Declarations}). */
    public static Optional<List<CheckedRule>> check(PolicyDecl policy, Optional<InheritedRules> parent,
            Vocabulary vocabulary, Reporter reporter) {
        Checker checker = new Checker(reporter, parent, vocabulary);
        checker.policy(policy);
        if (reporter.hasErrors() || !policy.complete()) {
            return Optional.empty();
        }
        Resolved resolved = checker.resolved.build();
        return Optional.of(policy.rules().stream().map(rule -> checked(rule, resolved)).toList());
    }

    /** A rule of a script without errors, in its checked form. */
    private static CheckedRule checked(RuleDecl rule, Resolved resolved) {
        List<CheckedRule.Part> parts = new ArrayList<>();
        for (Part part : rule.parts()) {
            if (part instanceof ObligationPart o) {
                Optional<ObligationPart.Every> every = o.everys().stream().findFirst();
                Optional<Trigger> trigger = o.triggers().stream().findFirst();
                ObligationPart.MetBy metBy = o.metBys().get(0);
                parts.add(new CheckedRule.Obligation(resolved.kind(o),
                        every.map(ObligationPart.Every::from).orElseGet(() -> trigger.orElseThrow().patterns()),
                        trigger.flatMap(Trigger::countedFrom), every.map(ObligationPart.Every::deadline),
                        o.dues().stream().findFirst(), o.steps(), metBy.patterns(), metBy.sinceLast(),
                        o.ifs().stream().findFirst(), o.unlesses().stream().findFirst(), o.extensions(),
                        o.waivers().stream().flatMap(w -> w.when().stream()).toList()));
            } else {
                FindingPart f = (FindingPart) part;
                parts.add(new CheckedRule.Finding(resolved.kind(f), f.subjects().get(0), f.ifs().stream().findFirst(),
                        f.unlesses().stream().findFirst()));
            }
        }
        return new CheckedRule(rule, rule.clauseIds().get(0).text(), rule.cites().get(0).value(), parts, resolved);
    }

    private void policy(PolicyDecl policy) {
        header(policy);
        Map<String, RuleDecl> names = new HashMap<>();
        Map<String, String> clauses = inheritedClauses(policy);
        for (RuleDecl rule : policy.rules()) {
            boolean unique = ruleName(rule, names);
            Runnable check = () -> rule(rule, unique ? clauses : new HashMap<>());
            resolved.checking(rule);
            if (rule.partial()) {
                reporter.muting(java.util.Set.of(Codes.MISSING_CLAUSE), check);
            } else {
                check.run();
            }
        }
        resolved.checking(null);
        for (OutOfScopeDecl decl : policy.outOfScope()) {
            boolean expressible = decl.notExpressible().isEmpty();
            decl.notExpressible().filter(word -> !word.text().equals("expressible")).ifPresent(word ->
                    reporter.error(Codes.MALFORMED_DECLARATION, word, "expected 'not expressible', not 'not " + word.text() + "'",
                            Optional.of("write 'not expressible " + decl.clauses().get(0).text() + " \"<reason>\"'")));
            if (decl.reason().value().isBlank()) {
                reporter.error(Codes.MISSING_CLAUSE, decl.reason(), expressible ? "an out-of-scope clause needs a reason"
                        : "a clause not expressible needs a reason", Optional.of(expressible
                        ? "say why a case record cannot show whether it was followed"
                        : "say what the language lacks to express it"));
            }
            for (Name clause : decl.clauses()) {
                claim(clause, (expressible ? "declared out of scope" : "declared not expressible") + " at line "
                        + decl.pos().line(), clauses);
            }
        }
    }

    private void header(PolicyDecl policy) {
        if (policy.title().value().isBlank()) {
            reporter.error(Codes.EMPTY_TEXT, policy.title(), "the policy's title is empty");
        }
        once(policy.versions(), policy.id(), "version", "version \"2023\"");
        policy.effective().forEach(this::effectiveDate);
        once(policy.sources(), policy.id(), "source", "source \"kent.txt\"");
        if (policy.parents().size() > 1) {
            reporter.error(Codes.DUPLICATE_CLAUSE, policy.parents().get(1), "a policy extends at most one other policy");
        }
    }

    private void effectiveDate(Text date) {
        try {
            java.time.LocalDate day = java.time.LocalDate.parse(date.value());
            if (day.getYear() < 1900 || day.getYear() > 2100) {
                reporter.error(Codes.OUT_OF_RANGE, date, "'" + date.value() + "' is outside the years 1900 to 2100 of the working-day calendar");
            }
        } catch (java.time.format.DateTimeParseException e) {
            reporter.error(Codes.WRONG_TYPE, date, "'" + date.value() + "' is not a real date", Optional.of("write the date as YYYY-MM-DD"));
        }
    }

    private void once(List<Text> given, Name policy, String what, String example) {
        if (given.isEmpty()) {
            reporter.error(Codes.MISSING_CLAUSE, policy, "the policy has no " + what, Optional.of("add " + example + " to its header"));
        } else if (given.size() > 1) {
            reporter.error(Codes.DUPLICATE_CLAUSE, given.get(1), "the policy's " + what + " is given twice");
        } else if (given.get(0).value().isBlank()) {
            reporter.error(Codes.EMPTY_TEXT, given.get(0), "the policy's " + what + " is empty");
        }
    }

    /** Clause ids of inherited rules that this policy does not override, with where they are encoded. */
    private Map<String, String> inheritedClauses(PolicyDecl policy) {
        Map<String, String> clauses = new LinkedHashMap<>();
        parent.ifPresent(p -> p.clausesByRule().forEach((rule, ids) -> {
            boolean overridden = policy.rules().stream().anyMatch(r -> r.name().text().equals(rule));
            if (!overridden) {
                ids.forEach(id -> clauses.put(id, "rule '" + rule + "' inherited from " + p.policyId()));
            }
        }));
        return clauses;
    }

    /** Checks the rule's name; whether it is the first rule of that name. */
    private boolean ruleName(RuleDecl rule, Map<String, RuleDecl> names) {
        String name = rule.name().text();
        RuleDecl first = names.putIfAbsent(name, rule);
        if (first != null) {
            reporter.error(Codes.DUPLICATE_RULE, rule.name(), "rule '" + name + "' is written twice; the first is at line "
                    + first.pos().line(), Optional.of("give each rule its own name"));
            return false;
        }
        Optional<List<String>> inherited = parent.map(p -> p.clausesByRule().get(name));
        if (rule.override()) {
            if (parent.isEmpty()) {
                reporter.error(Codes.NOTHING_TO_OVERRIDE, rule.pos(), "'override' replaces a rule of the policy this one extends, but this"
                        + " policy extends none", Optional.of("add 'extends <policy>' to the header, or remove"
                        + " 'override'"));
            } else if (inherited.isEmpty()) {
                reporter.error(Codes.NOTHING_TO_OVERRIDE, rule.name(), "there is no rule '" + name + "' in " + parent.get().policyId()
                        + " to override", DidYouMean.hint(name, parent.get().clausesByRule().keySet()));
            }
        } else if (inherited.isPresent()) {
            reporter.error(Codes.RULE_ALREADY_DEFINED, rule.name(), "rule '" + name + "' is already defined by " + parent.get().policyId(),
                    Optional.of("write 'override rule " + name + "' to replace it"));
            return false;
        }
        return true;
    }

    private void rule(RuleDecl rule, Map<String, String> clauses) {
        String name = rule.name().text();
        if (rule.cites().isEmpty()) {
            reporter.error(Codes.MISSING_CLAUSE, rule.name(), "rule '" + name + "' has no citation",
                    Optional.of("add cite \"<section of the source document>\""));
        } else if (rule.cites().size() > 1) {
            reporter.error(Codes.DUPLICATE_CLAUSE, rule.cites().get(1), "rule '" + name + "' has more than one citation");
        } else if (rule.cites().get(0).value().isBlank()) {
            reporter.error(Codes.EMPTY_TEXT, rule.cites().get(0), "rule '" + name + "' has an empty citation");
        }
        if (rule.title().isPresent() && rule.title().get().value().isBlank()) {
            reporter.error(Codes.EMPTY_TEXT, rule.title().get(), "rule '" + name + "' has an empty title");
        }
        for (Name clause : rule.clauseIds()) {
            if (!CLAUSE_ID.matcher(clause.text()).matches()) {
                reporter.warning(Codes.NOT_A_CLAUSE_ID, clause, "'" + clause.text() + "' does not look like a catalog clause id",
                        Optional.of("name the clause the rule encodes, such as KEN-01, with 'clause'"));
            }
            claim(clause, "rule '" + name + "' (line " + rule.pos().line() + ")", clauses);
        }
        if (rule.parts().isEmpty()) {
            reporter.error(Codes.MISSING_CLAUSE, rule.name(), "rule '" + name + "' has no obligation or finding");
        }
        for (Part part : rule.parts()) {
            if (part instanceof ObligationPart o) {
                obligation(o);
            } else {
                finding((FindingPart) part);
            }
        }
    }

    private void claim(Name clause, String where, Map<String, String> clauses) {
        String first = clauses.putIfAbsent(clause.text(), where);
        if (first != null) {
            reporter.error(Codes.DUPLICATE_CLAUSE_ID, clause, "clause " + clause.text() + " is already " + (first.startsWith("declared")
                    ? first : "encoded by " + first));
        }
    }

    private void obligation(ObligationPart part) {
        Optional<Obligation.Kind> kind = vocabulary.obligationKindOf(part.kind().text());
        kind.ifPresent(k -> resolved.kind(part, k));
        if (kind.isEmpty()) {
            if (vocabulary.findingKindOf(part.kind().text()).isPresent()) {
                reporter.error(Codes.WRONG_KIND, part.kind(), "'" + part.kind().text() + "' is a finding kind, not an obligation kind",
                        Optional.of("write 'finding " + part.kind().text() + "'"));
            } else {
                reporter.error(Codes.UNKNOWN_OBLIGATION_KIND, part.kind(), "unknown obligation kind '" + part.kind().text() + "'",
                        Terms.known(part.kind().text(), vocabulary.obligationKindCodes(), "the obligation kinds", "obligation kind"));
            }
        }
        String label = "obligation '" + part.kind().text() + "'";
        Set<EventType> references = EnumSet.noneOf(EventType.class);
        int triggers = part.triggers().size() + part.everys().size();
        if (triggers == 0) {
            reporter.error(Codes.MISSING_CLAUSE, part.kind(), label + " has no trigger",
                    Optional.of("add 'when <event>' or 'every <period> from <event>'"));
        }
        List<org.childinneed.dsl.internal.ast.Node> triggerNodes = new ArrayList<>(part.triggers());
        triggerNodes.addAll(part.everys());
        triggerNodes.sort(java.util.Comparator.comparingInt((org.childinneed.dsl.internal.ast.Node n) -> n.pos().line())
                .thenComparingInt(n -> n.pos().column()));
        if (triggers > 1) {
            reporter.error(Codes.DUPLICATE_CLAUSE, triggerNodes.get(1), "an obligation has one trigger",
                    Optional.of("join alternative events with 'or'"));
        }
        for (Trigger trigger : part.triggers()) {
            references.addAll(terms.patterns(trigger.patterns(), false));
            trigger.countedFrom().ifPresent(attr -> countedFrom(attr, trigger.patterns()));
        }
        for (ObligationPart.Every every : part.everys()) {
            terms.period(every.period());
            every.window().ifPresent(terms::deadline);
            references.addAll(terms.patterns(every.from(), false));
        }
        boolean recurring = !part.everys().isEmpty() || !part.steps().isEmpty();
        if (!part.everys().isEmpty()) {
            part.dues().forEach(due -> reporter.error(Codes.MISPLACED_CLAUSE, due, "'every' already says when it falls due; remove this"
                    + " 'due'"));
            part.steps().forEach(step -> reporter.error(Codes.MISPLACED_CLAUSE, step, "'every' repeats already; 'then' cannot follow it"));
        } else if (!part.triggers().isEmpty() && part.dues().isEmpty()) {
            reporter.error(Codes.MISSING_CLAUSE, part.kind(), label + " has no 'due' clause",
                    Optional.of("add 'due within <duration>' or 'due at once'"));
        }
        if (part.dues().size() > 1) {
            reporter.error(Codes.DUPLICATE_CLAUSE, part.dues().get(1), "an obligation has one 'due' clause",
                    Optional.of("write later occurrences with 'then within <duration>'"));
        }
        boolean oneOff = part.everys().isEmpty() && part.steps().isEmpty() && part.extensions().isEmpty();
        part.dues().forEach(due -> {
            if (oneOff && due instanceof Deadline.Within) {
                terms.oneOffDeadline(due);
            } else {
                terms.deadline(due);
            }
        });
        undatedOrRead(part);
        steps(part.dues(), part.steps());
        if (part.metBys().isEmpty()) {
            reporter.error(Codes.MISSING_CLAUSE, part.kind(), label + " has no 'met by' clause", Optional.of("add 'met by <event>'"));
        } else if (part.metBys().size() > 1) {
            reporter.error(Codes.DUPLICATE_CLAUSE, part.metBys().get(1), "an obligation has one 'met by' clause",
                    Optional.of("join alternative events with 'or'"));
        }
        for (ObligationPart.MetBy metBy : part.metBys()) {
            terms.patterns(metBy.patterns(), true);
            metBy.sinceLast().ifPresent(since -> {
                terms.pattern(since, true);
                if (recurring) {
                    reporter.error(Codes.MISPLACED_CLAUSE, since, "'since the last' is for one-off obligations; a recurring one already"
                            + " counts from what met the one before");
                }
            });
        }
        conditions.ifAndUnless(part.ifs(), part.unlesses(), references);
        firstDue(part).ifPresent(due -> {
            part.ifs().forEach(c -> lookAhead(c, due));
            part.unlesses().forEach(c -> lookAhead(c, due));
        });
        for (Extension extension : part.extensions()) {
            extension(extension, part, recurring);
        }
        for (Waiver waiver : part.waivers()) {
            terms.patterns(waiver.when(), true);
        }
    }

    /**
     * Checks {@code no due date} (nothing later, nothing to extend) and a period read from an
     * attribute (a number every trigger event records).
     */
    private void undatedOrRead(ObligationPart part) {
        for (Deadline due : part.dues()) {
            if (due instanceof Deadline.None none) {
                if (!none.word().text().equals("date")) {
                    reporter.error(Codes.SYNTAX_ERROR, none.word(), "expected 'no due date', not 'no due " + none.word().text() + "'",
                            Optional.of("write 'no due date'"));
                }
                part.steps().forEach(step -> reporter.error(Codes.MISPLACED_CLAUSE, step, "an obligation with no due date has no"
                        + " later occurrences: nothing counts from its being met", Optional.of("remove this step, or give a due date")));
            } else if (due instanceof Deadline.WithinAttribute within) {
                if (within.unit().isEmpty()) {
                    terms.unknownUnit(within.unitName());
                }
                List<Pattern> triggers = part.triggers().stream().flatMap(t -> t.patterns().stream()).toList();
                for (Pattern pattern : triggers) {
                    Optional<EventSchema> type = terms.schema(pattern.type().text());
                    if (type.isPresent() && !terms.number(within.attribute(), type.get(), "it cannot set a period")) {
                        break;
                    }
                }
            }
        }
    }

    /**
     * Checks what a trigger is counted from: each name a date of every trigger event, {@code date}
     * the event's own; two names, different ones.
     */
    private void countedFrom(Trigger.CountedFrom from, List<Pattern> patterns) {
        List<Name> dates = from.dates();
        if (dates.size() == 2 && dates.get(0).text().equals(dates.get(1).text())) {
            reporter.error(Codes.NEVER_HOLDS, dates.get(1), "the " + (from.later() ? "later" : "earlier") + " of a date and itself"
                    + " is that date", Optional.of("count from '" + dates.get(0).text() + "' alone, or name another date"));
            return;
        }
        for (Name attribute : dates) {
            if (attribute.text().equals(Trigger.CountedFrom.OWN_DATE)) {
                if (dates.size() == 1) {
                    reporter.warning(Codes.MISPLACED_CLAUSE, attribute, "an obligation is counted from the event's own date unless"
                            + " told otherwise", Optional.of("remove 'counted from date'"));
                }
                continue;
            }
            for (Pattern pattern : patterns) {
                Optional<EventSchema> type = terms.schema(pattern.type().text());
                if (type.isPresent() && !terms.date(attribute, type.get(), "it cannot be counted from")) {
                    break;
                }
            }
        }
    }

    /** When the first occurrence falls due, counted from the trigger, if the units say exactly. */
    private static Optional<Offset> firstDue(ObligationPart part) {
        if (!part.everys().isEmpty()) {
            ObligationPart.Every every = part.everys().get(0);
            return every.window().map(Offset::of).orElseGet(() -> Offset.of(every.period()));
        }
        return part.dues().size() == 1 ? Offset.of(part.dues().get(0)) : Optional.empty();
    }

    /** Warns where {@code condition} looks for events further after the trigger than the obligation falls due. */
    private void lookAhead(Condition condition, Offset due) {
        if (condition instanceof Condition.AnyOf any) {
            any.conditions().forEach(c -> lookAhead(c, due));
        } else if (condition instanceof Condition.AllOf all) {
            all.conditions().forEach(c -> lookAhead(c, due));
        } else if (condition instanceof Condition.Not not) {
            lookAhead(not.condition(), due);
        } else if (condition instanceof Condition.Exists exists && exists.scope().orElse(null) instanceof Scope.WithinOfIt within
                && within.after()) {
            Optional<Offset> looks = Offset.of(within.duration());
            if (looks.isPresent() && looks.get().certainlyAfter(due)) {
                reporter.warning(Codes.LOOKS_PAST_DUE, within, "this looks for events up to " + within.duration().words()
                        + " after the trigger, past the obligation's due date (" + due.words() + ")",
                        Optional.of("an event after the due date decides nothing the report has not already said; write"
                                + " 'after it', which looks up to the due date, or a shorter 'within'"));
            }
        }
    }

    private void steps(List<Deadline> dues, List<Step> steps) {
        boolean repeating = false;
        // When the occurrence before falls due, counted from the trigger, while that is known.
        Optional<Offset> before = dues.size() == 1 ? Offset.of(dues.get(0)) : Optional.empty();
        for (Step step : steps) {
            if (repeating) {
                // One error for the step: what it says is not checked as well.
                reporter.error(Codes.MISPLACED_CLAUSE, step, "nothing can follow 'then every', which repeats for as long as the plan lasts",
                        Optional.of("move this step before the 'then every', or remove it"));
                continue;
            }
            if (step instanceof Step.Once once && once.deadline() instanceof Deadline.At at) {
                // 'then due at' would be a point counted from the event that met the occurrence before: a
                // reading no procedure was found to need, easily mistaken for 'then at' (from the trigger).
                reporter.error(Codes.MISPLACED_CLAUSE, at, "a later point is counted from the trigger: 'then at "
                        + at.offset().words() + "', not 'then due at'", Optional.of("write 'then at " + at.offset().words()
                                + "' for a point after the trigger, or 'then within " + at.offset().words()
                                + "' to count from the event that met the occurrence before"));
                before = Optional.empty();
                continue;
            }
            if (step instanceof Step.EveryAttribute) {
                repeating = true;
                before = Optional.empty();
                continue;
            }
            if (step instanceof Step.Once once && once.deadline() instanceof Deadline.WithinAttribute within) {
                reporter.error(Codes.MISPLACED_CLAUSE, within, "a period read from an attribute is the trigger's: it is for the first"
                        + " 'due' or for 'every <attribute> <unit> from'", Optional.of("write 'then within <duration>'"));
                before = Optional.empty();
                continue;
            }
            if (step instanceof Step.Every every) {
                terms.period(every.period());
                every.window().ifPresent(terms::deadline);
                repeating = true;
                before = Optional.empty();
            } else if (step instanceof Step.At at) {
                terms.duration(at.offset());
                Optional<Offset> here = Offset.of(at.offset());
                if (at.offset().amount().value() == 0) {
                    reporter.error(Codes.MISPLACED_CLAUSE, at.offset(), "a point " + at.offset().words() + " after the trigger is the"
                            + " trigger's day, which the first occurrence already covers", Optional.of("remove this step"));
                } else if (before.isPresent() && here.isPresent() && !here.get().after(before.get())) {
                    reporter.error(Codes.MISPLACED_CLAUSE, at.offset(), "this occurrence is due " + at.offset().words() + " after the trigger,"
                            + " not after the occurrence before it (" + before.get().words() + ")",
                            Optional.of("'then at' counts from the trigger: give a later point, or count from the"
                                    + " occurrence before with 'then within'"));
                }
                before = here;
            } else {
                terms.deadline(((Step.Once) step).deadline());
                before = Optional.empty();
            }
        }
    }

    /**
     * How long after the trigger an occurrence falls due, in days (for days and weeks), months (for
     * months and years) or working days, so that only durations that convert exactly are compared.
     */
    private record Offset(int base, long amount, String words) {

        static Optional<Offset> of(Deadline due) {
            if (due instanceof Deadline.Within within) {
                return of(within.duration());
            }
            if (due instanceof Deadline.At at) {
                return of(at.offset());
            }
            if (due instanceof Deadline.Window window) {
                return of(window.to());
            }
            if (due instanceof Deadline.None || due instanceof Deadline.WithinAttribute) {
                return Optional.empty();
            }
            return Optional.of(new Offset(-1, 0, "at once"));
        }

        static Optional<Offset> of(Duration d) {
            if (d.unit().isEmpty() || d.amount().value() > d.unit().get().maximum()) {
                return Optional.empty();
            }
            TimeUnit unit = d.unit().get();
            return Optional.of(new Offset(unit.scale().ordinal(), unit.inScale(d.amount().value()), d.words()));
        }

        /** Whether this certainly falls after {@code other}: true only when the units compare exactly. */
        boolean certainlyAfter(Offset other) {
            return other.base == -1 ? amount > 0 : base == other.base && amount > other.amount;
        }

        /** Whether this may fall after {@code other}: false only when it certainly does not. */
        boolean after(Offset other) {
            if (other.base == -1) {
                return amount > 0;
            }
            return base != other.base || amount > other.amount;
        }
    }

    private void extension(Extension extension, ObligationPart part, boolean recurring) {
        terms.duration(extension.limit());
        List<EventType> types = terms.patterns(extension.when(), true);
        if (recurring) {
            reporter.error(Codes.MISPLACED_CLAUSE, extension, "only a one-off obligation can be extended; this one recurs");
            return;
        }
        if (part.dues().size() == 1) {
            if (part.dues().get(0) instanceof Deadline.Within within) {
                Duration due = within.duration();
                if (due.unit().isPresent() && extension.limit().unit().isPresent()) {
                    if (due.unit().get() != extension.limit().unit().get()) {
                        reporter.error(Codes.WRONG_UNIT, extension.limit().unitName(), "an extension is counted in the unit of the"
                                + " deadline it extends: " + due.unit().get().words(2));
                    } else if (extension.limit().amount().value() <= due.amount().value()) {
                        reporter.error(Codes.NEVER_HOLDS, extension.limit(), "this extension can never apply: "
                                + extension.limit().words() + " is not longer than the deadline, " + due.words());
                    }
                }
            } else {
                reporter.error(Codes.MISPLACED_CLAUSE, extension, "only a 'due within' deadline can be extended");
            }
        }
        extension.attribute().ifPresent(attr -> {
            for (org.childinneed.model.event.EventSchema type : extension.when().stream()
                    .flatMap(p -> terms.schema(p.type().text()).stream()).toList()) {
                Optional<AttributeSpec> spec = type.attribute(attr.text());
                if (spec.isEmpty()) {
                    reporter.error(Codes.UNKNOWN_ATTRIBUTE, attr, "'" + type.code() + "' events have no attribute '" + attr.text() + "'",
                            DidYouMean.hint(attr.text(), Vocabulary.attributeNames(type)));
                    return;
                }
                if (spec.get().type() != AttributeType.COUNT) {
                    reporter.error(Codes.WRONG_TYPE, attr, "'" + attr.text() + "' is not a number, so it cannot set a limit");
                    return;
                }
            }
        });
    }

    private void finding(FindingPart part) {
        vocabulary.findingKindOf(part.kind().text()).ifPresent(k -> resolved.kind(part, k));
        if (vocabulary.findingKindOf(part.kind().text()).isEmpty()) {
            if (vocabulary.obligationKindOf(part.kind().text()).isPresent()) {
                reporter.error(Codes.WRONG_KIND, part.kind(), "'" + part.kind().text() + "' is an obligation kind, not a finding kind",
                        Optional.of("write 'obligation " + part.kind().text() + "'"));
            } else {
                reporter.error(Codes.UNKNOWN_FINDING_KIND, part.kind(), "unknown finding kind '" + part.kind().text() + "'",
                        Terms.known(part.kind().text(), vocabulary.findingKindCodes(), "the finding kinds", "finding kind"));
            }
        }
        if (part.subjects().isEmpty()) {
            reporter.error(Codes.MISSING_CLAUSE, part.kind(), "finding '" + part.kind().text() + "' has no 'for each' clause",
                    Optional.of("add 'for each <event>' or 'for each plan open longer than <duration>'"));
        } else if (part.subjects().size() > 1) {
            reporter.error(Codes.DUPLICATE_CLAUSE, part.subjects().get(1), "a finding has one 'for each' clause");
        }
        Set<EventType> references = EnumSet.noneOf(EventType.class);
        for (Subject subject : part.subjects()) {
            if (subject instanceof Subject.Events events) {
                references.addAll(terms.patterns(List.of(events.pattern()), false));
            } else if (subject instanceof Subject.PlanLongerThan longer) {
                terms.duration(longer.duration());
                references.add(EventType.PLAN_STARTED);
            } else {
                Subject.PlanPastBirthday birthday = (Subject.PlanPastBirthday) subject;
                if (birthday.age().value() < 1 || birthday.age().value() > Terms.MAX_AGE) {
                    reporter.error(Codes.OUT_OF_RANGE, birthday.age(), "a birthday must be between the 1st and the "
                            + English.ordinal(Terms.MAX_AGE));
                }
                references.add(EventType.PLAN_STARTED);
            }
        }
        conditions.ifAndUnless(part.ifs(), part.unlesses(), references);
    }
}
