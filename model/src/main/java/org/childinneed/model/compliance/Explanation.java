package org.childinneed.model.compliance;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Why an obligation exists, how its due date was computed and what became of it, in plain words
 * (ids and dates only, never personal data).
 *
 * @param trigger why it exists: "assessment-completed a1 on Thu 17 Dec 2026 with outcome in-need"
 * @param computation how the due date was reached: "10 working days after Thu 17 Dec 2026,
 *     skipping 25 Dec, 28 Dec and 1 Jan"
 * @param resolution what satisfied it, or why it stands open, overdue or cancelled
 * @param caveats reasons to doubt the due date (the computation says why in words), each a warning
 *     of the report; usually none
 */
public record Explanation(String trigger, String computation, String resolution, Set<DateCaveat> caveats) {

    public Explanation {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(computation, "computation");
        Objects.requireNonNull(resolution, "resolution");
        caveats = caveats.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(caveats));
    }

    /** An explanation of a due date with nothing to doubt. */
    public Explanation(String trigger, String computation, String resolution) {
        this(trigger, computation, resolution, Set.of());
    }
}
