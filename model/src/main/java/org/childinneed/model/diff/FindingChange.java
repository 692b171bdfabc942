package org.childinneed.model.diff;

import java.util.Objects;
import org.childinneed.model.compliance.Finding;

/**
 * A finding only one of the two reports has.
 *
 * @param finding the finding
 * @param added true when only the new report has it, false when only the old one did
 */
public record FindingChange(Finding finding, boolean added) {

    public FindingChange {
        Objects.requireNonNull(finding, "finding");
    }

    /** The rule. */
    public String rule() {
        return finding.rule();
    }
}
