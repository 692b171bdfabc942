package org.childinneed.benchmarks.reference;

import org.childinneed.model.compliance.Citation;
import org.childinneed.model.compliance.ObligationKind;

/**
 * A Kent obligation rule: its clause id, the kind of obligation it gives and where it comes from.
 *
 * @param id the catalog clause id
 * @param kind the kind of obligation
 * @param cite the source section
 */
record Rule(String id, ObligationKind kind, Citation cite) {

    static Rule of(String id, ObligationKind kind, String section) {
        return new Rule(id, kind, Citation.of("kent.txt", section));
    }
}
