package org.childinneed.dsl;

import java.util.Optional;

/** Finds the script of a policy by its id, to resolve {@code extends <id>}. */
@FunctionalInterface
public interface PolicyResolver {

    /** The script of the policy called {@code policyId}, or empty when there is none. */
    Optional<PolicySource> find(String policyId);

    /** A resolver that knows no policy. */
    static PolicyResolver none() {
        return id -> Optional.empty();
    }
}
