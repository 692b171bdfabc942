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
 * @param description the rule in plain words
 * @param inheritedFrom the id of the policy it was inherited from, when not defined here
 */
public record RuleSummary(String name, List<String> clauses, String kind, Citation cite, String description,
        Optional<String> inheritedFrom) {

    public RuleSummary {
        Objects.requireNonNull(name, "name");
        clauses = List.copyOf(clauses);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cite, "cite");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(inheritedFrom, "inheritedFrom");
    }
}
