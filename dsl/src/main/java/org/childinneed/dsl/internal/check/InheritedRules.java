package org.childinneed.dsl.internal.check;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rules a policy inherits from the policy it extends, as the checker needs them.
 *
 * @param policyId the id of the policy extended
 * @param clausesByRule each inherited rule's name and the clause ids it encodes, in script order
 */
public record InheritedRules(String policyId, Map<String, List<String>> clausesByRule) {

    public InheritedRules {
        Objects.requireNonNull(policyId, "policyId");
        clausesByRule = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(clausesByRule));
    }
}
