package org.childinneed.dsl;

import java.util.Objects;

/**
 * The text of a policy script and the name diagnostics show for it. A byte-order mark at the start
 * of the text (as Windows Notepad saves it) is not part of the script and is dropped.
 *
 * @param name the name as shown in diagnostics: {@code kent.cin} or a path
 * @param text the script
 */
public record PolicySource(String name, String text) {

    /** The most characters a script may hold; a longer one is refused with {@code script-too-large}. */
    public static final int MAX_CHARACTERS = org.childinneed.dsl.internal.syntax.ScriptParser.MAX_CHARACTERS;

    public PolicySource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
