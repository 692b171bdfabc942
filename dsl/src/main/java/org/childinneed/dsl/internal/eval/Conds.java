package org.childinneed.dsl.internal.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.childinneed.dsl.internal.ast.Comparison;
import org.childinneed.model.event.CaseEvent;

/** The condition nodes. */
final class Conds {

    private Conds() {
    }

    /**
     * The facts of the conditions that came out {@code held}; only the first when
     * {@code firstDecides} (the one that decided an any-of that held or an all-of that failed).
     */
    private static List<String> facts(Cond[] conditions, Focus focus, EvalContext ctx, boolean held,
            boolean firstDecides) {
        List<String> facts = new ArrayList<>();
        for (Cond c : conditions) {
            if (c.test(focus, ctx) == held) {
                facts.add(c.fact(focus, ctx, held));
                if (firstDecides) {
                    break;
                }
            }
        }
        return facts;
    }

    record AnyOf(Cond[] conditions) implements Cond {

        @Override
        public boolean readsOnlyTheEvent() {
            return java.util.Arrays.stream(conditions).allMatch(Cond::readsOnlyTheEvent);
        }

        @Override
        public boolean test(Focus focus, EvalContext ctx) {
            for (Cond c : conditions) {
                if (c.test(focus, ctx)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String why(Focus focus, EvalContext ctx, boolean held) {
            if (held) {
                for (Cond c : conditions) {
                    if (c.test(focus, ctx)) {
                        return c.why(focus, ctx, true);
                    }
                }
            }
            Optional<String> merged = mergedPermitted(focus);
            if (merged.isPresent()) {
                return merged.get();
            }
            List<String> reasons = new ArrayList<>();
            for (Cond c : conditions) {
                reasons.add(c.why(focus, ctx, false));
            }
            return String.join("; and ", reasons);
        }

        @Override
        public String fact(Focus focus, EvalContext ctx, boolean held) {
            return String.join("; and ", facts(conditions, focus, ctx, held, held));
        }

        /** "chaired by x; permitted: a, b" when every alternative permits codes of one attribute. */
        private Optional<String> mergedPermitted(Focus focus) {
            String attribute = null;
            Set<String> permitted = new LinkedHashSet<>();
            AttributeTest first = null;
            for (Cond c : conditions) {
                if (!(c instanceof Attribute a) || a.test().permitted().isEmpty()
                        || (attribute != null && !attribute.equals(a.test().attribute()))) {
                    return Optional.empty();
                }
                attribute = a.test().attribute();
                first = first == null ? a.test() : first;
                permitted.addAll(a.test().permitted().get());
            }
            if (first == null) {
                return Optional.empty();
            }
            String actual = first.why(focus.event(), true);
            return Optional.of(actual + "; permitted: " + String.join(", ", permitted));
        }
    }

    record AllOf(Cond[] conditions) implements Cond {

        @Override
        public boolean readsOnlyTheEvent() {
            return java.util.Arrays.stream(conditions).allMatch(Cond::readsOnlyTheEvent);
        }

        @Override
        public boolean test(Focus focus, EvalContext ctx) {
            for (Cond c : conditions) {
                if (!c.test(focus, ctx)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String why(Focus focus, EvalContext ctx, boolean held) {
            if (!held) {
                for (Cond c : conditions) {
                    if (!c.test(focus, ctx)) {
                        return c.why(focus, ctx, false);
                    }
                }
            }
            List<String> reasons = new ArrayList<>();
            for (Cond c : conditions) {
                reasons.add(c.why(focus, ctx, true));
            }
            return Words.and(reasons);
        }

        @Override
        public String fact(Focus focus, EvalContext ctx, boolean held) {
            return Words.and(facts(conditions, focus, ctx, held, !held));
        }
    }

    record Not(Cond condition) implements Cond {

        @Override
        public boolean readsOnlyTheEvent() {
            return condition.readsOnlyTheEvent();
        }

        @Override
        public boolean test(Focus focus, EvalContext ctx) {
            return !condition.test(focus, ctx);
        }

        @Override
        public String why(Focus focus, EvalContext ctx, boolean held) {
            return condition.why(focus, ctx, !held);
        }

        @Override
        public String fact(Focus focus, EvalContext ctx, boolean held) {
            return condition.fact(focus, ctx, !held);
        }
    }

    record ChildDisabled(boolean negated) implements Cond {

        @Override
        public boolean readsOnlyTheEvent() {
            return true;
        }

        @Override
        public boolean test(Focus focus, EvalContext ctx) {
            return ctx.child.disabled() != negated;
        }

        @Override
        public String why(Focus focus, EvalContext ctx, boolean held) {
            return ctx.child.disabled() ? "the child is disabled" : "the child is not disabled";
        }
    }

    record ChildAge(Comparison comparison, long years) implements Cond {

        @Override
        public boolean readsOnlyTheEvent() {
            return true;
        }

        @Override
        public boolean test(Focus focus, EvalContext ctx) {
            return comparison.test(age(focus, ctx), years);
        }

        private static int age(Focus focus, EvalContext ctx) {
            return ctx.child.ageOn(focus.date());
        }

        @Override
        public String why(Focus focus, EvalContext ctx, boolean held) {
            return "the child is aged " + age(focus, ctx) + " on " + Words.date(focus.date()) + " ("
                    + (held ? "" : "not ") + comparison.words() + " " + years + ")";
        }
    }

    record PlanOpen(Comparison comparison, Span span) implements Cond {
        @Override
        public boolean test(Focus focus, EvalContext ctx) {
            if (focus.plan() == null) {
                return false;
            }
            LocalDate limit = span.after(focus.plan().start().date(), ctx.workingDays);
            int c = focus.date().compareTo(limit);
            return switch (comparison) {
                case AT_LEAST -> c >= 0;
                case MORE_THAN -> c > 0;
                case LESS_THAN -> c < 0;
                case AT_MOST -> c <= 0;
            };
        }

        @Override
        public String why(Focus focus, EvalContext ctx, boolean held) {
            if (focus.plan() == null) {
                return "no plan open on " + Words.date(focus.date());
            }
            CaseEvent start = focus.plan().start();
            return "the plan " + start.ref().label() + ", started " + Words.date(start.date()) + ", "
                    + (held ? "" : "not ") + "open " + comparison.words() + " " + span.words() + " on "
                    + Words.date(focus.date());
        }
    }

    record PlanHas(AttributeTest[] tests) implements Cond {
        @Override
        public boolean test(Focus focus, EvalContext ctx) {
            if (focus.plan() == null) {
                return false;
            }
            for (AttributeTest t : tests) {
                if (!t.test(focus.plan().start())) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String why(Focus focus, EvalContext ctx, boolean held) {
            return words(focus, held, false);
        }

        @Override
        public String fact(Focus focus, EvalContext ctx, boolean held) {
            return words(focus, held, true);
        }

        private String words(Focus focus, boolean held, boolean facts) {
            if (focus.plan() == null) {
                return "no plan open on " + Words.date(focus.date());
            }
            CaseEvent start = focus.plan().start();
            List<String> reasons = new ArrayList<>();
            for (AttributeTest t : tests) {
                if (held || !t.test(start)) {
                    reasons.add(facts ? t.fact(start, held) : t.why(start, held));
                }
            }
            return "the plan " + start.ref().label() + " " + Words.and(reasons);
        }
    }

    record Attribute(AttributeTest test) implements Cond {

        @Override
        public boolean readsOnlyTheEvent() {
            return true;
        }

        @Override
        public boolean test(Focus focus, EvalContext ctx) {
            return test.test(focus.event());
        }

        @Override
        public String why(Focus focus, EvalContext ctx, boolean held) {
            return test.why(focus.event(), held);
        }

        @Override
        public String fact(Focus focus, EvalContext ctx, boolean held) {
            return test.fact(focus.event(), held);
        }
    }

    /** {@code a <pattern> <scope>} or, with {@code none}, {@code no <pattern> <scope>}. */
    record Exists(EventPattern pattern, boolean none, Window window) implements Cond {
        @Override
        public boolean test(Focus focus, EvalContext ctx) {
            return (find(focus, ctx) != null) != none;
        }

        private CaseEvent find(Focus focus, EvalContext ctx) {
            if (pattern.matches(ctx).size() == 0) {
                // None in the case (as most cases have none of most patterns): no window to work out.
                return null;
            }
            return pattern.first(ctx, focus.event(), window.from(focus, ctx), window.to(focus, ctx), focus.event());
        }

        @Override
        public String why(Focus focus, EvalContext ctx, boolean held) {
            CaseEvent found = find(focus, ctx);
            String where = window.words(focus, ctx);
            if (found == null) {
                return "no " + pattern.text() + " " + where;
            }
            return Words.event(found) + " " + where;
        }
    }
}
