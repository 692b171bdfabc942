package org.childinneed.dsl.internal.ast;

import java.util.List;

/** A finding as written; like {@link ObligationPart}, its clause lists hold every occurrence. */
public record FindingPart(Name kind, List<Subject> subjects, List<Condition> ifs, List<Condition> unlesses,
        Position pos) implements Part {

    public FindingPart {
        subjects = List.copyOf(subjects);
        ifs = List.copyOf(ifs);
        unlesses = List.copyOf(unlesses);
    }
}
