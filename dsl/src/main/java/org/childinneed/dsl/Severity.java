package org.childinneed.dsl;

/** How serious a diagnostic is: an error stops the policy from compiling, a warning does not. */
public enum Severity {
    ERROR,
    WARNING;

    /** The word diagnostics print: {@code error} or {@code warning}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
