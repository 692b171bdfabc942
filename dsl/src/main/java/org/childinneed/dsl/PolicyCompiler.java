package org.childinneed.dsl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.childinneed.dsl.internal.ast.Name;
import org.childinneed.dsl.internal.ast.OutOfScopeDecl;
import org.childinneed.dsl.internal.ast.PolicyDecl;
import org.childinneed.dsl.internal.ast.Position;
import org.childinneed.dsl.internal.checked.RuleWords;
import org.childinneed.dsl.internal.ast.RuleDecl;
import org.childinneed.dsl.internal.checked.CheckedRule;
import org.childinneed.dsl.internal.check.Checker;
import org.childinneed.dsl.internal.check.Declarations;
import org.childinneed.dsl.internal.check.Vocabulary;
import org.childinneed.dsl.internal.check.InheritedRules;
import org.childinneed.dsl.internal.eval.Planner;
import org.childinneed.dsl.internal.eval.SlotSpace;
import org.childinneed.dsl.internal.eval.RuleSource;
import org.childinneed.dsl.internal.source.Codes;
import org.childinneed.dsl.internal.source.Found;
import org.childinneed.dsl.internal.source.Reported;
import org.childinneed.dsl.internal.source.Reporter;
import org.childinneed.dsl.internal.syntax.ScriptParser;
import org.childinneed.model.calendar.WorkingDays;
import org.childinneed.model.compliance.Citation;
import org.childinneed.model.compliance.PolicyInfo;
import org.childinneed.model.compliance.PolicyVersion;

/**
 * Compiles policy scripts: parse, check, plan. Never throws on a bad script: every problem comes
 * back as a {@link Diagnostic}. Immutable and safe to share between threads.
 */
public final class PolicyCompiler {

    /** The longest chain of {@code extends} a policy may sit at the end of. */
    public static final int MAX_EXTENDS_DEPTH = 8;

    private final Supplier<WorkingDays> workingDays;
    private final PolicyResolver resolver;

    private PolicyCompiler(Supplier<WorkingDays> workingDays, PolicyResolver resolver) {
        this.workingDays = Objects.requireNonNull(workingDays, "workingDays");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /**
     * A compiler counting working days with {@code workingDays} and resolving {@code extends}
     * through {@code resolver}.
     */
    public static PolicyCompiler create(WorkingDays workingDays, PolicyResolver resolver) {
        Objects.requireNonNull(workingDays, "workingDays");
        return new PolicyCompiler(() -> workingDays, resolver);
    }

    /**
     * A compiler counting working days with those {@code workingDays} gives when a policy it
     * compiled is first evaluated, and resolving {@code extends} through {@code resolver}: compiling
     * needs no calendar, so a caller that only compiles (a linter) never builds one. The supplier is
     * asked at each evaluation, from any thread: it should give the same working days every time,
     * built once (a lazily initialised holder, say).
     */
    public static PolicyCompiler create(Supplier<WorkingDays> workingDays, PolicyResolver resolver) {
        return new PolicyCompiler(workingDays, resolver);
    }

    /**
     * Compiles {@code source}: the policy, or every diagnostic that stops it. When a policy it
     * extends has several versions ({@link PolicyResolver#versions}), the script is compiled
     * against each (each combination, up a longer chain), and the policy judges each date by the
     * versions in force on it; a problem found in several of those compilations is reported once.
     */
    public Compilation compile(PolicySource source) {
        Objects.requireNonNull(source, "source");
        List<Unit> units = new ArrayList<>();
        List<Map<String, Integer>> pending = new ArrayList<>(List.of(Map.of()));
        Map<List<String>, PolicyDecl> parsed = new HashMap<>();
        while (!pending.isEmpty()) {
            Map<String, Integer> pins = pending.remove(0);
            Pinned resolved = new Pinned(resolver, pins, parsed);
            Unit unit = compile(source, List.of(), resolved);
            units.add(unit);
            List<Map<String, Integer>> more = resolved.otherCombinations();
            if (units.size() + pending.size() + more.size() > MAX_COMPOSITIONS) {
                Reporter reporter = new Reporter(source.name(), source.text());
                reporter.error(Codes.EXTENDS_TOO_DEEP, Position.at(1, 1), "the policies this one extends have too many versions: more than "
                        + MAX_COMPOSITIONS + " combinations");
                units = List.of(new Unit(Optional.empty(), reporter.reported()));
                break;
            }
            pending.addAll(more);
        }
        return merge(source, units);
    }

    /** One compilation of the compilations of a script against each combination of versions. */
    private Compilation merge(PolicySource source, List<Unit> units) {
        List<Found> first = units.get(0).reported().kept();
        Reported reported = units.get(0).reported();
        for (Unit unit : units.subList(1, units.size())) {
            List<Found> fresh = unit.reported().kept().stream().filter(d -> !first.contains(d)).toList();
            reported = reported.then(new Reported(fresh, 0, 0, Optional.empty()));
        }
        Optional<CompiledPolicy> policy = Optional.empty();
        if (units.stream().allMatch(u -> u.policy().isPresent())) {
            try {
                // One slot space for all the compositions: they evaluate a case in one shared context.
                SlotSpace slots = new SlotSpace();
                policy = Optional.of(new CompiledPolicy(units.stream().map(u -> u.policy().orElseThrow())
                        .map(u -> new CompiledPolicy.Composed(Planner.plan(u.info(), u.rules(), workingDays, slots),
                                u.lineage(), u.summaries(), u.outOfScope(), RuleEvidence.of(u.rules()), u.declared()))
                        .toList()));
                slots.planned();
            } catch (IllegalArgumentException inconsistent) {
                Reporter reporter = new Reporter(source.name(), source.text());
                reporter.error(Codes.EXTENDS_WRONG_POLICY, Position.at(1, 1), "the versions of the policies this one extends do not fit together: "
                        + inconsistent.getMessage());
                reported = reported.then(reporter.reported());
            }
        }
        return new Compilation(policy, reported.diagnostics().stream().map(Diagnostic::of).toList(), reported.errors(),
                reported.warnings());
    }

    /** The most combinations of versions of the policies a script extends that it is compiled against. */
    public static final int MAX_COMPOSITIONS = 64;

    /**
     * A resolver that gives each policy id the version {@code pins} names, or its first, noting the
     * ids of several versions it was not told which of to give.
     */
    private static final class Pinned implements PolicyResolver {

        private final PolicyResolver resolver;
        private final Map<String, Integer> pins;
        private final Map<String, Integer> open = new LinkedHashMap<>();

        /**
         * The scripts this compilation has parsed without a diagnostic, by name and text: a script
         * compiled against each combination of versions, and each version of the same parent, is
         * parsed once, not once per combination. Shared by the compilation's resolvers.
         */
        private final Map<List<String>, PolicyDecl> parsed;

        Pinned(PolicyResolver resolver, Map<String, Integer> pins, Map<List<String>, PolicyDecl> parsed) {
            this.resolver = resolver;
            this.pins = pins;
            this.parsed = parsed;
        }

        @Override
        public Optional<PolicySource> find(String policyId) {
            List<PolicySource> versions = Objects.requireNonNull(resolver.versions(policyId), "the resolver answered null");
            if (versions.isEmpty()) {
                return Optional.empty();
            }
            Integer pin = pins.get(policyId);
            if (pin == null && versions.size() > 1) {
                open.putIfAbsent(policyId, versions.size());
            }
            return Optional.of(versions.get(pin == null ? 0 : Math.min(pin, versions.size() - 1)));
        }

        /** The pins of every other combination of the versions this one gave the first of. */
        List<Map<String, Integer>> otherCombinations() {
            List<Map<String, Integer>> combinations = new ArrayList<>(List.of(pins));
            open.forEach((id, count) -> {
                List<Map<String, Integer>> next = new ArrayList<>();
                for (Map<String, Integer> c : combinations) {
                    for (int i = 0; i < count; i++) {
                        Map<String, Integer> pinned = new LinkedHashMap<>(c);
                        pinned.put(id, i);
                        next.add(pinned);
                    }
                }
                combinations.clear();
                combinations.addAll(next);
            });
            return combinations.subList(1, combinations.size());
        }
    }

    /** A compiled script before planning, as a policy extending it needs it. */
    private record Checked(PolicyInfo info, List<RuleSource> rules, List<RuleSummary> summaries,
            List<OutOfScope> outOfScope, List<PolicyVersion> lineage, Vocabulary declared) {
    }

    /**
     * A compiled script with what it and the scripts it extends or uses reported, those first; for a
     * vocabulary script without errors, its vocabulary (with that of the scripts it uses).
     */
    private record Unit(Optional<Checked> policy, Reported reported, boolean chainBroken, Optional<Vocabulary> vocabulary) {
        Unit(Optional<Checked> policy, Reported reported) {
            this(policy, reported, false, Optional.empty());
        }

        Unit(Optional<Checked> policy, Reported reported, boolean chainBroken) {
            this(policy, reported, chainBroken, Optional.empty());
        }
    }

    private Unit compile(PolicySource source, List<String> chain, PolicyResolver resolver) {
        Reporter reporter = new Reporter(source.name(), source.text());
        List<Reported> inherited = new ArrayList<>();
        try {
            Optional<PolicyDecl> parsed = parse(reporter, resolver);
            if (parsed.isEmpty()) {
                return new Unit(Optional.empty(), reporter.reported());
            }
            PolicyDecl policy = parsed.get();
            if (chain.contains(policy.id().text())) {
                // The same script reached again under another name (a link to itself, say): a cycle, said once.
                reporter.error(Codes.EXTENDS_CYCLE, policy.id(), "policy '" + policy.id().text() + "' extends itself: "
                        + String.join(" extends ", chain) + " extends a script that is policy '" + policy.id().text() + "'");
                return new Unit(Optional.empty(), reporter.reported(), true);
            }
            Optional<Checked> parent = Optional.empty();
            boolean[] chainBroken = {false};
            List<String> path = new ArrayList<>(chain);
            path.add(policy.id().text());
            if (!policy.parents().isEmpty()) {
                parent = parent(policy.parents().get(0), path, reporter, inherited, chainBroken, resolver);
            }
            if (chainBroken[0]) {
                return new Unit(Optional.empty(), all(inherited, reporter), true);
            }
            Vocabulary used = parent.map(Checked::declared).orElse(Vocabulary.NATIONAL);
            boolean usedMissing = false;
            for (Name id : policy.uses()) {
                Optional<Vocabulary> vocabulary = used(id, path, reporter, inherited, chainBroken, resolver);
                usedMissing |= vocabulary.isEmpty();
                used = used.and(vocabulary.orElse(Vocabulary.NATIONAL));
            }
            if (chainBroken[0]) {
                return new Unit(Optional.empty(), all(inherited, reporter), true);
            }
            Vocabulary vocabulary = Declarations.check(policy, used, reporter);
            if (policy.vocabulary()) {
                if (chain.isEmpty()) {
                    reporter.error(Codes.VOCABULARY_NOT_A_POLICY, policy.id(), "'" + policy.id().text()
                            + "' is a vocabulary script, not a policy: there are no rules to check cases by",
                            Optional.of("write 'uses " + policy.id().text() + "' in the header of a policy and check that"));
                }
                boolean fine = !reporter.hasErrors() && policy.complete() && !usedMissing;
                return new Unit(Optional.empty(), all(inherited, reporter), false,
                        fine ? Optional.of(vocabulary) : Optional.empty());
            }
            boolean parentMissing = !policy.parents().isEmpty() && parent.isEmpty() || usedMissing;
            Optional<List<CheckedRule>> checked = Checker.check(policy,
                    parent.map(p -> inheritedRules(policy.parents().get(0).text(), p)), vocabulary, reporter);
            Reported all = all(inherited, reporter);
            if (checked.isEmpty() || parentMissing) {
                return new Unit(Optional.empty(), all);
            }
            return new Unit(Optional.of(merge(policy, checked.get(), parent, vocabulary)), all);
        } catch (RuntimeException | StackOverflowError failure) {
            reporter.error(Codes.INTERNAL_ERROR, Position.at(1, 1), "the compiler failed on this script (internal error: "
                    + failure.getClass().getSimpleName() + "); please report it");
            return new Unit(Optional.empty(), all(inherited, reporter));
        }
    }

    /**
     * The script of {@code reporter} parsed: taken from what this compilation parsed already when
     * that parse reported nothing (a parse that reported something is made again, so that each
     * compilation's reporter has its diagnostics).
     */
    private static Optional<PolicyDecl> parse(Reporter reporter, PolicyResolver resolver) {
        Map<List<String>, PolicyDecl> memo = resolver instanceof Pinned pinned ? pinned.parsed : null;
        List<String> key = List.of(reporter.name(), reporter.text());
        PolicyDecl known = memo == null ? null : memo.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        int before = reporter.count();
        Optional<PolicyDecl> parsed = ScriptParser.parse(reporter);
        if (memo != null && parsed.isPresent() && reporter.count() == before) {
            memo.put(key, parsed.get());
        }
        return parsed;
    }

    private static Reported all(List<Reported> inherited, Reporter reporter) {
        Reported all = Reported.NONE;
        for (Reported r : inherited) {
            all = all.then(r);
        }
        return all.then(reporter.reported());
    }

    /** How one script reaches another, and the words and codes of what can go wrong on the way. */
    private enum Link {
        EXTENDS("policy", "extends", Codes.EXTENDS_CYCLE, Codes.EXTENDS_UNREADABLE, Codes.UNKNOWN_POLICY),
        USES("vocabulary", "uses", Codes.USES_CYCLE, Codes.USES_VOCABULARY_WITH_ERRORS, Codes.UNKNOWN_VOCABULARY);

        private final String noun;
        private final String verb;
        private final String cycle;
        private final String unreadable;
        private final String unknown;

        Link(String noun, String verb, String cycle, String unreadable, String unknown) {
            this.noun = noun;
            this.verb = verb;
            this.cycle = cycle;
            this.unreadable = unreadable;
            this.unknown = unknown;
        }

        String tooDeep(List<String> path, String id) {
            return this == EXTENDS
                    ? "too many policies extend one another: at most " + MAX_EXTENDS_DEPTH + " (" + String.join(" extends ", path)
                            + " extends " + id + ")"
                    : "too many scripts extend or use one another: at most " + MAX_EXTENDS_DEPTH + " (" + String.join(", ", path)
                            + ", then " + id + ")";
        }

        String unreadable(String id, Throwable failure) {
            return noun + " '" + id + "' could not be read" + (this == EXTENDS ? " to extend: " : ": ") + simpleName(failure);
        }

        String unknown(String id) {
            return "there is no " + noun + " '" + id + "' to " + (this == EXTENDS ? "extend" : "use");
        }
    }

    /**
     * The script {@code name} that the script at the end of {@code path} reaches by {@code link},
     * compiled through {@code resolver}; empty, reported, when it cannot be reached or its chain broke.
     */
    private Optional<Unit> reach(Link link, Name name, List<String> path, Reporter reporter, List<Reported> inherited,
            boolean[] chainBroken, PolicyResolver resolver) {
        String id = name.text();
        if (path.contains(id)) {
            reporter.error(link.cycle, name, link.noun + " '" + id + "' " + link.verb + " itself: "
                    + String.join(" " + link.verb + " ", path) + " " + link.verb + " " + id);
            chainBroken[0] = true;
            return Optional.empty();
        }
        if (path.size() >= MAX_EXTENDS_DEPTH) {
            reporter.error(Codes.EXTENDS_TOO_DEEP, name, link.tooDeep(path, id));
            chainBroken[0] = true;
            return Optional.empty();
        }
        Optional<PolicySource> found;
        try {
            found = Objects.requireNonNull(resolver.find(id), "the resolver answered null");
        } catch (RuntimeException failure) {
            // The embedder's failure (I/O, say): its message may hold anything, so only its class is named.
            reporter.error(link.unreadable, name, link.unreadable(id, failure));
            return Optional.empty();
        }
        if (found.isEmpty()) {
            reporter.error(link.unknown, name, link.unknown(id));
            return Optional.empty();
        }
        Unit unit = compile(found.get(), path, resolver);
        inherited.add(unit.reported());
        if (unit.chainBroken()) {
            chainBroken[0] = true;
            return Optional.empty();
        }
        return Optional.of(unit);
    }

    private Optional<Checked> parent(Name parentId, List<String> path, Reporter reporter, List<Reported> inherited,
            boolean[] chainBroken, PolicyResolver resolver) {
        String id = parentId.text();
        Optional<Unit> reached = reach(Link.EXTENDS, parentId, path, reporter, inherited, chainBroken, resolver);
        if (reached.isEmpty()) {
            return Optional.empty();
        }
        Unit unit = reached.get();
        if (unit.vocabulary().isPresent()) {
            reporter.error(Codes.USES_WRONG_SCRIPT, parentId, "'" + id + "' is a vocabulary script: a policy uses it, it does not"
                    + " extend it", Optional.of("write 'uses " + id + "'"));
            return Optional.empty();
        }
        if (unit.policy().isEmpty()) {
            reporter.error(Codes.EXTENDS_POLICY_WITH_ERRORS, parentId, "policy '" + id + "', which this one extends, has errors");
            return Optional.empty();
        }
        if (!unit.policy().get().info().id().equals(id)) {
            reporter.error(Codes.EXTENDS_WRONG_POLICY, parentId, "the script found for '" + id + "' is policy '"
                    + unit.policy().get().info().id() + "'");
            return Optional.empty();
        }
        return unit.policy();
    }

    /**
     * The vocabulary of the vocabulary script {@code id} that a script at the end of {@code path}
     * uses (with the vocabularies that one uses), compiled through {@code resolver} as a policy it
     * extends would be; empty, reported, when there is none to use.
     */
    private Optional<Vocabulary> used(Name id, List<String> path, Reporter reporter, List<Reported> inherited,
            boolean[] chainBroken, PolicyResolver resolver) {
        String name = id.text();
        Optional<Unit> reached = reach(Link.USES, id, path, reporter, inherited, chainBroken, resolver);
        if (reached.isEmpty()) {
            return Optional.empty();
        }
        Unit unit = reached.get();
        if (unit.policy().isPresent()) {
            reporter.error(Codes.USES_WRONG_SCRIPT, id, "'" + name + "' is a policy, not a vocabulary script",
                    Optional.of("write 'extends " + name + "' to build on a policy"));
            return Optional.empty();
        }
        if (unit.vocabulary().isEmpty()) {
            reporter.error(Codes.USES_VOCABULARY_WITH_ERRORS, id, "vocabulary '" + name + "', which this script uses, has errors");
        }
        return unit.vocabulary();
    }

    private static String simpleName(Throwable failure) {
        String simple = failure.getClass().getSimpleName();
        return simple.isEmpty() ? failure.getClass().getName() : simple;
    }

    private static InheritedRules inheritedRules(String id, Checked parent) {
        Map<String, List<String>> clauses = new LinkedHashMap<>();
        for (RuleSummary rule : parent.summaries()) {
            clauses.put(rule.name(), rule.clauses());
        }
        return new InheritedRules(id, clauses);
    }

    private static Checked merge(PolicyDecl policy, List<CheckedRule> checked, Optional<Checked> parent,
            Vocabulary declared) {
        PolicyInfo info = new PolicyInfo(policy.id().text(), policy.title().value(), policy.versions().get(0).value(),
                policy.sources().get(0).value(), policy.effective().stream().findFirst()
                        .map(d -> java.time.LocalDate.parse(d.value())));
        PolicyVersion version = info.toVersion();
        List<PolicyVersion> lineage = new ArrayList<>(List.of(version));
        parent.ifPresent(p -> lineage.addAll(p.lineage()));
        String document = info.source();
        Map<String, CheckedRule> own = new LinkedHashMap<>();
        checked.forEach(r -> own.put(r.name(), r));
        List<RuleSource> rules = new ArrayList<>();
        List<RuleSummary> summaries = new ArrayList<>();
        List<OutOfScope> outOfScope = new ArrayList<>();
        if (parent.isPresent()) {
            Checked p = parent.get();
            for (int i = 0; i < p.rules().size(); i++) {
                RuleSummary summary = p.summaries().get(i);
                CheckedRule override = own.remove(summary.name());
                if (override != null) {
                    rules.add(new RuleSource(override, document, version));
                    summaries.add(summary(override, document, Optional.empty()));
                } else {
                    rules.add(p.rules().get(i));
                    summaries.add(summary.inheritedFrom(p.info().id()));
                }
            }
            outOfScope.addAll(p.outOfScope());
        }
        for (CheckedRule rule : own.values()) {
            rules.add(new RuleSource(rule, document, version));
            summaries.add(summary(rule, document, Optional.empty()));
        }
        for (OutOfScopeDecl decl : policy.outOfScope()) {
            decl.clauses().forEach(c -> outOfScope.add(new OutOfScope(c.text(), decl.reason().value(),
                    decl.notExpressible().isPresent())));
        }
        return new Checked(info, rules, summaries, outOfScope, lineage, declared);
    }

    private static RuleSummary summary(CheckedRule checked, String document, Optional<String> inheritedFrom) {
        RuleDecl rule = checked.rule();
        List<String> clauses = rule.clauseIds().stream().map(Name::text).toList();
        String kinds = rule.parts().stream().map(p -> p.kind().text()).distinct().collect(Collectors.joining(", "));
        // The plain words are written when first asked for (cin doc), not for every check.
        return new RuleSummary(rule.name().text(), clauses, kinds, Citation.of(document, checked.cite()),
                () -> RuleWords.of(checked), inheritedFrom, rule.title().map(t -> t.value()).orElse(""));
    }
}
