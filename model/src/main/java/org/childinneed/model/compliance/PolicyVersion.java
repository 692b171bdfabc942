package org.childinneed.model.compliance;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a policy: the policy's id, the version's label as its header writes it, and the
 * day it took effect (none for an undated version, in force from the beginning).
 *
 * @param policy the policy id ({@code working-together})
 * @param label the version ({@code 2023})
 * @param effective the day it took effect, when the script dates it
 */
public record PolicyVersion(String policy, String label, Optional<LocalDate> effective) {

    public PolicyVersion {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(effective, "effective");
    }

    /** {@code working-together 2023, effective 2023-12-15}, or {@code kent current (undated)}. */
    public String describe() {
        return policy + " " + label + effective.map(d -> ", effective " + d).orElse("");
    }

    @Override
    public String toString() {
        return describe();
    }
}
