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

    static final String[] HELP = {
        "0:nothing overdue and no findings (or: the command succeeded)",
        "1:something overdue or a finding (test: a scenario failed)",
        "2:bad input: an unreadable or invalid file, an unknown policy, a bad option",
        "3:an internal error of cin (please report it)"};

    private ExitStatus() {
    }
}
