package org.childinneed.dsl.internal.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.childinneed.dsl.internal.ast.Deadline;
import org.childinneed.dsl.internal.ast.Duration;
import org.childinneed.dsl.internal.ast.Filter;
import org.childinneed.dsl.internal.ast.Name;
import org.childinneed.dsl.internal.ast.Pattern;
import org.childinneed.dsl.internal.ast.TimeUnit;
import org.childinneed.dsl.internal.checked.Resolved;
import org.childinneed.dsl.internal.source.Codes;
import org.childinneed.model.text.DidYouMean;
import org.childinneed.dsl.internal.source.Reporter;
import org.childinneed.model.event.AttributeSpec;
import org.childinneed.model.event.AttributeType;
import org.childinneed.model.event.DeclaredEventType;
import org.childinneed.model.event.OpenList;
import org.childinneed.model.event.EventSchema;
import org.childinneed.model.event.EventType;

/** Checks the terms conditions are made of: event patterns, attribute filters, durations, deadlines. */
final class Terms {

    /** The oldest age a script may name. */
    static final long MAX_AGE = 120;
    /** The largest number an attribute may be compared with. */
    static final long MAX_COUNT = 1_000_000;

    private final Reporter reporter;
    private final Vocabulary vocabulary;
    private final Resolved.Builder resolved;

    /** Checks terms, the event types those of {@code vocabulary}, noting in {@code resolved} what each name resolves to. */
    Terms(Reporter reporter, Vocabulary vocabulary, Resolved.Builder resolved) {
        this.reporter = reporter;
        this.vocabulary = vocabulary;
        this.resolved = resolved;
    }

    /** The same checks, reporting to {@code other} and noting what they resolve nowhere. */
    Terms reportingTo(Reporter other) {
        return new Terms(other, vocabulary, new Resolved.Builder());
    }

    /** The national or declared event type written {@code code}. */
    Optional<EventSchema> schema(String code) {
        return vocabulary.schema(code);
    }

    /** Checks alternative patterns; the event types they name (those that exist). */
    List<EventType> patterns(List<Pattern> patterns, boolean eventInHand) {
        List<EventType> types = new ArrayList<>();
        for (Pattern pattern : patterns) {
            pattern(pattern, eventInHand).ifPresent(types::add);
        }
        return types;
    }

    /**
     * Checks one pattern.
     *
     * @param eventInHand whether there is an event it may refer to with {@code referring to it}
     */
    Optional<EventType> pattern(Pattern pattern, boolean eventInHand) {
        Optional<EventSchema> type = vocabulary.schema(pattern.type().text());
        if (type.isEmpty()) {
            reporter.error(Codes.UNKNOWN_EVENT_TYPE, pattern.type(), "unknown event type '" + pattern.type().text() + "'",
                    known(pattern.type().text(), vocabulary.schemaCodes(), "the event types", "event"));
            return Optional.empty();
        }
        resolved.type(pattern, type.get());
        type.get().attributes().stream().filter(a -> a.type() == AttributeType.EVENT_REF).findFirst()
                .filter(a -> pattern.referringToIt()).ifPresent(a -> resolved.reference(pattern, a));
        if (pattern.referringToIt()) {
            if (!eventInHand) {
                reporter.error(Codes.MISPLACED_CLAUSE, pattern, "'referring to it' needs an event in hand to refer to, and here there is"
                        + " none");
            } else if (type.get().attributes().stream().noneMatch(a -> a.type() == AttributeType.EVENT_REF)) {
                reporter.error(Codes.MISPLACED_CLAUSE, pattern, "'" + type.get().code() + "' events do not refer to other events");
            }
        }
        Constraints constraints = new Constraints();
        for (Filter filter : pattern.filters()) {
            filter(filter, type.get(), constraints);
        }
        return Optional.of(type.get().eventType());
    }

    private static final String EMPTY_LIST = "the list is empty";

    /** The national type {@code type} with the attributes the policy adds to it. */
    EventSchema schemaOf(EventType type) {
        return vocabulary.schemaOf(type);
    }

    /**
     * Checks that {@code attribute} is a date that {@code type} events record, reporting why not
     * ({@code use} ends the message: "so it cannot be counted from").
     */
    boolean date(Name attribute, EventSchema written, String use) {
        return noted(attribute, written, AttributeType.DATE, "a date, so " + use, Optional.empty());
    }

    /**
     * Checks that {@code attribute} is a number that {@code type} events record, reporting why not
     * ({@code use} ends the message: "so it cannot set a period"), and notes it as {@link #date} does.
     */
    boolean number(Name attribute, EventSchema written, String use) {
        return noted(attribute, written, AttributeType.COUNT, "a number, so " + use,
                Optional.of("a period is read from a 'number' attribute of the trigger"));
    }

    /**
     * Checks that {@code attribute} is one of {@code wanted} type that {@code written} events record,
     * reporting that it is not {@code notIt} otherwise, and notes what it resolves to.
     */
    private boolean noted(Name attribute, EventSchema written, AttributeType wanted, String notIt, Optional<String> hint) {
        EventSchema type = written instanceof EventType national ? vocabulary.schemaOf(national) : written;
        Optional<AttributeSpec> spec = type.attribute(attribute.text());
        if (spec.isEmpty()) {
            unknownAttribute(attribute, type);
            return false;
        }
        if (spec.get().type() != wanted) {
            reporter.error(Codes.WRONG_TYPE, attribute, "'" + attribute.text() + "' is not " + notIt, hint);
            return false;
        }
        resolved.date(attribute, type, spec.get());
        return true;
    }

    /** Notes the attribute by which events of an {@code its <pattern>} partner's type refer to others. */
    void partnerReference(Pattern pattern, AttributeSpec spec) {
        resolved.partnerReference(pattern, spec);
    }

    /**
     * A did-you-mean over {@code codes}, or else the known ones ({@code what}: "the event types"), and
     * how to declare one where a policy may ({@code declare}: "event" for 'event x "..."').
     */
    static Optional<String> known(String written, List<String> codes, String what, String declare) {
        return DidYouMean.hint(written, codes).or(() -> Optional.of(what + ": " + String.join(", ", codes)
                + "; or declare one: '" + declare + " " + written + " \"...\"'"));
    }

    private void unknownAttribute(Name attribute, EventSchema type) {
        List<String> names = Vocabulary.attributeNames(type);
        reporter.error(Codes.UNKNOWN_ATTRIBUTE, attribute, "'" + type.code() + "' events have no attribute '" + attribute.text() + "'",
                names.isEmpty() ? Optional.of("'" + type.code() + "' events have no attributes")
                        : DidYouMean.hint(attribute.text(), names)
                                .or(() -> Optional.of("its attributes: " + String.join(", ", names))));
    }

    /**
     * Checks a filter on events of {@code type}, adding what it allows to {@code constraints};
     * the reason it can never hold (also reported, as {@link Codes#NEVER_HOLDS}), if it cannot.
     */
    Optional<String> filter(Filter filter, EventType type, Constraints constraints) {
        if (type == EventType.DECLARED) {
            // The event in hand is of a declared type: check against the declared type that has the attribute.
            Optional<DeclaredEventType> having = vocabulary.declaredHaving(filter.attribute().text());
            if (having.isEmpty()) {
                reporter.error(Codes.UNKNOWN_ATTRIBUTE, filter.attribute(), "no declared event type has an attribute '"
                        + filter.attribute().text() + "'");
                return Optional.empty();
            }
            return filter(filter, having.get(), constraints);
        }
        return filter(filter, vocabulary.schemaOf(type), constraints);
    }

    private Optional<String> filter(Filter filter, EventSchema type, Constraints constraints) {
        Name attribute = filter.attribute();
        Optional<AttributeSpec> found = type.attribute(attribute.text());
        if (found.isEmpty()) {
            unknownAttribute(attribute, type);
            return Optional.empty();
        }
        AttributeSpec spec = found.get();
        String name = attribute.text();
        Optional<String> never = Optional.empty();
        if (filter instanceof Filter.Flag flag) {
            if (expect(filter, spec, AttributeType.FLAG)) {
                never = constraints.flag(name, !flag.negated());
            }
        } else if (filter instanceof Filter.Equals equals) {
            if (expect(filter, spec, AttributeType.CODE) && code(spec, equals.value(), type)) {
                Set<String> one = Set.of(equals.value().text());
                never = equals.negated() ? constraints.exclude(name, one, new HashSet<>(spec.codes(vocabulary.declaredCodes())))
                        : constraints.allowOnly(name, one);
            }
        } else if (filter instanceof Filter.In in) {
            if (!expect(filter, spec, AttributeType.CODE)) {
                never = Optional.empty();
            } else if (in.values().isEmpty()) {
                never = Optional.of(EMPTY_LIST);
            } else if (codes(spec, in.values(), type, filter)) {
                Set<String> values = names(in.values());
                never = in.negated() ? constraints.exclude(name, values, new HashSet<>(spec.codes(vocabulary.declaredCodes())))
                        : constraints.allowOnly(name, values);
            }
        } else if (filter instanceof Filter.Includes includes) {
            if (expect(filter, spec, AttributeType.CODES)) {
                if (includes.values().isEmpty()) {
                    never = Optional.of(EMPTY_LIST);
                } else {
                    codes(spec, includes.values(), type, filter);
                }
            }
        } else if (filter instanceof Filter.Compare compare) {
            if (expect(filter, spec, AttributeType.COUNT)) {
                if (compare.bound().value() > MAX_COUNT) {
                    reporter.error(Codes.OUT_OF_RANGE, compare.bound(), "the number is too large: at most " + MAX_COUNT);
                } else {
                    never = constraints.compare(name, compare.comparison(), compare.bound().value());
                    if (never.isEmpty()) {
                        never = constraints.compare(name, org.childinneed.dsl.internal.ast.Comparison.AT_LEAST, 0);
                    }
                }
            }
        } else if (filter instanceof Filter.Recorded recorded) {
            if (spec.type() == AttributeType.FLAG) {
                reporter.error(Codes.WRONG_TYPE, filter, "'" + name + "' is yes or no and always recorded",
                        Optional.of("write '" + name + "' or 'not " + name + "'"));
            } else if (spec.required() && recorded.negated()) {
                never = Optional.of("'" + name + "' is always recorded on '" + type.code() + "' events");
            } else {
                never = constraints.flag(name + " recorded", !recorded.negated());
            }
        }
        never.ifPresent(reason -> reporter.error(Codes.NEVER_HOLDS, filter, "this can never hold: " + reason));
        return never;
    }

    private boolean expect(Filter filter, AttributeSpec spec, AttributeType wanted) {
        if (spec.type() == wanted) {
            return true;
        }
        String name = spec.name();
        String what = switch (spec.type()) {
            case FLAG -> "yes or no";
            case COUNT -> "a number";
            case CODE -> "one code";
            case CODES -> "a list of codes";
            case DATE -> "a date";
            case EVENT_REF -> "a reference to another event";
            case TEXT -> "free text";
        };
        String how = switch (spec.type()) {
            case FLAG -> "write '" + name + "' or 'not " + name + "'";
            case COUNT -> "compare it, as in '" + name + " more than 8'";
            case CODE -> "write '" + name + " <code>' or '" + name + " in [<code>, ...]'";
            case CODES -> "write '" + name + " include [<code>, ...]'";
            default -> "test it with '" + name + " recorded' or '" + name + " not recorded'";
        };
        reporter.error(Codes.WRONG_TYPE, filter, "wrong type: '" + name + "' is " + what, Optional.of(how));
        return false;
    }

    private boolean code(AttributeSpec spec, Name value, EventSchema type) {
        if (spec.parseCode(value.text(), vocabulary.declaredCodes()).isPresent()) {
            return true;
        }
        List<String> codes = spec.codes(vocabulary.declaredCodes());
        Optional<String> hint = DidYouMean.hint(value.text(), codes);
        if (hint.isEmpty() && codes.size() <= 16) {
            hint = Optional.of("'" + spec.name() + "' is one of: " + String.join(", ", codes));
        }
        Optional<OpenList> open = spec.openList();
        if (open.isPresent() && !DidYouMean.hint(value.text(), codes).isPresent()) {
            String declare = "if the procedure names a " + open.get().words() + " the national list lacks, declare it: '"
                    + open.get().words() + " " + value.text() + " \"...\"'";
            hint = Optional.of(hint.map(h -> h + "; or, " + declare).orElse(declare));
        }
        reporter.error(Codes.UNKNOWN_CODE, value, "unknown " + spec.name() + " '" + value.text() + "' for '" + type.code() + "' events",
                hint);
        return false;
    }

    private boolean codes(AttributeSpec spec, List<Name> values, EventSchema type, Filter filter) {
        boolean all = true;
        Set<String> seen = new LinkedHashSet<>();
        for (Name value : values) {
            all &= code(spec, value, type);
            if (!seen.add(value.text())) {
                reporter.warning(Codes.LISTED_TWICE, value, "'" + value.text() + "' is listed twice", Optional.empty());
            }
        }
        return all;
    }

    private static Set<String> names(List<Name> names) {
        Set<String> set = new LinkedHashSet<>();
        names.forEach(n -> set.add(n.text()));
        return set;
    }

    /** Checks a deadline. */
    void deadline(Deadline deadline) {
        if (deadline instanceof Deadline.Within within) {
            duration(within.duration());
        } else if (deadline instanceof Deadline.At at) {
            duration(at.offset());
            if (at.offset().amount().value() == 0) {
                reporter.error(Codes.MISPLACED_CLAUSE, at, "a point " + at.offset().words() + " after the trigger is the trigger's day",
                        Optional.of("write 'at once'"));
            }
        } else if (deadline instanceof Deadline.Window window) {
            duration(window.to());
            window.fromUnitName().ifPresent(unitName -> {
                if (window.fromUnit().isEmpty()) {
                    unknownUnit(unitName);
                }
            });
            Optional<TimeUnit> fromUnit = window.fromUnit().or(() -> window.to().unit());
            fromUnit.ifPresent(unit -> resolved.opensIn(window, unit));
            if (fromUnit.isPresent() && window.to().unit().isPresent()) {
                amount(window.from().value(), fromUnit.get(), window.from());
                double opens = fromUnit.get().approximateDays(window.from().value());
                double closes = window.to().unit().get().approximateDays(window.to().amount().value());
                if (opens >= closes) {
                    reporter.error(Codes.NEVER_HOLDS, window, "this window never opens: it must open before it closes");
                }
            }
        }
    }

    /** Checks the period of a repeat, which must be at least 1. */
    void period(Duration period) {
        duration(period);
        if (period.amount().value() == 0) {
            reporter.error(Codes.OUT_OF_RANGE, period.amount(), "a repeat needs a period of at least 1");
        }
    }

    /** Whether the duration in hand may be in hours: the one 'due within' of a one-off obligation. */
    private boolean hoursAllowed;

    /** Checks {@code deadline} as the one deadline of a one-off obligation, where hours may count. */
    void oneOffDeadline(Deadline deadline) {
        hoursAllowed = true;
        try {
            deadline(deadline);
        } finally {
            hoursAllowed = false;
        }
    }

    /** Checks a duration: a known unit and an amount within bounds. */
    void duration(Duration duration) {
        if (duration.unit().isEmpty()) {
            unknownUnit(duration.unitName());
            return;
        }
        resolved.unit(duration, duration.unit().get());
        if (duration.unit().get() == TimeUnit.HOURS && !hoursAllowed) {
            reporter.error(Codes.WRONG_UNIT, duration.unitName(), "hours count only in 'due within <n> hours' of a one-off"
                    + " obligation", Optional.of("count in days or working days here"));
            return;
        }
        amount(duration.amount().value(), duration.unit().get(), duration.amount());
    }

    private void amount(long amount, TimeUnit unit, org.childinneed.dsl.internal.ast.Node at) {
        long max = unit.maximum();
        if (amount > max) {
            reporter.error(Codes.OUT_OF_RANGE, at, "the duration is too long: at most " + max + " " + unit.words(max)
                    + " (a hundred years)");
        }
    }

    void unknownUnit(Name unit) {
        reporter.error(Codes.UNKNOWN_UNIT, unit, "unknown unit '" + unit.text() + "'", DidYouMean.hint(unit.text(), TimeUnit.spellings())
                .or(() -> Optional.of("the units are " + TimeUnit.allPlurals())));
    }
}
