package org.childinneed.model.compliance;

import org.childinneed.model.Coded;

/**
 * How binding the rule behind an obligation or a finding is: a requirement of the procedure, or
 * what it calls good practice ("it is good practice for all Reviews to be chaired by ...").
 * Advisory departures are reported but do not by themselves make a case non-compliant.
 */
public enum RuleSeverity implements Coded {
    /** The procedure requires it. */
    REQUIRED,
    /** The procedure recommends it as good practice. */
    ADVISORY;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
