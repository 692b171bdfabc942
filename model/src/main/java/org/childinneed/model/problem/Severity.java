package org.childinneed.model.problem;

import java.util.Locale;

/** How serious a problem is: an error stops the input from being used, a warning does not. */
public enum Severity {
    ERROR,
    WARNING;

    /** The word messages print: {@code error} or {@code warning}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
