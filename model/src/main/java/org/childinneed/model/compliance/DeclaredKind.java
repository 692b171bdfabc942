package org.childinneed.model.compliance;

import java.util.Objects;

/**
 * A kind of obligation or finding a policy declares because its procedure needs it and the national
 * vocabulary lacks it ({@code obligation kind individual-support-plan}). Reports write its code as
 * they write a national kind's.
 *
 * @param code its code, as the policy writes it; never a national kind's code
 * @param description what it is, in the policy author's words (the code when none is given)
 */
public record DeclaredKind(String code, String description) implements Obligation.Kind, Finding.Kind {

    public DeclaredKind {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
        if (code.isBlank()) {
            throw new IllegalArgumentException("a declared kind needs a code");
        }
    }

    @Override
    public String toString() {
        return code;
    }
}
