package org.childinneed.model.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClosureReasonTest {

    @Test
    void each_closure_reason_maps_to_the_census_code_the_contract_gives() {
        Map<String, CensusReasonForClosure> contract = new LinkedHashMap<>();
        contract.put("adopted", CensusReasonForClosure.RC1);
        contract.put("died", CensusReasonForClosure.RC2);
        contract.put("child-arrangements-order", CensusReasonForClosure.RC3);
        contract.put("special-guardianship-order", CensusReasonForClosure.RC4);
        contract.put("transferred-to-another-authority", CensusReasonForClosure.RC5);
        contract.put("adult-social-care", CensusReasonForClosure.RC6);
        contract.put("no-longer-in-need", CensusReasonForClosure.RC7);
        contract.put("child-protection-plan", CensusReasonForClosure.RC7);
        contract.put("looked-after", CensusReasonForClosure.RC7);
        contract.put("supervision-order-ended", CensusReasonForClosure.RC7);
        contract.put("moved-outside-england-and-wales", CensusReasonForClosure.RC7);
        contract.put("eighteenth-birthday", CensusReasonForClosure.RC7);
        contract.put("stepped-down-to-early-help", CensusReasonForClosure.RC7);

        Map<String, CensusReasonForClosure> actual = new LinkedHashMap<>();
        for (ClosureReason reason : ClosureReason.values()) {
            if (contract.containsKey(reason.code())) {
                actual.put(reason.code(), reason.censusCode());
            }
        }
        assertEquals(contract, actual, "every closure reason of the contract, with its census code");
    }

    @Test
    void the_census_describes_rc7_as_services_ceased_for_any_other_reason() {
        assertEquals("Services ceased for any other reason, including child no longer in need",
                CensusReasonForClosure.RC7.description());
    }
}
