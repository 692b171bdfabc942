package org.childinneed.dsl;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.childinneed.dsl.internal.eval.PolicyPlan;
import org.childinneed.dsl.internal.check.Vocabulary;
import org.childinneed.model.compliance.DeclaredKind;
import org.childinneed.model.event.DeclaredCodes;
import org.childinneed.model.event.DeclaredEventType;
import org.childinneed.model.event.DeclaredVocabulary;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.Policy;
import org.childinneed.model.compliance.PolicyInfo;
import org.childinneed.model.compliance.PolicyVersion;
import org.childinneed.model.compliance.VersionedPolicy;
import org.childinneed.model.timeline.CaseRecord;

/**
 * A policy script compiled into an evaluation plan: immutable, pure and safe to share between
 * threads. Evaluation takes time linear in the number of events times the number of rules.
 *
 * <p>A policy may have dated versions, of its own ({@link #ofVersions}) or of the policies it
 * extends: it is then compiled once per combination of versions, and judges each obligation by the
 * versions in force on its trigger date and each finding by those in force on its date (see
 * {@link VersionedPolicy}).
 */
public final class CompiledPolicy implements Policy {

    /**
     * The most events a case may hold to be evaluated, 16,777,216: every event's index (its place in
     * the case file) must be below it.
     */
    public static final int MAX_EVENTS = PolicyPlan.MAX_EVENTS;

    /** One combination of versions, planned. */
    record Composed(PolicyPlan plan, List<PolicyVersion> lineage, List<RuleSummary> rules, List<OutOfScope> outOfScope,
            java.util.Map<String, RuleEvidence> evidence, Vocabulary declared) {

        Composed {
            Objects.requireNonNull(declared, "declared");
            Objects.requireNonNull(plan, "plan");
            lineage = List.copyOf(lineage);
            rules = List.copyOf(rules);
            outOfScope = List.copyOf(outOfScope);
            evidence = java.util.Map.copyOf(evidence);
        }

        VersionedPolicy.Composition composition() {
            return new VersionedPolicy.Composition(new VersionedPolicy.Selective() {
                @Override
                public PolicyInfo info() {
                    return plan.info();
                }

                @Override
                public ComplianceReport evaluate(CaseRecord record, LocalDate asOf) {
                    return plan.evaluate(record, asOf);
                }

                @Override
                public ComplianceReport evaluate(org.childinneed.model.timeline.Timeline known, LocalDate asOf,
                        java.util.function.Function<org.childinneed.model.compliance.Citation, VersionedPolicy.JudgedDates> judged) {
                    return plan.evaluate(known, asOf, judged, new java.util.HashMap<>());
                }

                @Override
                public ComplianceReport evaluate(org.childinneed.model.timeline.Timeline known, LocalDate asOf,
                        java.util.function.Function<org.childinneed.model.compliance.Citation, VersionedPolicy.JudgedDates> judged,
                        java.util.Map<Object, Object> shared) {
                    return plan.evaluate(known, asOf, judged, shared);
                }

                @Override
                public VersionedPolicy.Found found(org.childinneed.model.timeline.Timeline known, LocalDate asOf,
                        java.util.function.Function<org.childinneed.model.compliance.Citation, VersionedPolicy.JudgedDates> judged,
                        java.util.Map<Object, Object> shared) {
                    return plan.found(known, asOf, judged, shared);
                }
            }, lineage);
        }
    }

    private final List<Composed> composed;
    /** What {@link #evaluate} reports, worked out one composition at a time: the reference {@link #together} agrees with. */
    private final VersionedPolicy versions;
    /** The compositions' plans evaluated together, each rule written alike in several once. */
    private final Policy together;
    private final Composed latest;
    /** Each rule's evidence, in the order the latest version writes its rules: computed once, read per report. */
    private final java.util.Map<String, RuleEvidence> evidence;

    /** @throws IllegalArgumentException if the versions do not make one policy (see {@link VersionedPolicy#of}) */
    CompiledPolicy(List<Composed> composed) {
        this.composed = List.copyOf(composed);
        List<VersionedPolicy.Composition> compositions = this.composed.stream().map(Composed::composition).toList();
        this.versions = VersionedPolicy.of(compositions);
        this.together = PolicyPlan.together(versions.info(), this.composed.stream().map(Composed::plan).toList(),
                compositions.stream().<java.util.function.Function<org.childinneed.model.compliance.Citation,
                        VersionedPolicy.Judging>>map(c -> cite -> versions.judging(c, cite)).toList());
        this.latest = this.composed.get(compositions.indexOf(versions.latest()));
        this.evidence = evidenceInWrittenOrder();
    }

    /**
     * The versions of one policy as one policy, each judging the dates it was in force.
     *
     * @throws IllegalArgumentException if they are of different policies, or two share a label or an
     *     effective date, or two are undated
     */
    public static CompiledPolicy ofVersions(List<CompiledPolicy> versions) {
        List<Composed> all = new ArrayList<>();
        versions.forEach(v -> all.addAll(v.composed));
        return new CompiledPolicy(all);
    }

    /** The latest version's id, title, version, source document and effective date. */
    @Override
    public PolicyInfo info() {
        return versions.info();
    }

    /**
     * Evaluates {@code record} as known on {@code asOf} (contract section 3), each obligation and
     * finding by the version in force on its date.
     *
     * @throws IllegalArgumentException if an event's index is {@link #MAX_EVENTS} or more
     */
    @Override
    public ComplianceReport evaluate(CaseRecord record, LocalDate asOf) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(asOf, "asOf");
        return together.evaluate(record, asOf);
    }

    /** What {@link #evaluate} evaluates with. */
    Policy evaluator() {
        return together;
    }

    /**
     * Evaluates as {@link #evaluate} does, each composition on its own, its items then judged:
     * slower, and the reference the tests hold {@link #evaluate} to.
     */
    ComplianceReport evaluateEachComposition(CaseRecord record, LocalDate asOf) {
        PolicyPlan.refusePastLimit(record.caseId(), record.events());
        return versions.evaluate(record, asOf);
    }

    /** Every rule of the latest version, inherited ones included, in the order they are written. */
    public List<RuleSummary> rules() {
        return latest.rules();
    }

    /** The evidence each rule's obligations need, by rule name (contract extension: evidence coverage). */
    public java.util.Map<String, RuleEvidence> evidence() {
        return evidence;
    }

    private java.util.Map<String, RuleEvidence> evidenceInWrittenOrder() {
        java.util.Map<String, RuleEvidence> any = new java.util.HashMap<>();
        composed.forEach(c -> c.evidence().forEach(any::putIfAbsent));
        java.util.Map<String, RuleEvidence> written = new java.util.LinkedHashMap<>();
        latest.rules().stream().map(RuleSummary::name).filter(any::containsKey).forEach(n -> written.put(n, any.get(n)));
        any.forEach(written::putIfAbsent);
        return java.util.Collections.unmodifiableMap(written);
    }

    /**
     * The event types declared by any version, by the policies it extends and by the vocabulary
     * scripts they use (contract extension: declared vocabulary), the latest version's first; a
     * case-file reader given them accepts their events. Where versions declare one code
     * differently, the latest declaration stands.
     */
    public List<DeclaredEventType> declaredEvents() {
        return declared().declared();
    }

    /**
     * The roles and plan elements declared, gathered as {@link #declaredEvents()} are; a case-file
     * reader given them accepts them where a national role or plan element is expected.
     */
    public DeclaredCodes declaredCodes() {
        return declared().declaredCodes();
    }

    /** What a case-file reader given it accepts: the declared event types and codes of open lists. */
    public DeclaredVocabulary declaredVocabulary() {
        return new DeclaredVocabulary(declaredEvents(), declaredCodes(), declared().extended());
    }

    /** The obligation kinds declared, gathered as {@link #declaredEvents()} are. */
    public List<DeclaredKind> declaredObligationKinds() {
        return declared().declaredObligationKinds();
    }

    /** The finding kinds declared, gathered as {@link #declaredEvents()} are. */
    public List<DeclaredKind> declaredFindingKinds() {
        return declared().declaredFindingKinds();
    }

    private Vocabulary declared() {
        Vocabulary all = latest.declared();
        for (Composed c : composed) {
            all = all.and(c.declared());
        }
        return all;
    }

    /** The catalog clauses the latest version declares out of scope (a case record cannot show them), with reasons. */
    public List<OutOfScope> outOfScope() {
        return latest.outOfScope().stream().filter(o -> !o.notExpressible()).toList();
    }

    /** The catalog clauses the latest version declares {@code not expressible} in the language yet, with reasons. */
    public List<OutOfScope> notExpressible() {
        return latest.outOfScope().stream().filter(OutOfScope::notExpressible).toList();
    }

    /** This policy's own versions, in order of effect. */
    public List<PolicyVersion> versions() {
        return versions.versions();
    }

    /** The versions of each policy this one is made of: itself first, then those it extends, nearest first. */
    public List<List<PolicyVersion>> lineage() {
        return versions.lineage().stream().map(versions::versionsOf).toList();
    }

    /**
     * Its own version labelled {@code label} alone, judging every date (its effective date set
     * aside, as when comparing it with another); the policies it extends still by date.
     */
    public Optional<CompiledPolicy> version(String label) {
        List<Composed> chosen = new ArrayList<>();
        for (Composed c : composed) {
            PolicyVersion own = c.lineage().get(0);
            if (own.label().equals(label)) {
                List<PolicyVersion> lineage = new ArrayList<>(c.lineage());
                lineage.set(0, new PolicyVersion(own.policy(), own.label(), Optional.empty()));
                chosen.add(new Composed(c.plan(), lineage, c.rules(), c.outOfScope(), c.evidence(), c.declared()));
            }
        }
        return chosen.isEmpty() ? Optional.empty() : Optional.of(new CompiledPolicy(chosen));
    }

    @Override
    public String toString() {
        return "CompiledPolicy[" + info().id() + " " + info().version() + ", " + rules().size() + " rules]";
    }
}
