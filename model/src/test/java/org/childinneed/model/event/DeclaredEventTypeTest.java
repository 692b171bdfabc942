package org.childinneed.model.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.childinneed.model.meeting.Role;
import org.junit.jupiter.api.Test;

class DeclaredEventTypeTest {

    private static final DeclaredEventType FAMILY_NETWORK_MEETING = new DeclaredEventType("family-network-meeting",
            "a family network meeting", List.of(
                    AttributeSpec.declared("chair", AttributeType.CODE, false, Optional.of(Role.class), List.of()),
                    AttributeSpec.declared("outcome", AttributeType.CODE, true, Optional.empty(),
                            List.of("plan-agreed", "escalate"))));

    @Test
    void a_declared_event_reads_its_attributes_by_name_under_its_declared_code() {
        DeclaredEvent event = FAMILY_NETWORK_MEETING.create(new EventRef(0, Optional.of("f1")), LocalDate.of(2027, 1, 4),
                Attributes.of(Map.of("chair", Role.TEAM_MANAGER, "outcome", new DeclaredCode("escalate"))));
        assertEquals(EventType.DECLARED, event.type());
        assertEquals("family-network-meeting", event.typeCode());
        assertEquals(Optional.of(Role.TEAM_MANAGER), event.attribute("chair"));
        assertEquals(Optional.of(new DeclaredCode("escalate")), event.attribute("outcome"));
        assertEquals(Optional.empty(), event.attribute("points"));
    }

    @Test
    void declared_codes_parse_only_from_their_list_and_national_ones_from_their_vocabulary() {
        AttributeSpec outcome = FAMILY_NETWORK_MEETING.attribute("outcome").orElseThrow();
        assertEquals(List.of("plan-agreed", "escalate"), outcome.codes());
        assertEquals(Optional.of(new DeclaredCode("plan-agreed")), outcome.parseCode("plan-agreed"));
        assertEquals(Optional.empty(), outcome.parseCode("in-need"));
        assertEquals(Optional.of(Role.TEAM_MANAGER), FAMILY_NETWORK_MEETING.attribute("chair").orElseThrow().parseCode("team-manager"));
    }

    @Test
    void a_missing_required_attribute_a_national_code_and_a_repeated_attribute_are_refused() {
        assertEquals("outcome is required", assertThrows(IllegalArgumentException.class, () -> FAMILY_NETWORK_MEETING
                .create(new EventRef(0, Optional.empty()), LocalDate.of(2027, 1, 4), Attributes.none())).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new DeclaredEventType("meeting", "a meeting", List.of()));
        AttributeSpec when = AttributeSpec.declared("when", AttributeType.DATE, false, Optional.empty(), List.of());
        assertThrows(IllegalArgumentException.class, () -> new DeclaredEventType("x", "x", List.of(when, when)));
        assertThrows(IllegalArgumentException.class,
                () -> AttributeSpec.declared("outcome", AttributeType.CODE, false, Optional.empty(), List.of()));
        assertEquals(Optional.empty(), EventType.fromCode("declared"));
    }
}
