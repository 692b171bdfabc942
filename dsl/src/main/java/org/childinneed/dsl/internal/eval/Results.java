package org.childinneed.dsl.internal.eval;

import java.util.ArrayList;
import java.util.List;
import org.childinneed.model.compliance.Finding;
import org.childinneed.model.compliance.NotRequired;
import org.childinneed.model.compliance.Obligation;

/** What an evaluation has found so far. */
final class Results {

    final List<Obligation> obligations = new ArrayList<>();
    final List<Finding> findings = new ArrayList<>();
    final List<NotRequired> notRequired = new ArrayList<>();

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
