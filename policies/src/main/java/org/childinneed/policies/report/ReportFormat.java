package org.childinneed.policies.report;

import java.util.Locale;

/** The formats {@code cin check} writes reports in; {@link ReportWriters#named} makes a writer of each. */
public enum ReportFormat {
    /** An aligned table for a terminal. */
    TEXT,
    /** Contract section 2: one object when one case file is named, else an array. */
    JSON,
    /** One self-contained page with a timeline per case (a folder of pages for a large caseload). */
    HTML,
    /** One compact JSON report a line, each naming the file (and entry) it came from. */
    NDJSON,
    /** One row per obligation and per finding, with a header row. */
    CSV;

    /** The format's name as the command line spells it: {@code ndjson}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
