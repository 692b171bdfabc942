package org.childinneed.policies.cli;

/** What {@code cin test} writes. */
enum TestFormat {
    /** A line per scenario with the differences, then a JUnit-style summary. */
    TEXT,
    /** JUnit XML, as CI servers read it. */
    JUNIT,
    /** One JSON document. */
    JSON
}
