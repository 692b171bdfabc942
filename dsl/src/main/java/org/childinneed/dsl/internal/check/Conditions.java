package org.childinneed.dsl.internal.check;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.childinneed.dsl.internal.ast.Comparison;
import org.childinneed.dsl.internal.ast.Condition;
import org.childinneed.dsl.internal.ast.Filter;
import org.childinneed.dsl.internal.ast.Scope;
import org.childinneed.dsl.internal.source.Codes;
import org.childinneed.dsl.internal.source.Reporter;
import org.childinneed.model.event.EventType;

/** Checks conditions: names, types, and conjunctions that can never hold. */
final class Conditions {

    private final Reporter reporter;
    private final Terms terms;

    Conditions(Reporter reporter, Terms terms) {
        this.reporter = reporter;
        this.terms = terms;
    }

    /**
     * Checks the {@code if} and {@code unless} clauses of a part whose event in hand is of one of
     * {@code references}, and that together they can hold.
     */
    void ifAndUnless(List<Condition> ifs, List<Condition> unlesses, Set<EventType> references) {
        if (ifs.size() > 1) {
            reporter.error(Codes.DUPLICATE_CLAUSE, ifs.get(1), "write one 'if' and join the conditions with 'and'");
        }
        if (unlesses.size() > 1) {
            reporter.error(Codes.DUPLICATE_CLAUSE, unlesses.get(1), "write one 'unless' and join the conditions with 'or'");
        }
        int before = reporter.count();
        ifs.forEach(c -> condition(c, references));
        unlesses.forEach(c -> condition(c, references));
        if (ifs.size() == 1 && unlesses.size() == 1 && reporter.count() == before) {
            Constraints constraints = new Constraints();
            List<Condition> conjuncts = ifs.get(0) instanceof Condition.AllOf all ? all.conditions() : List.of(ifs.get(0));
            for (Condition c : conjuncts) {
                constrain(c, false, constraints, references);
            }
            constrain(unlesses.get(0), true, constraints, references).ifPresent(reason ->
                    reporter.error(Codes.NEVER_HOLDS, unlesses.get(0), "this 'unless' always holds where the 'if' does, so the rule"
                            + " can never apply: " + reason));
        }
    }

    private void condition(Condition condition, Set<EventType> references) {
        if (condition instanceof Condition.AnyOf any) {
            any.conditions().forEach(c -> condition(c, references));
        } else if (condition instanceof Condition.AllOf all) {
            int before = reporter.count();
            all.conditions().forEach(c -> condition(c, references));
            if (reporter.count() == before) {
                Constraints constraints = new Constraints();
                for (Condition c : all.conditions()) {
                    Optional<String> never = constrain(c, false, constraints, references);
                    if (never.isPresent()) {
                        reporter.error(Codes.NEVER_HOLDS, c, "this condition can never hold: " + never.get());
                        break;
                    }
                }
            }
        } else if (condition instanceof Condition.Not not) {
            condition(not.condition(), references);
        } else if (condition instanceof Condition.ChildAge age) {
            if (age.years().value() > Terms.MAX_AGE) {
                reporter.error(Codes.OUT_OF_RANGE, age.years(), "an age must be at most " + Terms.MAX_AGE);
            }
        } else if (condition instanceof Condition.PlanOpen open) {
            terms.duration(open.duration());
        } else if (condition instanceof Condition.PlanHas has) {
            Constraints constraints = new Constraints();
            has.filters().forEach(f -> {
                if (EventType.PLAN_STARTED.attribute(f.attribute().text()).isEmpty()
                        && terms.schemaOf(EventType.PLAN_STARTED).attribute(f.attribute().text()).isPresent()) {
                    // The plan is read from the national plan-started: an attribute a policy adds is read from the event only.
                    reporter.error(Codes.MISPLACED_CLAUSE, f.attribute(), "'plan has' reads the national attributes of"
                            + " 'plan-started'; '" + f.attribute().text() + "' is one this policy adds", Optional.of(
                                    "test it on the event: 'a plan-started with " + f.attribute().text() + " ...'"));
                } else {
                    terms.filter(f, EventType.PLAN_STARTED, constraints);
                }
            });
        } else if (condition instanceof Condition.Exists exists) {
            terms.pattern(exists.pattern(), true);
            exists.scope().ifPresent(this::scope);
        } else if (condition instanceof Condition.Partner partner) {
            Optional<EventType> type = terms.pattern(partner.pattern(), true);
            type.flatMap(t -> t.attributes().stream().filter(a -> a.type() == org.childinneed.model.event.AttributeType.EVENT_REF)
                    .findFirst()).ifPresent(spec -> terms.partnerReference(partner.pattern(), spec));
            if (partner.pattern().referringToIt()) {
                reporter.error(Codes.MISPLACED_CLAUSE, partner.pattern(), "'its' looks first for the one referring to it already",
                        Optional.of("remove 'referring to it'"));
            } else if (type.isPresent() && references.contains(type.get())) {
                reporter.error(Codes.NEVER_HOLDS, partner.pattern(), "an event's partner is an event of another type: the next '"
                        + type.get().code() + "' begins another", Optional.of("write 'a " + type.get().code() + " ... after it'"));
            }
        } else if (condition instanceof Condition.DateWithin within) {
            terms.duration(within.duration());
            for (EventType type : references) {
                if (!terms.date(within.attribute(), type, "it cannot lie within a time of the event")) {
                    break;
                }
            }
        } else if (condition instanceof Condition.Attribute attribute) {
            for (EventType type : references) {
                int before = reporter.count();
                terms.filter(attribute.filter(), type, new Constraints());
                if (reporter.count() > before) {
                    break;
                }
            }
        }
    }

    private void scope(Scope scope) {
        if (scope instanceof Scope.SinceLast since) {
            terms.pattern(since.pattern(), true);
        } else if (scope instanceof Scope.BeforeLast before) {
            terms.pattern(before.pattern(), true);
        } else if (scope instanceof Scope.WithinOfIt within) {
            terms.duration(within.duration());
        } else if (scope instanceof Scope.WithinOfPlanStart within) {
            terms.duration(within.duration());
        }
    }

    /**
     * Adds a simple condition (or its negation) to {@code constraints}; conditions that are not
     * simple are left out. The reason the whole can never hold, if it cannot.
     */
    private Optional<String> constrain(Condition condition, boolean negated, Constraints constraints,
            Set<EventType> references) {
        if (condition instanceof Condition.Not not) {
            return constrain(not.condition(), !negated, constraints, references);
        }
        if (condition instanceof Condition.ChildDisabled disabled) {
            return constraints.flag("whether the child is disabled", disabled.negated() == negated);
        }
        if (condition instanceof Condition.ChildAge age) {
            Comparison comparison = negated ? negate(age.comparison()) : age.comparison();
            return constraints.compare("child's age", comparison, age.years().value());
        }
        if (condition instanceof Condition.PlanOpen open && open.duration().unit().isPresent()) {
            Comparison comparison = negated ? negate(open.comparison()) : open.comparison();
            return constraints.compare("time the plan has been open, in " + open.duration().unit().get().words(2),
                    comparison, open.duration().amount().value());
        }
        if (condition instanceof Condition.Attribute attribute && references.size() == 1) {
            Filter filter = attribute.filter();
            if (negated) {
                filter = negate(filter);
                if (filter == null) {
                    return Optional.empty();
                }
            }
            EventType type = references.iterator().next();
            Reporter quiet = new Reporter(reporter.name(), reporter.text());
            Constraints trial = constraints;
            return terms.reportingTo(quiet).filter(filter, type, trial);
        }
        return Optional.empty();
    }

    private static Comparison negate(Comparison comparison) {
        return switch (comparison) {
            case MORE_THAN -> Comparison.AT_MOST;
            case AT_MOST -> Comparison.MORE_THAN;
            case LESS_THAN -> Comparison.AT_LEAST;
            case AT_LEAST -> Comparison.LESS_THAN;
        };
    }

    private static Filter negate(Filter filter) {
        if (filter instanceof Filter.Flag flag) {
            return new Filter.Flag(flag.attribute(), !flag.negated(), flag.pos());
        }
        if (filter instanceof Filter.Equals equals) {
            return new Filter.Equals(equals.attribute(), !equals.negated(), equals.value(), equals.pos());
        }
        if (filter instanceof Filter.In in) {
            return new Filter.In(in.attribute(), !in.negated(), in.values(), in.pos());
        }
        if (filter instanceof Filter.Compare compare) {
            return new Filter.Compare(compare.attribute(), negate(compare.comparison()), compare.bound(), compare.pos());
        }
        if (filter instanceof Filter.Recorded recorded) {
            return new Filter.Recorded(recorded.attribute(), !recorded.negated(), recorded.pos());
        }
        return null;
    }
}
