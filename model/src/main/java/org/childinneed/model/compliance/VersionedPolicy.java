package org.childinneed.model.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.childinneed.model.event.AttributeSpec;
import org.childinneed.model.event.AttributeType;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.event.EventType;
import org.childinneed.model.timeline.CaseRecord;
import org.childinneed.model.timeline.Timeline;

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

    /**
     * A composition's policy that can leave out, as it evaluates, the items the versioned policy
     * judges by another composition, and so not spend time on them.
     */
    public interface Selective extends Policy {

        /**
         * Evaluates as {@link #evaluate(CaseRecord, LocalDate)} does the case of {@code known}, except
         * that it may leave out any obligation whose trigger date, and any finding whose date, lies
         * outside the dates {@code judged} gives for its rule's citation.
         *
         * @param known the case's timeline as known on {@code asOf}, built once for every composition
         */
        ComplianceReport evaluate(Timeline known, LocalDate asOf, Function<Citation, JudgedDates> judged);

        /**
         * Evaluates as {@link #evaluate(Timeline, LocalDate, Function)} does, able to share work
         * with the other compositions evaluating the same case: {@code shared} is one map for the
         * whole evaluation of one case, empty at its start, in which a composition may keep, under
         * a key of its own, what another composition of the same policy can reuse. By default it
         * shares nothing.
         */
        default ComplianceReport evaluate(Timeline known, LocalDate asOf, Function<Citation, JudgedDates> judged,
                Map<Object, Object> shared) {
            return evaluate(known, asOf, judged);
        }

        /**
         * What {@link #evaluate(Timeline, LocalDate, Function, Map)} finds, in no particular order:
         * the versioned policy keeps what it judges by this composition and sorts the report it
         * makes of every composition's items once, so a composition need not sort its own. By
         * default, the report's items.
         */
        default Found found(Timeline known, LocalDate asOf, Function<Citation, JudgedDates> judged,
                Map<Object, Object> shared) {
            return Found.of(evaluate(known, asOf, judged, shared));
        }
    }

    /**
     * What a composition found in a case, in any order: its obligations, its findings and the
     * obligations a condition lifted. A read-only view; the versioned policy reads it once.
     *
     * @param obligations the obligations
     * @param findings the findings
     * @param notRequired the obligations their rule's condition lifted
     */
    public record Found(List<Obligation> obligations, List<Finding> findings, List<NotRequired> notRequired) {

        public Found {
            obligations = Collections.unmodifiableList(Objects.requireNonNull(obligations, "obligations"));
            findings = Collections.unmodifiableList(Objects.requireNonNull(findings, "findings"));
            notRequired = Collections.unmodifiableList(Objects.requireNonNull(notRequired, "notRequired"));
        }

        /** The items of {@code report}. */
        public static Found of(ComplianceReport report) {
            return new Found(report.obligations(), report.findings(), report.notRequired());
        }
    }

    /**
     * The dates on which a composition judges the items of a rule (keeps them, or names them not in
     * force): from {@code from}, inclusive, until {@code until}, exclusive.
     */
    public record JudgedDates(LocalDate from, LocalDate until) {

        /** Every date. */
        public static final JudgedDates ALL = new JudgedDates(LocalDate.MIN, LocalDate.MAX);

        public JudgedDates {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(until, "until");
        }

        /** Whether {@code date} is one of them. */
        public boolean contains(LocalDate date) {
            return !date.isBefore(from) && date.isBefore(until);
        }
    }

    private enum Verdict { KEEP, NOT_IN_FORCE, ELSEWHERE }

    /** The most citations a composition's judge remembers: far more than a policy has rules. */
    private static final int MAX_CACHED_CITATIONS = 1024;

    private final List<Composition> compositions;
    private final Map<String, List<PolicyVersion>> timelines;
    private final Composition latest;
    private final boolean undated;
    /** For each composition, in order, the dates it judges by the origin of a rule, and the dates its versions overlap. */
    private final List<Judge> judges;

    private VersionedPolicy(List<Composition> compositions, Map<String, List<PolicyVersion>> timelines) {
        this.compositions = List.copyOf(compositions);
        this.timelines = timelines;
        this.latest = compositions.stream().filter(c -> c.lineage().stream().allMatch(this::isLast)).findFirst()
                .orElse(compositions.get(compositions.size() - 1));
        this.undated = compositions.size() == 1 && latest.lineage().stream().allMatch(v -> v.effective().isEmpty());
        this.judges = this.compositions.stream().map(Judge::new).toList();
    }

    /**
     * What one composition judges, computed once: for each version of its lineage as a rule's
     * origin, the dates it judges items of that rule on ({@link #verdict}); and the span of days
     * on which all its versions are in force, the first ones reaching back for ever.
     */
    private final class Judge implements Function<Citation, JudgedDates> {

        private final Composition composition;
        private final Map<PolicyVersion, JudgedDates> byOrigin = new HashMap<>();
        private final LocalDate start;
        private final LocalDate end;

        Judge(Composition composition) {
            this.composition = composition;
            LocalDate from = LocalDate.MIN;
            LocalDate until = LocalDate.MAX;
            for (PolicyVersion v : composition.lineage()) {
                if (!isFirst(v) && start(v).isAfter(from)) {
                    from = start(v);
                }
                if (end(v).isBefore(until)) {
                    until = end(v);
                }
            }
            this.start = from;
            this.end = until;
            for (PolicyVersion origin : composition.lineage()) {
                byOrigin.put(origin, datesOf(origin));
            }
        }

        /**
         * The dates an item of a rule of {@code origin} is judged here: those on which every other
         * policy's version is in force (the first reaching back for ever), up to the end of the
         * origin's version, and from its start unless it is the first (earlier items are named not in force).
         */
        private JudgedDates datesOf(PolicyVersion origin) {
            LocalDate from = LocalDate.MIN;
            LocalDate until = end(origin);
            for (PolicyVersion v : composition.lineage()) {
                if (!v.policy().equals(origin.policy())) {
                    if (!isFirst(v) && start(v).isAfter(from)) {
                        from = start(v);
                    }
                    if (end(v).isBefore(until)) {
                        until = end(v);
                    }
                }
            }
            if (!isFirst(origin) && start(origin).isAfter(from)) {
                from = start(origin);
            }
            return new JudgedDates(from, until);
        }

        PolicyVersion origin(Citation cite) {
            return judging(cite).origin();
        }

        /**
         * A rule's origin and judged dates, by its citation: computed once per citation (a rule
         * keeps its citation object) and looked up by identity, which is cheaper per item than
         * hashing the version.
         */
        private Judging judging(Citation cite) {
            Judging known = byCitation.get(cite);
            if (known == null) {
                PolicyVersion origin = cite.version().filter(byOrigin::containsKey).orElse(composition.own());
                known = new Judging(origin, byOrigin.get(origin), start(origin));
                if (byCitation.size() < MAX_CACHED_CITATIONS) {
                    Map<Citation, Judging> more = new IdentityHashMap<>(byCitation);
                    more.put(cite, known);
                    byCitation = more;
                }
            }
            return known;
        }

        /**
         * Copied on write: read by every evaluation, written once per citation. A policy that makes
         * a new citation per item (not one per rule) fills it to the bound and is then judged
         * without it.
         */
        private volatile Map<Citation, Judging> byCitation = new IdentityHashMap<>();

        @Override
        public JudgedDates apply(Citation cite) {
            return judging(cite).dates();
        }

        /** Whether some day from {@code from} to {@code to} lies in every version. */
        boolean overlaps(LocalDate from, LocalDate to) {
            return !start.isAfter(to) && end.isAfter(from) && start.isBefore(end);
        }

        /** Whether this composition keeps an item of rule origin {@code cite} dated {@code date}, names it not in force, or leaves it to another. */
        Verdict verdict(Citation cite, LocalDate date) {
            Judging judging = judging(cite);
            if (judging.keeps(date)) {
                return Verdict.KEEP;
            }
            return judging.notInForce(date) ? Verdict.NOT_IN_FORCE : Verdict.ELSEWHERE;
        }
    }

    /**
     * How one composition judges the items of one rule: on its judged dates it keeps them, or names
     * them not in force where they are dated before the version that wrote the rule took effect;
     * an item dated otherwise is left to another composition.
     *
     * @param origin the version that wrote the rule
     * @param dates the dates this composition judges the rule's items on
     * @param start the day {@code origin} took effect ({@link LocalDate#MIN} for the first version of its policy)
     */
    public record Judging(PolicyVersion origin, JudgedDates dates, LocalDate start) {

        public Judging {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(dates, "dates");
            Objects.requireNonNull(start, "start");
        }

        /** Whether this composition keeps an item dated {@code date}. */
        public boolean keeps(LocalDate date) {
            return dates.contains(date) && !date.isBefore(start);
        }

        /** Whether this composition names an item dated {@code date} not in force. */
        public boolean notInForce(LocalDate date) {
            return dates.contains(date) && date.isBefore(start);
        }

        /** The dates from the first that one of {@code judgings} judges to the last (none if they are none). */
        public static JudgedDates span(List<Judging> judgings) {
            LocalDate from = LocalDate.MAX;
            LocalDate until = LocalDate.MIN;
            for (Judging j : judgings) {
                from = j.dates().from().isBefore(from) ? j.dates().from() : from;
                until = j.dates().until().isAfter(until) ? j.dates().until() : until;
            }
            return from.isBefore(until) ? new JudgedDates(from, until) : new JudgedDates(from, from);
        }

        /**
         * Whether {@code judgings} keep every item dated within their {@link #span}: their dates
         * leave no gap, and none names an item not in force. Then an evaluator that leaves out the
         * items dated outside the span need judge none of the others.
         */
        public static boolean keepEveryDateOfTheirSpan(List<Judging> judgings) {
            List<Judging> byStart = new ArrayList<>(judgings);
            byStart.sort(Comparator.comparing((Judging j) -> j.dates().from()));
            LocalDate reached = byStart.isEmpty() ? LocalDate.MIN : byStart.get(0).dates().from();
            for (Judging j : byStart) {
                if (j.dates().from().isAfter(reached) || j.start().isAfter(j.dates().from())) {
                    return false;
                }
                reached = j.dates().until().isAfter(reached) ? j.dates().until() : reached;
            }
            return true;
        }
    }

    /**
     * How {@code composition}, one of this policy's, judges the items of the rule cited {@code cite}.
     * A caller that evaluates a rule written alike in several compositions once may judge each of
     * its items by each of those compositions' judgings: the judged dates of one origin in different
     * compositions do not overlap, so at most one of them keeps an item or names it not in force,
     * and what it says is what {@link #evaluate} says.
     *
     * @throws IllegalArgumentException if {@code composition} is not one of this policy's
     */
    public Judging judging(Composition composition, Citation cite) {
        Objects.requireNonNull(cite, "cite");
        for (Judge judge : judges) {
            if (judge.composition == composition) {
                return judge.judging(cite);
            }
        }
        throw new IllegalArgumentException("not a composition of " + info().id() + ": " + composition.lineage());
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
        Timeline known = null;
        Map<Object, Object> shared = null;
        List<Obligation> obligations = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<NotInForce> notInForce = new ArrayList<>();
        List<NotRequired> notRequired = new ArrayList<>();
        for (Judge judge : judges) {
            if (!judge.overlaps(span[0], span[1])) {
                continue;
            }
            Composition c = judge.composition;
            Found report;
            if (c.policy() instanceof Selective selective) {
                if (known == null) {
                    known = record.timeline().asOf(asOf);
                    shared = new HashMap<>();
                }
                report = selective.found(known, asOf, judge, shared);
            } else {
                report = Found.of(c.policy().evaluate(record, asOf));
            }
            for (Obligation o : report.obligations()) {
                switch (judge.verdict(o.cite(), o.triggerDate())) {
                    case KEEP -> obligations.add(o);
                    case NOT_IN_FORCE -> notInForce.add(new NotInForce(o.rule(), o.trigger(), o.triggerDate(),
                            judge.origin(o.cite())));
                    default -> { }
                }
            }
            for (NotRequired n : report.notRequired()) {
                if (judge.verdict(n.cite(), n.triggerDate()) == Verdict.KEEP) {
                    notRequired.add(n);
                }
            }
            for (Finding f : report.findings()) {
                switch (judge.verdict(f.cite(), f.date())) {
                    case KEEP -> findings.add(f);
                    case NOT_IN_FORCE -> notInForce.add(new NotInForce(f.rule(), f.event(), f.date(), judge.origin(f.cite())));
                    default -> { }
                }
            }
        }
        return new ComplianceReport(record.caseId(), info().id(), asOf, obligations, findings, notInForce, List.of(),
                notRequired);
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
            for (AttributeSpec spec : dateAttributesOf(event)) {
                Optional<Object> value = spec.valueOf(event);
                if (value.isPresent() && value.get() instanceof LocalDate date) {
                    from = min(from, date);
                    to = max(to, date);
                }
            }
        }
        return new LocalDate[] {from, to};
    }

    /** The date attributes of each event type, by ordinal. */
    private static final AttributeSpec[][] DATE_ATTRIBUTES = Arrays.stream(EventType.values())
            .map(t -> t.attributes().stream().filter(a -> a.type() == AttributeType.DATE).toArray(AttributeSpec[]::new))
            .toArray(AttributeSpec[][]::new);

    private static AttributeSpec[] dateAttributesOf(CaseEvent event) {
        if (event.type() != EventType.DECLARED && !(event instanceof org.childinneed.model.event.ExtendedEvent)) {
            return DATE_ATTRIBUTES[event.type().ordinal()];
        }
        return event.schema().attributes().stream()
                .filter(a -> a.type() == AttributeType.DATE)
                .toArray(AttributeSpec[]::new);
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
