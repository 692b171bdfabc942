package org.childinneed.dsl.internal.ast;

import java.util.List;
import java.util.Optional;

/**
 * A rule: a name, the catalog clauses it encodes, a citation and its obligations and findings.
 *
 * @param name the rule's name (by default also its clause id)
 * @param override whether it replaces a rule of the policy it extends
 * @param title its title
 * @param clauses the clause ids written with {@code clause}; empty means the name is the clause id
 * @param cites the citations written (one is required)
 * @param parts its obligations and findings
 * @param pos where it was written
 * @param advisory whether it was written {@code advisory rule}: good practice, not a requirement
 * @param partial whether syntax errors left some of its clauses out of this tree (reported already):
 *     the checker checks the rest, and does not report those clauses as missing
 */
public record RuleDecl(Name name, boolean override, Optional<Text> title, List<Name> clauses, List<Text> cites,
        List<Part> parts, Position pos, boolean advisory, boolean partial) implements Node {

    public RuleDecl {
        clauses = List.copyOf(clauses);
        cites = List.copyOf(cites);
        parts = List.copyOf(parts);
    }

    /** A rule without syntax errors. */
    public RuleDecl(Name name, boolean override, Optional<Text> title, List<Name> clauses, List<Text> cites,
            List<Part> parts, Position pos, boolean advisory) {
        this(name, override, title, clauses, cites, parts, pos, advisory, false);
    }

    /** A rule that states a requirement. */
    public RuleDecl(Name name, boolean override, Optional<Text> title, List<Name> clauses, List<Text> cites,
            List<Part> parts, Position pos) {
        this(name, override, title, clauses, cites, parts, pos, false, false);
    }

    /** The catalog clause ids the rule reports under: those written, else its name. */
    public List<Name> clauseIds() {
        return clauses.isEmpty() ? List.of(name) : clauses;
    }
}
