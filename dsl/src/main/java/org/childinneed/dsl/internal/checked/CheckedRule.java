package org.childinneed.dsl.internal.checked;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.childinneed.dsl.internal.ast.Condition;
import org.childinneed.dsl.internal.ast.Deadline;
import org.childinneed.dsl.internal.ast.Extension;
import org.childinneed.dsl.internal.ast.Pattern;
import org.childinneed.dsl.internal.ast.RuleDecl;
import org.childinneed.dsl.internal.ast.Step;
import org.childinneed.dsl.internal.ast.Subject;
import org.childinneed.dsl.internal.ast.Trigger;

/**
 * A rule that checked without errors, in the shape the checker guarantees: one clause id and one
 * citation first, each obligation with exactly one trigger, one deadline (or one {@code every}) and
 * one {@code met by}, each finding with one subject, kinds resolved, and the names of its tree
 * resolved in {@link #resolved()}.
 *
 * @param rule the rule as written
 * @param clause its first catalog clause id
 * @param cite its citation
 * @param parts its obligations and findings, in order
 * @param resolved what the names of the script it was written in resolve to
 */
public record CheckedRule(RuleDecl rule, String clause, String cite, List<Part> parts, Resolved resolved) {

    public CheckedRule {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(clause, "clause");
        Objects.requireNonNull(cite, "cite");
        parts = List.copyOf(parts);
        Objects.requireNonNull(resolved, "resolved");
    }

    /** The rule's name. */
    public String name() {
        return rule.name().text();
    }

    /** An obligation or a finding of a checked rule. */
    public sealed interface Part permits Obligation, Finding {
    }

    /**
     * A checked obligation.
     *
     * @param kind its kind
     * @param trigger the alternative events that give rise to it
     * @param countedFrom the trigger's date (or the later or earlier of two) it is counted from, if any
     * @param every for {@code every <period> from <event>}, each occurrence's deadline (within the
     *     period, or a window); then {@code due} is empty
     * @param due its one deadline, unless it is written with {@code every}
     * @param steps the later occurrences ({@code then ...})
     * @param metBy the alternative events that satisfy it
     * @param sinceLast for a one-off, the event since the last of which a satisfying event counts
     * @param when its {@code if} condition
     * @param unless its {@code unless} condition
     * @param extensions its extensions
     * @param waivers the events that waive it
     */
    public record Obligation(org.childinneed.model.compliance.Obligation.Kind kind, List<Pattern> trigger,
            Optional<Trigger.CountedFrom> countedFrom, Optional<Deadline> every,
            Optional<Deadline> due, List<Step> steps, List<Pattern> metBy, Optional<Pattern> sinceLast,
            Optional<Condition> when, Optional<Condition> unless, List<Extension> extensions, List<Pattern> waivers)
            implements Part {

        public Obligation {
            Objects.requireNonNull(kind, "kind");
            trigger = List.copyOf(trigger);
            if (every.isPresent() == due.isPresent()) {
                throw new IllegalArgumentException("an obligation has either 'every' or one 'due'");
            }
            steps = List.copyOf(steps);
            metBy = List.copyOf(metBy);
            extensions = List.copyOf(extensions);
            waivers = List.copyOf(waivers);
        }
    }

    /**
     * A checked finding.
     *
     * @param kind its kind
     * @param subject what it is found for
     * @param when its {@code if} condition
     * @param unless its {@code unless} condition
     */
    public record Finding(org.childinneed.model.compliance.Finding.Kind kind, Subject subject, Optional<Condition> when, Optional<Condition> unless)
            implements Part {

        public Finding {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(subject, "subject");
        }
    }
}
