package org.childinneed.policies.report;

/** The formats {@code cin check} writes reports in. */
public enum ReportFormat {
    /** An aligned table for a terminal. */
    TEXT,
    /** Contract section 2; several cases as a JSON array. */
    JSON,
    /** One self-contained page with a timeline per case. */
    HTML
}
