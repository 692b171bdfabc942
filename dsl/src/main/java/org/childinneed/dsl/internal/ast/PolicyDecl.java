package org.childinneed.dsl.internal.ast;

import java.util.List;

/**
 * A whole policy script, or a vocabulary script (declarations only, shared by the policies that
 * {@code uses} it).
 *
 * @param id the policy id
 * @param title its title
 * @param versions the versions written (one is required)
 * @param effective the dates written after {@code effective} on version lines, as written
 * @param sources the source documents written (one is required)
 * @param parents the policies it extends (at most one)
 * @param rules its rules, in script order
 * @param outOfScope its out-of-scope declarations
 * @param events the event types it declares
 * @param kinds the obligation and finding kinds it declares
 * @param codes the roles and plan elements it adds to the open national lists
 * @param uses the vocabulary scripts it uses
 * @param vocabulary whether it is a vocabulary script ({@code vocabulary x}) rather than a policy
 * @param complete false when syntax errors left parts of the script out of this tree
 * @param pos where the header was written
 */
public record PolicyDecl(Name id, Text title, List<Text> versions, List<Text> effective, List<Text> sources,
        List<Name> parents, List<RuleDecl> rules, List<OutOfScopeDecl> outOfScope, List<EventDecl> events,
        List<KindDecl> kinds, List<CodeDecl> codes, List<Name> uses, boolean vocabulary, boolean complete, Position pos)
        implements Node {

    public PolicyDecl {
        versions = List.copyOf(versions);
        effective = List.copyOf(effective);
        sources = List.copyOf(sources);
        parents = List.copyOf(parents);
        rules = List.copyOf(rules);
        outOfScope = List.copyOf(outOfScope);
        events = List.copyOf(events);
        kinds = List.copyOf(kinds);
        codes = List.copyOf(codes);
        uses = List.copyOf(uses);
    }

    /** A policy script declaring event types only, using no vocabulary script. */
    public PolicyDecl(Name id, Text title, List<Text> versions, List<Text> effective, List<Text> sources,
            List<Name> parents, List<RuleDecl> rules, List<OutOfScopeDecl> outOfScope, List<EventDecl> events,
            boolean complete, Position pos) {
        this(id, title, versions, effective, sources, parents, rules, outOfScope, events, List.of(), List.of(), List.of(),
                false, complete, pos);
    }

    /** A script that declares no vocabulary. */
    public PolicyDecl(Name id, Text title, List<Text> versions, List<Text> effective, List<Text> sources,
            List<Name> parents, List<RuleDecl> rules, List<OutOfScopeDecl> outOfScope, boolean complete, Position pos) {
        this(id, title, versions, effective, sources, parents, rules, outOfScope, List.of(), complete, pos);
    }

    /** A script whose version lines give no effective date. */
    public PolicyDecl(Name id, Text title, List<Text> versions, List<Text> sources, List<Name> parents,
            List<RuleDecl> rules, List<OutOfScopeDecl> outOfScope, boolean complete, Position pos) {
        this(id, title, versions, List.of(), sources, parents, rules, outOfScope, List.of(), complete, pos);
    }
}
