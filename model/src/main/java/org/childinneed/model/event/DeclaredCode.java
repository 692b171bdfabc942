package org.childinneed.model.event;

import java.util.Objects;
import org.childinneed.model.Coded;
import org.childinneed.model.meeting.RoleCode;
import org.childinneed.model.plan.PlanElementCode;

/**
 * A code a policy declares: one of a declared attribute's list
 * ({@code attribute outcome one of [plan-agreed, escalate]}), or an extra code of an open national
 * list ({@code role family-group-coordinator}, {@code plan element frequency-of-visits}: see
 * {@link OpenList}). Equal to another declared code of the same spelling.
 *
 * @param code the code as written in policy scripts and case files
 */
public record DeclaredCode(String code) implements Coded, RoleCode, PlanElementCode {

    public DeclaredCode {
        Objects.requireNonNull(code, "code");
    }

    @Override
    public String toString() {
        return code;
    }
}
