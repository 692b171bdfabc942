package org.childinneed.model.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.childinneed.model.Coded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventTypeTest {

    private static final LocalDate DAY = LocalDate.of(2027, 1, 6);

    @Test
    void every_event_type_of_the_contract_exists_in_contract_order() {
        List<String> contract = List.of("referral", "assessment-started", "assessment-extended", "assessment-completed",
                "assessment-updated", "meeting-decided", "cp-conference", "looked-after-review", "plan-started",
                "plan-updated", "meeting", "visit", "case-note", "plan-authorised", "minutes-distributed",
                "plan-distributed", "significant-change", "worker-changed", "supervision", "management-decision",
                "moved-in", "moved-out", "receiving-authority-notified", "transfer-information-sent", "short-breaks",
                "plan-ended");
        List<String> codes = Coded.codes(EventType.class);
        // The contract may be extended with new types, never shrunk or reordered.
        assertEquals(contract, codes.stream().filter(contract::contains).toList());
    }

    @Test
    void the_required_attributes_are_those_the_contract_marks_required() {
        Set<String> contractRequires = Set.of("assessment-completed", "meeting", "plan-ended");
        Map<String, List<String>> required = new HashMap<>();
        for (EventType type : EventType.national()) {
            List<String> names = type.attributes().stream().filter(AttributeSpec::required).map(AttributeSpec::name).toList();
            if (!names.isEmpty() || contractRequires.contains(type.code())) {
                required.put(type.code(), names);
            }
        }
        assertEquals(Map.of("assessment-completed", List.of("outcome"), "meeting", List.of("meeting", "chair"),
                "plan-ended", List.of("reason")), required);
    }

    @ParameterizedTest
    @EnumSource(value = EventType.class, names = "DECLARED", mode = EnumSource.Mode.EXCLUDE)
    void create_builds_the_record_of_the_type_with_every_attribute_readable(EventType type) {
        Map<String, Object> values = new HashMap<>();
        for (AttributeSpec spec : type.attributes()) {
            values.put(spec.name(), sampleOf(spec));
        }
        CaseEvent event = type.create(EventRef.of(4, "e4"), DAY, Attributes.of(values));

        assertInstanceOf(type.eventClass(), event);
        assertEquals(type, event.type());
        assertEquals(EventRef.of(4, "e4"), event.ref());
        assertEquals(DAY, event.date());
        for (AttributeSpec spec : type.attributes()) {
            assertEquals(Optional.of(values.get(spec.name())), event.attribute(spec.name()), spec.name());
        }
        assertEquals(Optional.empty(), event.attribute("no-such-attribute"));
    }

    @ParameterizedTest
    @EnumSource(value = EventType.class, names = "DECLARED", mode = EnumSource.Mode.EXCLUDE)
    void create_without_attributes_leaves_optional_ones_empty_and_refuses_missing_required_ones(EventType type) {
        List<AttributeSpec> required = type.attributes().stream().filter(AttributeSpec::required).toList();
        if (required.isEmpty()) {
            CaseEvent event = type.create(EventRef.at(0), DAY, Attributes.none());
            for (AttributeSpec spec : type.attributes()) {
                Optional<Object> value = event.attribute(spec.name());
                if (spec.type() == AttributeType.FLAG) {
                    assertEquals(Optional.of(false), value, spec.name());
                } else {
                    assertEquals(Optional.empty(), value, spec.name());
                }
            }
        } else {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> type.create(EventRef.at(0), DAY, Attributes.none()));
            assertEquals(required.get(0).name() + " is required", error.getMessage());
        }
    }

    @Test
    void codes_parse_back_to_their_type() {
        for (EventType type : EventType.national()) {
            assertEquals(Optional.of(type), EventType.fromCode(type.code()));
        }
        assertEquals(Optional.empty(), EventType.fromCode("meetings"));
    }

    @Test
    void a_code_attribute_lists_its_vocabulary() {
        AttributeSpec outcome = EventType.ASSESSMENT_COMPLETED.attribute("outcome").orElseThrow();
        assertEquals(List.of("in-need", "not-in-need"), outcome.codes());
        assertEquals(Optional.of(AssessmentOutcome.NOT_IN_NEED), outcome.parseCode("not-in-need"));
        assertEquals(Optional.empty(), outcome.parseCode("needy"));
        assertTrue(EventType.TRANSFER_INFORMATION_SENT.attributes().isEmpty());
    }

    private static Object sampleOf(AttributeSpec spec) {
        return switch (spec.type()) {
            case FLAG -> true;
            case COUNT -> 3;
            case DATE -> DAY.plusDays(7);
            case CODE -> lastConstant(spec);
            case CODES -> Set.of(lastConstant(spec));
            case EVENT_REF -> "m1";
            case TEXT -> new FreeText("rationale");
        };
    }

    private static Coded lastConstant(AttributeSpec spec) {
        Coded[] constants = spec.vocabulary().orElseThrow().getEnumConstants();
        return Arrays.asList(constants).get(constants.length - 1);
    }
}
