package org.childinneed.model.compliance;

import java.util.Objects;
import java.util.Optional;

/**
 * Where in a source document a rule comes from, as reports print it:
 * {@code kent.txt, 5. Child in Need Meetings}, and the version of the policy that wrote the rule.
 *
 * @param text the citation
 * @param version the version of the policy whose script wrote the rule, when known
 */
public record Citation(String text, Optional<PolicyVersion> version) {

    public Citation {
        Objects.requireNonNull(text, "citation text");
        Objects.requireNonNull(version, "version");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a citation must not be blank");
        }
    }

    /** A citation naming no version. */
    public Citation(String text) {
        this(text, Optional.empty());
    }

    /** A citation of {@code section} in {@code document}. */
    public static Citation of(String document, String section) {
        return new Citation(document + ", " + section);
    }

    /** This citation, written by {@code version}. */
    public Citation withVersion(PolicyVersion version) {
        return new Citation(text, Optional.of(version));
    }

    @Override
    public String toString() {
        return text;
    }
}
