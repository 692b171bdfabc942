package org.childinneed.dsl.internal.eval;

import java.util.ArrayList;
import java.util.List;
import org.childinneed.model.compliance.Finding;
import org.childinneed.model.compliance.NotRequired;
import org.childinneed.model.compliance.Obligation;

/** What an evaluation has found so far. */
final class Results {

    /**
     * Room for the obligations of a typical case from the start (a few dozen: every meeting, visit
     * and plan brings some), so that the list is not copied as it grows.
     */
    final List<Obligation> obligations = new ArrayList<>(OBLIGATIONS_EXPECTED);
    final List<Finding> findings = new ArrayList<>();
    final List<NotRequired> notRequired = new ArrayList<>();

    private static final int OBLIGATIONS_EXPECTED = 48;

    void add(NotRequired lifted) {
        notRequired.add(lifted);
    }

    void add(Obligation obligation) {
        obligations.add(obligation);
    }

    void add(Finding finding) {
        findings.add(finding);
    }
}
