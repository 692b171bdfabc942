package org.childinneed.dsl.robustness;

import java.time.LocalDate;
import java.util.ArrayList;
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
 * Random but valid case records, driven by the {@link EventType} schema: any event types in any
 * order, any attributes, dates around a base day that is usually in this century and sometimes at
 * the edges of what a {@code LocalDate} from year 1 to 9999 holds. The same seed gives the same case.
 */
final class RandomCases {

    private static final EventType[] TYPES = EventType.national().toArray(new EventType[0]);

    private final SplittableRandom random;
    private final LocalDate base;

    private RandomCases(long seed) {
        this.random = new SplittableRandom(seed);
        this.base = baseDay();
    }

    /** The case of {@code seed}: up to {@code maxEvents} events. */
    static CaseRecord of(long seed, int maxEvents) {
        return new RandomCases(seed).build(maxEvents);
    }

    /** A date to evaluate the case of {@code seed} as of: near its events, or anywhere from year 1 to 9999. */
    static LocalDate asOf(long seed) {
        RandomCases cases = new RandomCases(seed);
        return cases.random.nextInt(8) == 0 ? cases.anyDay() : cases.near(cases.base, 2000);
    }

    private CaseRecord build(int maxEvents) {
        int count = random.nextInt(maxEvents + 1);
        Map<String, LocalDate> meetingDates = new HashMap<>();
        List<CaseEvent> events = new ArrayList<>(count);
        for (int index = 0; index < count; index++) {
            EventType type = random.nextInt(4) == 0 ? EventType.MEETING : TYPES[random.nextInt(TYPES.length)];
            LocalDate date = near(base, 800);
            // A note or minutes may only refer to a meeting held by its own date (CaseRules).
            List<String> meetings = meetingDates.entrySet().stream().filter(m -> !m.getValue().isAfter(date))
                    .map(Map.Entry::getKey).sorted().toList();
            Map<String, Object> values = new HashMap<>();
            for (AttributeSpec spec : type.attributes()) {
                if (spec.required() || random.nextBoolean()) {
                    Object value = value(spec, meetings);
                    if (value != null) {
                        values.put(spec.name(), value);
                    }
                }
            }
            boolean named = type == EventType.MEETING || random.nextInt(3) == 0;
            String id = (type == EventType.MEETING ? "m" : "e") + index;
            if (type == EventType.MEETING) {
                meetingDates.put(id, date);
            }
            EventRef ref = named ? EventRef.of(index, id) : EventRef.at(index);
            events.add(type.create(ref, date, Attributes.of(values)));
        }
        Child child = new Child(near(base.minusYears(9), 3500), random.nextInt(6) == 0);
        return new CaseRecord("R-" + Long.toHexString(random.nextLong()), child, events);
    }

    private Object value(AttributeSpec spec, List<String> meetings) {
        return switch (spec.type()) {
            case FLAG -> random.nextBoolean();
            case COUNT -> random.nextInt(5) == 0 ? Integer.MAX_VALUE - random.nextInt(2) : random.nextInt(120);
            case DATE -> near(base, 400);
            case CODE -> code(spec);
            case CODES -> {
                Set<Coded> codes = new LinkedHashSet<>();
                int n = random.nextInt(spec.codes().size() + 1);
                for (int i = 0; i < n; i++) {
                    codes.add(code(spec));
                }
                yield codes;
            }
            case EVENT_REF -> meetings.isEmpty() ? null : meetings.get(random.nextInt(meetings.size()));
            case TEXT -> new FreeText(random.nextBoolean() ? "  " : "reasons given");
        };
    }

    private Coded code(AttributeSpec spec) {
        List<String> codes = spec.codes();
        return spec.parseCode(codes.get(random.nextInt(codes.size()))).orElseThrow();
    }

    private LocalDate baseDay() {
        return switch (random.nextInt(10)) {
            case 0 -> anyDay();
            case 1 -> near(LocalDate.of(1900, 1, 1), 400);
            case 2 -> near(LocalDate.of(2100, 12, 31), 400);
            default -> near(LocalDate.of(2026, 1, 1), 3650);
        };
    }

    private LocalDate anyDay() {
        long first = LocalDate.of(1, 1, 1).toEpochDay();
        long last = LocalDate.of(9999, 12, 31).toEpochDay();
        return LocalDate.ofEpochDay(first + random.nextLong(last - first + 1));
    }

    /** A day within {@code days} of {@code day}, kept within years 1 to 9999. */
    private LocalDate near(LocalDate day, int days) {
        LocalDate d = day.plusDays(random.nextInt(2 * days + 1) - days);
        if (d.getYear() < 1) {
            return LocalDate.of(1, 1, 1).plusDays(random.nextInt(days + 1));
        }
        if (d.getYear() > 9999) {
            return LocalDate.of(9999, 12, 31).minusDays(random.nextInt(days + 1));
        }
        return d;
    }
}
