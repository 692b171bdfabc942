package org.childinneed.policies.caseload;

/**
 * What checking a caseload came to.
 *
 * @param checked cases read and checked
 * @param needingAttention of those, cases with something overdue or a finding
 * @param unreadable inputs that could not be read (damaged files, folders that cannot be listed)
 */
public record CaseloadOutcome(long checked, long needingAttention, long unreadable) {

    public CaseloadOutcome {
        if (checked < 0 || needingAttention < 0 || unreadable < 0 || needingAttention > checked) {
            throw new IllegalArgumentException("counts out of range: " + checked + ", " + needingAttention + ", " + unreadable);
        }
    }

    /** Inputs offered: cases checked plus inputs that could not be read. */
    public long inputs() {
        return checked + unreadable;
    }

    /** Whether every input was read and no case has anything overdue or any finding. */
    public boolean allClear() {
        return unreadable == 0 && needingAttention == 0;
    }
}
