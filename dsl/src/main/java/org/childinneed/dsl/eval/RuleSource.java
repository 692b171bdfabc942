package org.childinneed.dsl.eval;

import java.util.Objects;
import org.childinneed.dsl.ast.RuleDecl;

/**
 * A checked rule to plan, with the source document its citation refers to.
 *
 * @param rule the rule
 * @param document the source document of the policy that wrote it ({@code kent.txt})
 */
public record RuleSource(RuleDecl rule, String document) {

    public RuleSource {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(document, "document");
    }
}
