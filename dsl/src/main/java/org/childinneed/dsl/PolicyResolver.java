package org.childinneed.dsl;

import java.util.List;
import java.util.Optional;

/** Finds the script of a policy by its id, to resolve {@code extends <id>}. */
@FunctionalInterface
public interface PolicyResolver {

    /** The script of the policy called {@code policyId}, or empty when there is none. */
    Optional<PolicySource> find(String policyId);

    /**
     * Every version of the policy called {@code policyId}, each a script of its own sharing the id
     * (the first found by {@link #find} among them); empty when there is none. A script extending
     * it is compiled against each. By default, the one script {@link #find} gives.
     */
    default List<PolicySource> versions(String policyId) {
        return find(policyId).map(List::of).orElse(List.of());
    }

    /** A resolver that knows no policy. */
    static PolicyResolver none() {
        return id -> Optional.empty();
    }
}
