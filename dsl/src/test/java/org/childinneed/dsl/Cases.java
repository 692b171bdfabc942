package org.childinneed.dsl;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.childinneed.model.child.Child;
import org.childinneed.model.event.AttributeSpec;
import org.childinneed.model.event.Attributes;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.event.EventRef;
import org.childinneed.model.event.EventType;
import org.childinneed.model.event.FreeText;
import org.childinneed.model.timeline.CaseRecord;

/** Builds case records for tests: {@code event("m1", "meeting", "2027-01-06", "meeting", "initial")}. */
final class Cases {

    private LocalDate born = LocalDate.of(2014, 5, 4);
    private boolean disabled;
    private final List<CaseEvent> events = new ArrayList<>();
    private org.childinneed.model.event.DeclaredCodes codes = org.childinneed.model.event.DeclaredCodes.NONE;

    static Cases child() {
        return new Cases();
    }

    Cases born(String date) {
        born = LocalDate.parse(date);
        return this;
    }

    /** Accepts the roles and plan elements {@code declared} where national ones are expected, as a case-file reader does. */
    Cases declaring(org.childinneed.model.event.DeclaredCodes declared) {
        codes = declared;
        return this;
    }

    Cases disabled() {
        disabled = true;
        return this;
    }

    /** Adds an event; {@code id} may be null; attributes come as name, value pairs. */
    Cases event(String id, String type, String date, String... attributes) {
        EventType eventType = EventType.fromCode(type).orElseThrow(() -> new IllegalArgumentException(type));
        return event(eventType, id, date, attributes);
    }

    /** Adds an event of a type a policy declares, as {@link #event(String, String, String, String...)} does. */
    Cases declared(org.childinneed.model.event.DeclaredEventType type, String id, String date, String... attributes) {
        return event(type, id, date, attributes);
    }

    /** Adds a national event with attributes a policy adds to its type ({@code policy.declaredVocabulary().extension(type)}). */
    Cases extended(org.childinneed.model.event.ExtendedEventType type, String id, String date, String... attributes) {
        return event(type, id, date, attributes);
    }

    private Cases event(org.childinneed.model.event.EventSchema eventType, String id, String date, String... attributes) {
        String type = eventType.code();
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < attributes.length; i += 2) {
            AttributeSpec spec = eventType.attribute(attributes[i]).orElseThrow(
                    () -> new IllegalArgumentException(type + " has no attribute"));
            values.put(spec.name(), value(spec, attributes[i + 1]));
        }
        int index = events.size();
        EventRef ref = id == null ? EventRef.at(index) : EventRef.of(index, id);
        if (eventType instanceof org.childinneed.model.event.ExtendedEventType x) {
            Map<String, Object> added = new HashMap<>();
            x.added().forEach(spec -> {
                if (values.containsKey(spec.name())) {
                    added.put(spec.name(), values.remove(spec.name()));
                }
            });
            events.add(x.extend(x.national().create(ref, LocalDate.parse(date), Attributes.of(values)), Attributes.of(added)));
            return this;
        }
        events.add(eventType instanceof org.childinneed.model.event.DeclaredEventType declared
                ? declared.create(ref, LocalDate.parse(date), Attributes.of(values))
                : ((EventType) eventType).create(ref, LocalDate.parse(date), Attributes.of(values)));
        return this;
    }

    private Object value(AttributeSpec spec, String text) {
        return switch (spec.type()) {
            case FLAG -> Boolean.parseBoolean(text);
            case COUNT -> Integer.parseInt(text);
            case DATE -> LocalDate.parse(text);
            case CODE -> spec.parseCode(text, codes).orElseThrow(() -> new IllegalArgumentException(text));
            case CODES -> {
                Set<Object> listed = new LinkedHashSet<>();
                for (String code : text.split(",")) {
                    listed.add(spec.parseCode(code.trim(), codes).orElseThrow(() -> new IllegalArgumentException(code)));
                }
                yield listed;
            }
            case EVENT_REF -> text;
            case TEXT -> new FreeText(text);
        };
    }

    private final Map<org.childinneed.model.event.EventRef, java.time.LocalTime> times = new HashMap<>();

    /** Records the time of day of the event added last ({@code "10:30"}), as a case file's {@code time} does. */
    Cases at(String time) {
        times.put(events.get(events.size() - 1).ref(), java.time.LocalTime.parse(time));
        return this;
    }

    CaseRecord build() {
        return new CaseRecord("T-1", new Child(born, disabled), events, times);
    }
}
