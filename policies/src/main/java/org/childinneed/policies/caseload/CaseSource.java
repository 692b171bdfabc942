package org.childinneed.policies.caseload;

import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Where a caseload's cases come from (a port): case files and folders of them, a census return,
 * a case-management system's export. A source offers its cases one at a time, in an order that is
 * the same on every run, so a caseload of any size is checked in bounded memory. An input that
 * cannot be read is offered too, as a {@link PendingCase} whose {@code read} throws, so that it is
 * reported where it stands and the cases after it are still checked.
 */
public interface CaseSource {

    /**
     * The cases, in a deterministic order; lazily, one at a time. The caller closes the stream,
     * which releases whatever the source holds open.
     */
    Stream<PendingCase> cases();

    /** How many cases (or inputs) {@link #cases()} will offer, when the source can tell cheaply; for progress only. */
    default OptionalLong size() {
        return OptionalLong.empty();
    }
}
