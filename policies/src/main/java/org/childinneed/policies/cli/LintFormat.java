package org.childinneed.policies.cli;

/** What {@code cin lint} writes: diagnostics for people, or a document for tools. */
enum LintFormat {
    /** Compiler-style diagnostics on standard error and a verdict per script on standard output. */
    TEXT,
    /** One JSON document on standard output: every script with its diagnostics and their codes. */
    JSON,
    /** A SARIF 2.1.0 log on standard output, for code-scanning tools and editors. */
    SARIF
}
