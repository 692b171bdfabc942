package org.childinneed.model.event;

import java.util.Objects;
import org.childinneed.model.Coded;

/**
 * A code of a list a policy declares ({@code attribute outcome one of [plan-agreed, escalate]}):
 * equal to another declared code of the same spelling.
 *
 * @param code the code as written in policy scripts and case files
 */
public record DeclaredCode(String code) implements Coded {

    public DeclaredCode {
        Objects.requireNonNull(code, "code");
    }

    @Override
    public String toString() {
        return code;
    }
}
