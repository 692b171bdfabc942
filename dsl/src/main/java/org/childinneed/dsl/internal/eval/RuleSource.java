package org.childinneed.dsl.internal.eval;

import java.util.Objects;
import org.childinneed.dsl.internal.checked.CheckedRule;
import org.childinneed.model.compliance.PolicyVersion;

/**
 * A checked rule to plan, with the source document its citation refers to.
 *
 * @param rule the rule, as the checker passed it
 * @param document the source document of the policy that wrote it ({@code kent.txt})
 * @param version the version of the policy that wrote it, which its citations name
 */
public record RuleSource(CheckedRule rule, String document, PolicyVersion version) {

    public RuleSource {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(version, "version");
    }
}
