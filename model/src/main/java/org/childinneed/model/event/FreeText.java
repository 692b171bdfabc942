package org.childinneed.model.event;

import java.util.Objects;

/**
 * Text typed by a practitioner (a rationale, a note). It may hold personal data, so it never
 * shows itself: {@link #toString()} gives only its length. Read it with {@link #text()} where
 * the caller knows the text may be shown.
 *
 * @param text the text as recorded
 */
public record FreeText(String text) {

    public FreeText {
        Objects.requireNonNull(text, "text");
    }

    /** Whether the text holds anything but white space. */
    public boolean isBlank() {
        return text.isBlank();
    }

    @Override
    public String toString() {
        return "FreeText[" + text.length() + " characters, withheld]";
    }
}
