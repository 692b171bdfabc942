package org.childinneed.model.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.childinneed.model.event.AttributeSpec;
import org.childinneed.model.event.AttributeType;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.timeline.CaseRecord;

/**
 * A policy with dated versions. Each obligation is judged by the version in force on its trigger
 * date and each finding by the version in force on its date, where "the version" is that of the
 * policy whose script wrote the rule (its citation names it): an authority's own rules follow the
 * authority's versions, the rules it inherits follow the baseline's. A version is in force from
 * its effective date to the next version's; an undated version from the beginning. An item dated
 * before the first version of its rule's policy took effect is not judged: the report names it in
 * {@link ComplianceReport#notInForce()}.
 *
 * <p>The policy is given as its compositions: one evaluable policy per combination of a version of
 * itself and a version of each policy it extends. Each composition evaluates the whole case; only
 * the compositions whose versions overlap the case's dates are evaluated. Immutable and
 * thread-safe when the compositions are.
 */
public final class VersionedPolicy implements Policy {

    /**
     * One combination of versions, evaluable.
     *
     * @param policy the policy built from these versions
     * @param lineage the versions it is built from: its own first, then each policy it extends, nearest first
     */
    public record Composition(Policy policy, List<PolicyVersion> lineage) {

        public Composition {
            Objects.requireNonNull(policy, "policy");
            lineage = List.copyOf(lineage);
            if (lineage.isEmpty()) {
                throw new IllegalArgumentException("a composition is built from at least its own version");
            }
        }

        /** Its own version. */
        public PolicyVersion own() {
            return lineage.get(0);
        }
    }

    private enum Verdict { KEEP, NOT_IN_FORCE, ELSEWHERE }

    private final List<Composition> compositions;
    private final Map<String, List<PolicyVersion>> timelines;
    private final Composition latest;
    private final boolean undated;

    private VersionedPolicy(List<Composition> compositions, Map<String, List<PolicyVersion>> timelines) {
        this.compositions = List.copyOf(compositions);
        this.timelines = timelines;
        this.latest = compositions.stream().filter(c -> c.lineage().stream().allMatch(this::isLast)).findFirst()
                .orElse(compositions.get(compositions.size() - 1));
        this.undated = compositions.size() == 1 && latest.lineage().stream().allMatch(v -> v.effective().isEmpty());
    }

    /**
     * The policy made of {@code compositions}.
     *
     * @throws IllegalArgumentException if they are not of one policy, if a policy has two versions
     *     of one label or date or two undated versions, or if two compositions are of the same versions
     */
    public static VersionedPolicy of(List<Composition> compositions) {
        if (compositions.isEmpty()) {
            throw new IllegalArgumentException("a policy needs at least one version");
        }
        String id = compositions.get(0).own().policy();
        Map<String, Set<PolicyVersion>> versions = new LinkedHashMap<>();
        Set<List<PolicyVersion>> seen = new HashSet<>();
        for (Composition c : compositions) {
            if (!c.own().policy().equals(id)) {
                throw new IllegalArgumentException("versions of two policies: " + id + " and " + c.own().policy());
            }
            if (!seen.add(c.lineage())) {
                throw new IllegalArgumentException("two compositions of " + c.lineage());
            }
            c.lineage().forEach(v -> versions.computeIfAbsent(v.policy(), k -> new HashSet<>()).add(v));
        }
        Map<String, List<PolicyVersion>> timelines = new LinkedHashMap<>();
        versions.forEach((policy, set) -> timelines.put(policy, timeline(policy, set)));
        return new VersionedPolicy(compositions, timelines);
    }

    private static List<PolicyVersion> timeline(String policy, Set<PolicyVersion> set) {
        List<PolicyVersion> sorted = new ArrayList<>(set);
        sorted.sort(Comparator.comparing((PolicyVersion v) -> v.effective().orElse(LocalDate.MIN))
                .thenComparing(PolicyVersion::label));
        for (int i = 1; i < sorted.size(); i++) {
            PolicyVersion before = sorted.get(i - 1);
            PolicyVersion after = sorted.get(i);
            if (after.effective().isEmpty()) {
                throw new IllegalArgumentException(policy + " has two undated versions: '" + before.label()
                        + "' and '" + after.label() + "'; date all but the first");
            }
            if (after.effective().equals(before.effective())) {
                throw new IllegalArgumentException(policy + " has two versions effective " + after.effective().get()
                        + ": '" + before.label() + "' and '" + after.label() + "'");
            }
        }
        Set<String> labels = new HashSet<>();
        for (PolicyVersion v : sorted) {
            if (!labels.add(v.label())) {
                throw new IllegalArgumentException(policy + " has two versions labelled '" + v.label() + "'");
            }
        }
        return List.copyOf(sorted);
    }

    /** The latest version's description. */
    @Override
    public PolicyInfo info() {
        return latest.policy().info();
    }

    /** This policy's own versions, in order of effect. */
    public List<PolicyVersion> versions() {
        return timelines.get(latest.own().policy());
    }

    /** The versions of {@code policyId}, this policy or one it extends, in order of effect. */
    public List<PolicyVersion> versionsOf(String policyId) {
        return timelines.getOrDefault(policyId, List.of());
    }

    /** The policies whose versions make this one: itself first, then those it extends. */
    public List<String> lineage() {
        return List.copyOf(timelines.keySet());
    }

    /** The compositions, as given. */
    public List<Composition> compositions() {
        return compositions;
    }

    /** The composition of the latest version of every policy in the lineage. */
    public Composition latest() {
        return latest;
    }

    @Override
    public ComplianceReport evaluate(CaseRecord record, LocalDate asOf) {
        if (undated) {
            return latest.policy().evaluate(record, asOf);
        }
        LocalDate[] span = span(record, asOf);
        List<Obligation> obligations = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<NotInForce> notInForce = new ArrayList<>();
        List<NotRequired> notRequired = new ArrayList<>();
        for (Composition c : compositions) {
            if (!overlaps(c, span[0], span[1])) {
                continue;
            }
            ComplianceReport report = c.policy().evaluate(record, asOf);
            for (Obligation o : report.obligations()) {
                switch (verdict(c, o.cite(), o.triggerDate())) {
                    case KEEP -> obligations.add(o);
                    case NOT_IN_FORCE -> notInForce.add(new NotInForce(o.rule(), o.trigger(), o.triggerDate(),
                            origin(c, o.cite())));
                    default -> { }
                }
            }
            for (NotRequired n : report.notRequired()) {
                if (verdict(c, n.cite(), n.triggerDate()) == Verdict.KEEP) {
                    notRequired.add(n);
                }
            }
            for (Finding f : report.findings()) {
                switch (verdict(c, f.cite(), f.date())) {
                    case KEEP -> findings.add(f);
                    case NOT_IN_FORCE -> notInForce.add(new NotInForce(f.rule(), f.event(), f.date(), origin(c, f.cite())));
                    default -> { }
                }
            }
        }
        return new ComplianceReport(record.caseId(), info().id(), asOf, obligations, findings, notInForce, List.of(),
                notRequired);
    }

    /** Whether {@code c} is the composition that judges an item of rule origin {@code cite} dated {@code date}. */
    private Verdict verdict(Composition c, Citation cite, LocalDate date) {
        PolicyVersion origin = origin(c, cite);
        for (PolicyVersion v : c.lineage()) {
            if (v.policy().equals(origin.policy())) {
                continue;
            }
            // The other policies' versions only compose the rule set: the first reaches back for ever.
            boolean started = isFirst(v) || !date.isBefore(start(v));
            if (!started || !date.isBefore(end(v))) {
                return Verdict.ELSEWHERE;
            }
        }
        if (date.isBefore(end(origin)) && !date.isBefore(start(origin))) {
            return Verdict.KEEP;
        }
        return isFirst(origin) && date.isBefore(start(origin)) ? Verdict.NOT_IN_FORCE : Verdict.ELSEWHERE;
    }

    private static PolicyVersion origin(Composition c, Citation cite) {
        return cite.version().filter(c.lineage()::contains).orElse(c.own());
    }

    /** Whether some day from {@code from} to {@code to} lies in every version of {@code c}, the first ones reaching back for ever. */
    private boolean overlaps(Composition c, LocalDate from, LocalDate to) {
        LocalDate start = LocalDate.MIN;
        LocalDate end = LocalDate.MAX;
        for (PolicyVersion v : c.lineage()) {
            if (!isFirst(v) && start(v).isAfter(start)) {
                start = start(v);
            }
            if (end(v).isBefore(end)) {
                end = end(v);
            }
        }
        return !start.isAfter(to) && end.isAfter(from) && start.isBefore(end);
    }

    private LocalDate start(PolicyVersion v) {
        return v.effective().orElse(LocalDate.MIN);
    }

    /** The day the next version took effect, or {@link LocalDate#MAX}. */
    private LocalDate end(PolicyVersion v) {
        List<PolicyVersion> timeline = timelines.get(v.policy());
        int i = timeline.indexOf(v);
        return i + 1 < timeline.size() ? timeline.get(i + 1).effective().orElseThrow() : LocalDate.MAX;
    }

    private boolean isFirst(PolicyVersion v) {
        return timelines.get(v.policy()).indexOf(v) == 0;
    }

    private boolean isLast(PolicyVersion v) {
        List<PolicyVersion> timeline = timelines.get(v.policy());
        return timeline.indexOf(v) == timeline.size() - 1;
    }

    /** The first and last day the case names (its events' dates and every date they record), the last at least {@code asOf}. */
    private static LocalDate[] span(CaseRecord record, LocalDate asOf) {
        LocalDate from = asOf;
        LocalDate to = asOf;
        for (CaseEvent event : record.events()) {
            from = min(from, event.date());
            to = max(to, event.date());
            for (AttributeSpec spec : event.type().attributes()) {
                if (spec.type() == AttributeType.DATE) {
                    Optional<Object> value = spec.valueOf(event);
                    if (value.isPresent() && value.get() instanceof LocalDate date) {
                        from = min(from, date);
                        to = max(to, date);
                    }
                }
            }
        }
        return new LocalDate[] {from, to};
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    @Override
    public String toString() {
        return "VersionedPolicy[" + info().id() + ", " + compositions.size() + " compositions]";
    }
}
