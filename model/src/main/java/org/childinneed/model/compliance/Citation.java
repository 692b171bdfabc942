package org.childinneed.model.compliance;

import java.util.Objects;

/**
 * Where in a source document a rule comes from, as reports print it:
 * {@code kent.txt, 5. Child in Need Meetings}.
 *
 * @param text the citation
 */
public record Citation(String text) {

    public Citation {
        Objects.requireNonNull(text, "citation text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a citation must not be blank");
        }
    }

    /** A citation of {@code section} in {@code document}. */
    public static Citation of(String document, String section) {
        return new Citation(document + ", " + section);
    }

    @Override
    public String toString() {
        return text;
    }
}
