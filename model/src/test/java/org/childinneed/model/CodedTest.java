package org.childinneed.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.childinneed.model.meeting.MeetingType;
import org.childinneed.model.meeting.ReviewOutcome;
import org.childinneed.model.meeting.Role;
import org.childinneed.model.plan.PlanElement;
import org.childinneed.model.plan.PlanOrigin;
import org.junit.jupiter.api.Test;

class CodedTest {

    @Test
    void a_constant_name_becomes_a_lower_case_hyphenated_code() {
        assertEquals("team-manager", Coded.codeOf(Role.TEAM_MANAGER));
        assertEquals("initial", Coded.codeOf(MeetingType.INITIAL));
    }

    @Test
    void parse_finds_the_constant_by_its_exact_code() {
        assertEquals(Optional.of(Role.INDEPENDENT_REVIEWING_OFFICER), Coded.parse(Role.class, "independent-reviewing-officer"));
        assertEquals(Optional.empty(), Coded.parse(Role.class, "TEAM_MANAGER"));
        assertEquals(Optional.empty(), Coded.parse(Role.class, "Team-Manager"));
        assertEquals(Optional.empty(), Coded.parse(Role.class, "team-manger"));
        assertEquals(Optional.empty(), Coded.parse(Role.class, ""));
    }

    /** Every code of the contract, in contract order; the contract may be extended with new codes. */
    private static <E extends Enum<E> & Coded> void assertHasContractCodes(List<String> contract, Class<E> type) {
        assertEquals(contract, Coded.codes(type).stream().filter(contract::contains).toList(), type.getSimpleName());
    }

    @Test
    void the_roles_are_those_of_the_contract() {
        assertHasContractCodes(List.of("social-worker", "senior-social-worker", "senior-practitioner", "senior-practice-lead",
                "consultant-social-worker", "team-manager", "group-manager", "service-manager", "head-of-service",
                "assistant-director", "independent-reviewing-officer", "conference-chair", "family-support-worker"),
                Role.class);
    }

    @Test
    void the_review_outcomes_are_those_of_the_contract() {
        assertHasContractCodes(List.of("continue", "no-longer-in-need", "step-down-early-help", "caf",
                "child-and-family-assessment", "strategy-discussion"), ReviewOutcome.class);
    }

    @Test
    void the_meeting_types_plan_origins_and_plan_elements_are_those_of_the_contract() {
        assertHasContractCodes(List.of("initial", "review", "transfer-in", "early-review"), MeetingType.class);
        assertHasContractCodes(List.of("assessment", "child-protection", "looked-after", "transfer-in",
                "supervision-order"), PlanOrigin.class);
        assertHasContractCodes(List.of("objectives", "services", "responsibilities", "keyworker", "timescales",
                "review-arrangements", "contingency", "safety-plan", "child-views", "parent-views"), PlanElement.class);
    }

    @Test
    void every_code_parses_back_to_its_constant() {
        for (Role role : Role.values()) {
            assertEquals(Optional.of(role), Coded.parse(Role.class, role.code()));
        }
    }
}
