package org.childinneed.policies.cli;

import java.util.Map;
import org.childinneed.policies.report.Style;

/**
 * What cin knows of where its output goes: whether standard output is a terminal, whether the user
 * asked for no colour ({@code NO_COLOR}), and whether a progress bar may be drawn on standard error.
 *
 * @param interactive whether standard output is a terminal
 * @param noColour whether the {@code NO_COLOR} environment variable is set (and not empty)
 * @param progress whether standard error is a terminal that may show a progress bar
 */
record Terminal(boolean interactive, boolean noColour, boolean progress) {

    /** A terminal that shows no progress. */
    Terminal(boolean interactive, boolean noColour) {
        this(interactive, noColour, false);
    }

    /** The terminal this process runs in. */
    static Terminal detect() {
        return detect(System.getenv(), System.console() != null, Boolean.getBoolean("cin.stderr.terminal"));
    }

    /**
     * The terminal of a process with {@code environment}; standard error is a terminal when the
     * {@code cin} script found it so ({@code -Dcin.stderr.terminal=true}) or when the console is one.
     * A progress bar is off when {@code TERM} is {@code dumb}, or {@code CI} or {@code CIN_NO_PROGRESS} is set.
     */
    static Terminal detect(Map<String, String> environment, boolean console, boolean stderrTerminal) {
        String noColour = environment.get("NO_COLOR");
        boolean progress = (stderrTerminal || console) && !"dumb".equals(environment.get("TERM"))
                && !set(environment, "CI") && !set(environment, "CIN_NO_PROGRESS");
        return new Terminal(console, noColour != null && !noColour.isEmpty(), progress);
    }

    private static boolean set(Map<String, String> environment, String name) {
        String value = environment.get(name);
        return value != null && !value.isEmpty();
    }

    /** The style for output: {@code forced} when the user chose, else colour on a terminal unless NO_COLOR. */
    Style style(Boolean forced) {
        if (forced != null) {
            return forced ? Style.COLOUR : Style.PLAIN;
        }
        return interactive && !noColour ? Style.COLOUR : Style.PLAIN;
    }
}
