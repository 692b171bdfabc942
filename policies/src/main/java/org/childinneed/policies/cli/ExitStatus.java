package org.childinneed.policies.cli;

/** The exit statuses of {@code cin} (contract section 4). */
final class ExitStatus {

    /** Nothing overdue and no findings; a command that succeeded. */
    static final int OK = 0;
    /** Something overdue or a finding; a scenario that failed. */
    static final int ATTENTION = 1;
    /** Bad input: a message on standard error names the file, line or event, and the field. */
    static final int BAD_INPUT = 2;
    /** A defect of cin itself. */
    static final int INTERNAL = 3;

    private ExitStatus() {
    }
}
