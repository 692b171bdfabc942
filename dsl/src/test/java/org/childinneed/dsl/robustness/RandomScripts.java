package org.childinneed.dsl.robustness;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.childinneed.model.Coded;
import org.childinneed.model.compliance.FindingKind;
import org.childinneed.model.compliance.ObligationKind;
import org.childinneed.model.event.AttributeSpec;
import org.childinneed.model.event.EventType;

/**
 * Random policy scripts that follow the grammar of {@code PolicyScript.g4}, mostly with names and
 * codes the checker accepts (so that many compile and get evaluated) and now and then a wrong one,
 * a huge number or a clause out of place. The same seed gives the same script.
 */
final class RandomScripts {

    private static final EventType[] TYPES = EventType.national().toArray(new EventType[0]);
    private static final List<String> OBLIGATION_KINDS = Coded.codes(ObligationKind.class);
    private static final List<String> FINDING_KINDS = Coded.codes(FindingKind.class);
    private static final String[] UNITS = {"working days", "working day", "days", "day", "weeks", "week", "months",
        "month", "years", "year", "fortnights"};
    private static final String[] COMPARISONS = {"more than", "less than", "at least", "at most", "over", "under"};
    /** Conditions nest at most this deep here; the parser's own bound is tested elsewhere. */
    private static final int MAX_DEPTH = 4;

    private final SplittableRandom random;
    /** Whether this script may hold mistakes; a careful one keeps to names and forms the checker accepts. */
    private final boolean sloppy;
    private final StringBuilder out = new StringBuilder();
    private boolean extendsBaseline;

    private RandomScripts(long seed) {
        this.random = new SplittableRandom(seed);
        this.sloppy = random.nextInt(3) == 0;
    }

    /** The script of {@code seed}. */
    static String of(long seed) {
        return new RandomScripts(seed).script();
    }

    private String script() {
        out.append("policy random \"Random policy\"\n  version \"1\"\n  source \"random.txt\"\n");
        if (chance(3)) {
            extendsBaseline = true;
            out.append("  extends ").append(mistake(4) ? "nowhere" : "working-together").append('\n');
        }
        int rules = 1 + random.nextInt(5);
        for (int i = 1; i <= rules; i++) {
            rule(i);
        }
        if (chance(4)) {
            out.append("out of scope RND-9").append(random.nextInt(10)).append(" \"not recorded\"\n");
        }
        return out.toString();
    }

    private void rule(int n) {
        boolean override = (extendsBaseline || mistake(10)) && chance(8);
        out.append(override ? "override rule WT-0" + (1 + random.nextInt(2)) : "rule RND-" + (mistake(20) ? 1 : n))
                .append(" \"Rule ").append(n).append("\"\n");
        if (chance(5)) {
            out.append("  clause RND-").append(10 + n).append('\n');
        }
        out.append("  cite \"Section ").append(n).append("\"\n");
        int parts = 1 + random.nextInt(2);
        for (int i = 0; i < parts; i++) {
            if (random.nextBoolean()) {
                obligation();
            } else {
                finding();
            }
        }
    }

    private void obligation() {
        out.append("  obligation ").append(mistake(20) ? "meeting-soon" : pick(OBLIGATION_KINDS)).append('\n');
        List<String> clauses = new ArrayList<>();
        EventType trigger = type();
        boolean oneOff = false;
        String unit = unit();
        if (chance(5)) {
            clauses.add("every " + duration(unit) + " from " + (sloppy ? patterns(trigger, false) : pattern(trigger, false)));
        } else {
            String countedFrom = chance(6) ? attributeOf(trigger) : "";
            String when = sloppy ? patterns(trigger, false) : pattern(trigger, false);
            clauses.add("when " + when + (countedFrom.isEmpty() ? "" : " counted from " + countedFrom));
            String deadline = deadline(unit);
            clauses.add("due " + deadline);
            oneOff = !chance(3);
            if (!oneOff) {
                clauses.add(chance(2) ? "then within " + duration(unit) : "then every " + duration(unit));
            } else if (deadline.startsWith("within") && chance(4)) {
                clauses.add("extended to " + (chance(2) ? duration(unit) : "limitWorkingDays up to " + duration(unit))
                        + " when " + patterns(mistake(4) ? type() : EventType.ASSESSMENT_EXTENDED, true));
            }
        }
        clauses.add("met by " + patterns(type(), true)
                + (oneOff && chance(6) ? " since the last " + pattern(type(), false) : ""));
        if (chance(3)) {
            clauses.add("if " + condition(0, trigger));
        }
        if (chance(3)) {
            clauses.add("unless " + condition(0, trigger));
        }
        if (chance(6)) {
            clauses.add("waived when " + patterns(type(), true));
        }
        if (mistake(8) && clauses.size() > 2) {
            clauses.remove(random.nextInt(clauses.size()));
        }
        shuffleTail(clauses);
        clauses.forEach(c -> out.append("    ").append(c).append('\n'));
    }

    private void finding() {
        out.append("  finding ").append(pick(FINDING_KINDS)).append('\n');
        int which = random.nextInt(6);
        EventType subject = which < 2 ? EventType.PLAN_STARTED : type();
        String forEach = switch (which) {
            case 0 -> "plan open longer than " + duration(unit());
            case 1 -> "plan open past the child's 18th birthday";
            default -> pattern(subject, false);
        };
        out.append("    for each ").append(forEach).append('\n');
        if (chance(2)) {
            out.append("    if ").append(condition(0, subject)).append('\n');
        }
        if (chance(2)) {
            out.append("    unless ").append(condition(0, subject)).append('\n');
        }
    }

    private String deadline(String unit) {
        return switch (random.nextInt(5)) {
            case 0 -> "at once";
            case 1 -> {
                int opens = 1 + random.nextInt(10);
                yield "between " + opens + (chance(2) ? " " + unit : "") + " and " + (opens + random.nextInt(10)) + " "
                        + unit;
            }
            default -> "within " + duration(unit);
        };
    }

    private String duration(String unit) {
        return number() + " " + unit;
    }

    private String number() {
        if (!mistake(5)) {
            return String.valueOf(1 + random.nextInt(chance(10) ? 100 : 30));
        }
        return switch (random.nextInt(4)) {
            case 0 -> "0";
            case 1 -> "99999999999999999999";
            case 2 -> String.valueOf(26_000 + random.nextInt(200));
            default -> String.valueOf(1 + random.nextInt(2_000));
        };
    }

    private String unit() {
        return mistake(15) ? pick(UNITS) : UNITS[random.nextInt(UNITS.length - 1)];
    }

    /** Alternatives joined with {@code or}; {@code referring} when an event is in hand to refer to. */
    private String patterns(EventType first, boolean referring) {
        StringBuilder p = new StringBuilder(pattern(first, referring));
        while (chance(4)) {
            p.append(" or ").append(pattern(type(), referring));
        }
        return p.toString();
    }

    private String pattern(EventType type, boolean referring) {
        StringBuilder p = new StringBuilder(mistake(30) ? "meating" : type.code());
        if (chance(2) && !type.attributes().isEmpty()) {
            List<AttributeSpec> specs = new ArrayList<>(type.attributes());
            p.append(" with ").append(filter(type, specs, true));
            while (chance(4) && (!specs.isEmpty() || sloppy)) {
                p.append(", ").append(filter(type, specs, true));
            }
        }
        if ((referring && type.attribute("meetingRef").isPresent() && chance(2)) || mistake(10)) {
            p.append(" referring to it");
        }
        return p.toString();
    }

    /** A filter on {@code type}; {@code inPattern}: after {@code with}, where {@code not flag} is allowed too. */
    private String filter(EventType type, boolean inPattern) {
        return filter(type, new ArrayList<>(type.attributes()), inPattern);
    }

    /** A filter on one of {@code unused} (which it removes, so that a careful list never repeats one). */
    private String filter(EventType type, List<AttributeSpec> unused, boolean inPattern) {
        if (unused.isEmpty() || mistake(25)) {
            return pick("chair is team-manager", "points more than 8", "rationale recorded", "colour is blue");
        }
        AttributeSpec spec = sloppy ? unused.get(random.nextInt(unused.size())) : unused.remove(random.nextInt(unused.size()));
        String name = spec.name();
        return switch (spec.type()) {
            case FLAG -> inPattern && chance(2) ? "not " + name : name;
            case COUNT -> name + " " + pick(COMPARISONS) + " " + number();
            case DATE, TEXT, EVENT_REF -> name + (chance(2) ? " recorded" : " not recorded");
            case CODE, CODES -> codeFilter(spec, name, inPattern);
        };
    }

    private String codeFilter(AttributeSpec spec, String name, boolean inPattern) {
        return switch (spec.type()) {
            case CODE -> switch (random.nextInt(3)) {
                case 0 -> name + (chance(2) ? " is " : " ") + (chance(3) ? "not " : "") + code(spec);
                case 1 -> name + (chance(3) ? " not" : "") + " in " + codes(spec);
                default -> name + (chance(2) || (spec.required() && !sloppy) ? " recorded" : " not recorded");
            };
            default -> name + pick(" include ", " includes ") + codes(spec);
        };
    }

    private String code(AttributeSpec spec) {
        return mistake(20) ? "no-such-code" : pick(spec.codes());
    }

    private String codes(AttributeSpec spec) {
        List<String> chosen = new ArrayList<>();
        int n = mistake(5) ? 0 : 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            chosen.add(code(spec));
        }
        return "[" + String.join(", ", chosen) + "]";
    }

    private String condition(int depth, EventType inHand) {
        StringBuilder c = new StringBuilder(conjunction(depth, inHand));
        while (chance(4)) {
            c.append(" or ").append(conjunction(depth, inHand));
        }
        return c.toString();
    }

    private String conjunction(int depth, EventType inHand) {
        StringBuilder c = new StringBuilder(unary(depth, inHand));
        while (chance(3)) {
            c.append(" and ").append(unary(depth, inHand));
        }
        return c.toString();
    }

    private String unary(int depth, EventType inHand) {
        return (chance(5) ? "not " : "") + atom(depth, inHand);
    }

    private String atom(int depth, EventType inHand) {
        return switch (random.nextInt(depth < MAX_DEPTH ? 9 : 8)) {
            case 0 -> "child is " + (chance(2) ? "not " : "") + "disabled";
            case 1 -> "child aged " + pick(COMPARISONS) + " " + (mistake(10) ? number() : String.valueOf(random.nextInt(19)));
            case 2 -> "plan open " + pick(COMPARISONS) + " " + duration(unit());
            case 3 -> "plan has " + filter(EventType.PLAN_STARTED, false);
            case 4, 5 -> pick("a ", "an ", "no ") + pattern(type(), true) + (chance(2) ? " " + scope() : "");
            case 6, 7 -> inHand.attributes().isEmpty() && !mistake(2) ? "child is disabled" : filter(inHand, false);
            default -> "(" + condition(depth + 1, inHand) + ")";
        };
    }

    private String scope() {
        return switch (random.nextInt(6)) {
            case 0 -> "before it";
            case 1 -> "after it";
            case 2 -> "since the last " + pattern(type(), false);
            case 3 -> "before the last " + pattern(type(), false);
            case 4 -> "within " + duration(unit()) + pick(" before it", " after it");
            default -> "on the same day";
        };
    }

    private String attributeOf(EventType type) {
        return type.attributes().stream().filter(a -> a.type() == org.childinneed.model.event.AttributeType.DATE)
                .map(AttributeSpec::name).findFirst().filter(a -> !mistake(4))
                .orElse(mistake(2) ? pick("notified", "nextReview", "date", "chair") : "");
    }

    private EventType type() {
        return TYPES[random.nextInt(TYPES.length)];
    }

    private void shuffleTail(List<String> clauses) {
        for (int i = clauses.size() - 1; i > 0; i--) {
            if (chance(4)) {
                int j = random.nextInt(i + 1);
                String t = clauses.get(i);
                clauses.set(i, clauses.get(j));
                clauses.set(j, t);
            }
        }
    }

    /** A mistake, one time in {@code oneIn}, in a sloppy script only. */
    private boolean mistake(int oneIn) {
        return sloppy && chance(oneIn);
    }

    private boolean chance(int oneIn) {
        return random.nextInt(oneIn) == 0;
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private String pick(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }
}
