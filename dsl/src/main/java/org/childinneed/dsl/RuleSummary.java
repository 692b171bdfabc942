package org.childinneed.dsl;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.childinneed.model.compliance.Citation;

/**
 * One rule of a compiled policy, described for people.
 *
 * @param name the rule's name in the script
 * @param clauses the catalog clause ids it encodes
 * @param kind the obligation or finding kinds it reports, comma-separated
 * @param cite where it comes from
 * @param description the rule in plain words, for people who do not read scripts: what starts it,
 *     when it falls due, what meets it, lifts or extends it (for a finding: what it looks at and what
 *     clears it); declared words by their descriptions, with no script syntax
 * @param inheritedFrom the id of the policy it was inherited from, when not defined here
 * @param title the rule's title as written, or empty
 */
public record RuleSummary(String name, List<String> clauses, String kind, Citation cite, String description,
        Optional<String> inheritedFrom, String title) {

    public RuleSummary {
        Objects.requireNonNull(name, "name");
        clauses = List.copyOf(clauses);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cite, "cite");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(inheritedFrom, "inheritedFrom");
        Objects.requireNonNull(title, "title");
    }

    /** A rule without a title. */
    public RuleSummary(String name, List<String> clauses, String kind, Citation cite, String description,
            Optional<String> inheritedFrom) {
        this(name, clauses, kind, cite, description, inheritedFrom, "");
    }
}
