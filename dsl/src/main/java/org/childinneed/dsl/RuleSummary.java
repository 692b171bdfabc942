package org.childinneed.dsl;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.childinneed.model.compliance.Citation;

/**
 * One rule of a compiled policy, described for people. Immutable and thread-safe; two are equal when
 * all their parts are. The plain words ({@link #description()}) of a compiled policy's rules are
 * written when first asked for, so that compiling a policy to check cases does not write them.
 */
public final class RuleSummary {

    private final String name;
    private final List<String> clauses;
    private final String kind;
    private final Citation cite;
    private final Supplier<String> words;
    private final Optional<String> inheritedFrom;
    private final String title;
    /** The words, once written (a race writes the same words twice). */
    private volatile String description;

    /**
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
    public RuleSummary(String name, List<String> clauses, String kind, Citation cite, String description,
            Optional<String> inheritedFrom, String title) {
        this(name, clauses, kind, cite, constant(Objects.requireNonNull(description, "description")), inheritedFrom, title);
        this.description = description;
    }

    /** A rule without a title. */
    public RuleSummary(String name, List<String> clauses, String kind, Citation cite, String description,
            Optional<String> inheritedFrom) {
        this(name, clauses, kind, cite, description, inheritedFrom, "");
    }

    /** A rule whose plain words {@code words} writes when they are first asked for. */
    RuleSummary(String name, List<String> clauses, String kind, Citation cite, Supplier<String> words,
            Optional<String> inheritedFrom, String title) {
        this.name = Objects.requireNonNull(name, "name");
        this.clauses = List.copyOf(clauses);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.cite = Objects.requireNonNull(cite, "cite");
        this.words = Objects.requireNonNull(words, "description");
        this.inheritedFrom = Objects.requireNonNull(inheritedFrom, "inheritedFrom");
        this.title = Objects.requireNonNull(title, "title");
    }

    private static Supplier<String> constant(String description) {
        return () -> description;
    }

    /** The same rule, inherited from {@code policy} unless it was inherited already; its words still unwritten if they were. */
    RuleSummary inheritedFrom(String policy) {
        return new RuleSummary(name, clauses, kind, cite, this::description, inheritedFrom.or(() -> Optional.of(policy)), title);
    }

    /** The rule's name in the script. */
    public String name() {
        return name;
    }

    /** The catalog clause ids it encodes. */
    public List<String> clauses() {
        return clauses;
    }

    /** The obligation or finding kinds it reports, comma-separated. */
    public String kind() {
        return kind;
    }

    /** Where it comes from. */
    public Citation cite() {
        return cite;
    }

    /**
     * The rule in plain words, for people who do not read scripts: what starts it, when it falls
     * due, what meets it, lifts or extends it (for a finding: what it looks at and what clears it);
     * declared words by their descriptions, with no script syntax.
     */
    public String description() {
        String known = description;
        if (known == null) {
            known = Objects.requireNonNull(words.get(), "description");
            description = known;
        }
        return known;
    }

    /** The id of the policy it was inherited from, when not defined here. */
    public Optional<String> inheritedFrom() {
        return inheritedFrom;
    }

    /** The rule's title as written, or empty. */
    public String title() {
        return title;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RuleSummary r && name.equals(r.name) && clauses.equals(r.clauses) && kind.equals(r.kind)
                && cite.equals(r.cite) && description().equals(r.description()) && inheritedFrom.equals(r.inheritedFrom)
                && title.equals(r.title);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, clauses, kind, cite, description(), inheritedFrom, title);
    }

    @Override
    public String toString() {
        return "RuleSummary[name=" + name + ", clauses=" + clauses + ", kind=" + kind + ", cite=" + cite
                + ", description=" + description() + ", inheritedFrom=" + inheritedFrom + ", title=" + title + "]";
    }
}
