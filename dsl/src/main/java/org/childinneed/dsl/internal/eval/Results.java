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

    /** Where each rule node's obligations end in {@link #obligations}, noted by {@link #endOfNode}. */
    private final int[] nodeEnds;
    private int nodes;

    /** What one rule node finds, its own items only. */
    Results() {
        this(0);
    }

    /** What {@code nodes} rule nodes find, one after the other, each ending with {@link #endOfNode}. */
    Results(int nodes) {
        this.nodeEnds = new int[nodes];
    }

    /** Marks the end of the next node's items: its obligations are those added since the mark before. */
    void endOfNode() {
        nodeEnds[nodes++] = obligations.size();
    }

    /** The end of each node's obligations, in node order, as marked so far. */
    int[] nodeEnds() {
        return nodeEnds;
    }

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
