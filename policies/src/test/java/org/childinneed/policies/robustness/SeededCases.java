package org.childinneed.policies.robustness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.childinneed.model.Coded;
import org.childinneed.model.child.Child;
import org.childinneed.model.event.AttributeSpec;
import org.childinneed.model.event.Attributes;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.event.EventRef;
import org.childinneed.model.event.EventType;
import org.childinneed.model.event.FreeText;
import org.childinneed.model.timeline.CaseRecord;

/**
 * Deterministic Child in Need cases for the concurrency test: a route in (assessment, step-down
 * from child protection or care, a move into the area), a plan with its initial meeting, reviews,
 * visits and the paperwork after each meeting (on time, late or missing), changes of worker,
 * supervision, short breaks, and mostly a closure; one case in ten with a few events of any type
 * on any day added, and a third with their events in shuffled file order. Built from the
 * {@link EventType} schema, so it follows the contract as it grows. The same seed and index give
 * the same case.
 */
final class SeededCases {

    /** A case and the day to evaluate it as of. */
    record Generated(CaseRecord record, LocalDate asOf) {
    }

    private static final String[] CHAIRS = {"team-manager", "team-manager", "team-manager", "senior-practitioner",
        "independent-reviewing-officer", "social-worker"};
    private static final String[] REASONS = {"no-longer-in-need", "no-longer-in-need", "stepped-down-to-early-help",
        "transferred-to-another-authority", "child-protection-plan", "adopted", "eighteenth-birthday"};
    private static final EventType[] TYPES = EventType.national().toArray(new EventType[0]);

    private static final Map<String, EventType> TYPES_BY_CODE = new HashMap<>();
    private static final Map<String, Coded> CODES = new java.util.concurrent.ConcurrentHashMap<>();

    static {
        for (EventType type : TYPES) {
            TYPES_BY_CODE.put(type.code(), type);
        }
    }

    /** An event before it has its place in the file. */
    private record Draft(String id, EventType type, LocalDate date, Map<String, Object> values) {
    }

    private final SplittableRandom random;
    private final List<Draft> drafts = new ArrayList<>();
    private final List<String> meetings = new ArrayList<>();
    private final List<LocalDate> meetingDays = new ArrayList<>();

    private SeededCases(long seed, int index) {
        this.random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    }

    /** The {@code index}th case of the series {@code seed}. */
    static Generated of(long seed, int index) {
        return new SeededCases(seed, index).build("G" + seed + "-" + index);
    }

    private Generated build(String caseId) {
        LocalDate referral = LocalDate.of(2019, 1, 7).plusDays(random.nextInt(8 * 365));
        LocalDate born = referral.minusDays(200 + random.nextInt(17 * 365));
        boolean disabled = chance(8);
        add("referral", referral);
        maybe(5, "referral-decided", referral.plusDays(random.nextInt(3)));
        LocalDate start = routeIn(referral);
        LocalDate end = start.plusDays(60 + random.nextInt(420));
        add("plan-started", start, "origin", pick("assessment", "child-protection", "looked-after", "transfer-in"),
                "complexPackage", chance(8), "longTermSupport", chance(8));
        LocalDate meeting = start.plusDays(random.nextInt(20));
        for (int n = 0; !meeting.isAfter(end); n++) {
            meeting(meeting, n == 0 ? "initial" : chance(10) ? "early-review" : "review", !meeting.plusDays(120).isBefore(end));
            meeting = meeting.plusDays(35 + random.nextInt(80));
        }
        for (LocalDate visit = start.plusDays(7 + random.nextInt(30)); visit.isBefore(end); visit = visit.plusDays(14 + random.nextInt(35))) {
            add("visit", visit);
        }
        if (disabled) {
            add("short-breaks", start.plusDays(random.nextInt(60)), "nightsPerYear", random.nextInt(120), "settings", 1 + random.nextInt(3));
        }
        maybe(3, "worker-changed", between(start, end));
        maybe(3, "significant-change", between(start, end));
        maybe(2, "supervision", between(start, end), "kind", pick("case", "reflective"), "by", "team-manager");
        if (chance(6)) {
            LocalDate out = between(start, end);
            add("moved-out", out);
            maybe(2, "receiving-authority-notified", out.plusDays(random.nextInt(4)));
            maybe(2, "transfer-information-sent", out.plusDays(random.nextInt(9)));
        }
        if (!chance(4)) {
            maybe(2, "management-decision", end.minusDays(random.nextInt(20)), "about", "closure-rationale",
                    "by", pick("team-manager", "social-worker"), "rationale", new FreeText("reasons recorded"));
            add("plan-ended", end, "reason", pick(REASONS));
        }
        if (chance(10)) {
            irregular(referral, end);
        }
        LocalDate asOf = chance(3) ? between(start, end) : end.plusDays(random.nextInt(120));
        if (chance(3)) {
            Collections.shuffle(drafts, new java.util.Random(random.nextLong()));
        }
        List<CaseEvent> events = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            EventRef ref = d.id() == null ? EventRef.at(events.size()) : EventRef.of(events.size(), d.id());
            events.add(d.type().create(ref, d.date(), Attributes.of(d.values())));
        }
        return new Generated(new CaseRecord(caseId, new Child(born, disabled), events), asOf);
    }

    /** The way into a plan; returns the day the plan starts. */
    private LocalDate routeIn(LocalDate referral) {
        switch (random.nextInt(10)) {
            case 0, 1 -> {
                LocalDate conference = referral.plusDays(20 + random.nextInt(60));
                add("cp-conference", conference, "outcome", "step-down-to-cin");
                return conference;
            }
            case 2 -> {
                LocalDate moved = referral.plusDays(random.nextInt(10));
                add("moved-in", moved, "notified", moved.plusDays(random.nextInt(15)));
                return moved.plusDays(10 + random.nextInt(20));
            }
            case 3 -> {
                LocalDate review = referral.plusDays(30 + random.nextInt(60));
                add("looked-after-review", review, "outcome", "step-down-to-cin");
                return review;
            }
            default -> {
                LocalDate started = referral.plusDays(random.nextInt(5));
                add("assessment-started", started);
                if (chance(6)) {
                    add("assessment-extended", started.plusDays(15), "by", "consultant-social-worker",
                            "limitWorkingDays", 30 + random.nextInt(16));
                }
                LocalDate completed = started.plusDays(10 + random.nextInt(60));
                add("assessment-completed", completed, "outcome", chance(10) ? "not-in-need" : "in-need");
                return completed.plusDays(5 + random.nextInt(20));
            }
        }
    }

    private void meeting(LocalDate day, String type, boolean last) {
        String id = "m" + (meetings.size() + 1);
        meetings.add(id);
        meetingDays.add(day);
        addWithId(id, "meeting", day, "meeting", type, "chair", pick(CHAIRS),
                "outcome", last && chance(2) ? "no-longer-in-need" : "continue",
                "nextReview", chance(2) ? day.plusWeeks(12) : null);
        maybe(5, "case-note", day.plusDays(random.nextInt(4)), "meetingRef", id);
        maybe(5, "plan-authorised", day.plusDays(random.nextInt(12)), "meetingRef", id, "by", "team-manager");
        maybe(5, "minutes-distributed", day.plusDays(random.nextInt(18)), "meetingRef", id);
        maybe(3, "plan-distributed", day.plusDays(random.nextInt(8)), "meetingRef", id);
        maybe(2, "plan-updated", day, "points", 3 + random.nextInt(10),
                "elements", List.of("objectives", "services", "keyworker", "contingency").subList(0, 1 + random.nextInt(4)));
    }

    /** A few events of any type on any day of the case, with any attributes. */
    private void irregular(LocalDate from, LocalDate to) {
        for (int i = 1 + random.nextInt(5); i > 0; i--) {
            EventType type = TYPES[random.nextInt(TYPES.length)];
            LocalDate date = between(from, to.plusDays(200));
            Map<String, Object> values = new HashMap<>();
            for (AttributeSpec spec : type.attributes()) {
                Object value = anyValue(spec, from, date);
                if (value != null && (spec.required() || random.nextBoolean())) {
                    values.put(spec.name(), value);
                }
            }
            drafts.add(new Draft(null, type, date, values));
        }
    }

    /** A value for {@code spec}; a reference names a meeting held by {@code on}, as a case must (CaseRules). */
    private Object anyValue(AttributeSpec spec, LocalDate near, LocalDate on) {
        return switch (spec.type()) {
            case FLAG -> random.nextBoolean();
            case COUNT -> random.nextInt(100);
            case DATE -> near.plusDays(random.nextInt(400));
            case CODE -> code(spec, spec.codes().get(random.nextInt(spec.codes().size())));
            case CODES -> Set.of(code(spec, spec.codes().get(random.nextInt(spec.codes().size()))));
            case EVENT_REF -> {
                List<String> held = new ArrayList<>();
                for (int m = 0; m < meetings.size(); m++) {
                    if (!meetingDays.get(m).isAfter(on)) {
                        held.add(meetings.get(m));
                    }
                }
                yield held.isEmpty() ? null : held.get(random.nextInt(held.size()));
            }
            case TEXT -> new FreeText("text");
        };
    }

    private void maybe(int missingOneIn, String type, LocalDate day, Object... attributes) {
        if (!chance(missingOneIn)) {
            add(type, day, attributes);
        }
    }

    private void add(String type, LocalDate day, Object... attributes) {
        addWithId(null, type, day, attributes);
    }

    /** Adds an event; attributes come as name, value pairs, values as codes, dates, numbers, flags or lists. */
    private void addWithId(String id, String code, LocalDate day, Object... attributes) {
        EventType type = TYPES_BY_CODE.get(code);
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < attributes.length; i += 2) {
            AttributeSpec spec = type.attribute((String) attributes[i]).orElseThrow();
            Object value = attributes[i + 1];
            if (value instanceof String text && spec.type() != org.childinneed.model.event.AttributeType.EVENT_REF) {
                value = code(spec, text);
            } else if (value instanceof List<?> list) {
                Set<Coded> codes = new LinkedHashSet<>();
                list.forEach(c -> codes.add(code(spec, (String) c)));
                value = codes;
            }
            if (value != null) {
                values.put(spec.name(), value);
            }
        }
        drafts.add(new Draft(id, type, day, values));
    }

    private static Coded code(AttributeSpec spec, String code) {
        return CODES.computeIfAbsent(spec.vocabulary().map(Class::getName).orElse(spec.name()) + "=" + code,
                k -> spec.parseCode(code).orElseThrow(() -> new IllegalArgumentException(spec + ": " + code)));
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        long days = Math.max(1, to.toEpochDay() - from.toEpochDay());
        return from.plusDays(random.nextLong(days));
    }

    private boolean chance(int oneIn) {
        return random.nextInt(oneIn) == 0;
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }
}
