package org.childinneed.policies.cli;

import org.childinneed.policies.report.Style;

/**
 * What cin knows of where its output goes: whether standard output is a terminal, and whether
 * the user asked for no colour ({@code NO_COLOR}).
 *
 * @param interactive whether standard output is a terminal
 * @param noColour whether the {@code NO_COLOR} environment variable is set (and not empty)
 */
record Terminal(boolean interactive, boolean noColour) {

    /** The terminal this process runs in. */
    static Terminal detect() {
        String noColour = System.getenv("NO_COLOR");
        return new Terminal(System.console() != null, noColour != null && !noColour.isEmpty());
    }

    /** The style for output: {@code forced} when the user chose, else colour on a terminal unless NO_COLOR. */
    Style style(Boolean forced) {
        if (forced != null) {
            return forced ? Style.COLOUR : Style.PLAIN;
        }
        return interactive && !noColour ? Style.COLOUR : Style.PLAIN;
    }
}
