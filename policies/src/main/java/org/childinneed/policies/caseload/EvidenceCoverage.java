package org.childinneed.policies.caseload;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.childinneed.dsl.CompiledPolicy;
import org.childinneed.dsl.RuleEvidence;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.Finding;
import org.childinneed.model.compliance.NotJudged;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.compliance.ObligationStatus;
import org.childinneed.model.event.EventType;

/**
 * What a policy can assess from a source that records only some event types. An obligation not
 * shown met, of a rule some of whose satisfying events the source cannot record, becomes
 * {@code not-recorded} instead of {@code open} or {@code overdue}: the record cannot say. A finding
 * whose exception ({@code unless}) reads evidence the source cannot record (an event type it never
 * holds, or an attribute its importer never sets) is not raised: it is listed as not judged.
 */
public final class EvidenceCoverage {

    /**
     * The attributes the importers set on the events they make (the census and
     * SSD mappings of {@code policies.importer}): of the others, a source of partial evidence records nothing.
     */
    static final Map<EventType, Set<String>> RECORDED_ATTRIBUTES = Map.of(
            EventType.ASSESSMENT_COMPLETED, Set.of("outcome"),
            EventType.S47_ENQUIRY_COMPLETED, Set.of("outcome"),
            EventType.INITIAL_CP_CONFERENCE, Set.of("outcome"),
            EventType.CP_CONFERENCE, Set.of("outcome"),
            EventType.PLAN_STARTED, Set.of("origin"),
            EventType.PLAN_ENDED, Set.of("reason"),
            EventType.VISIT, Set.of("childNotSeen"));

    private EvidenceCoverage() {
    }

    /**
     * {@code report} with its unmet obligations that {@code recordable} cannot show met turned
     * {@code not-recorded}, and its findings whose exceptions it cannot record moved to not judged.
     */
    public static ComplianceReport apply(ComplianceReport report, CompiledPolicy policy, Set<EventType> recordable) {
        List<Obligation> obligations = new ArrayList<>();
        for (Obligation o : report.obligations()) {
            RuleEvidence evidence = policy.evidence().get(o.rule());
            boolean unmet = o.status() == ObligationStatus.OPEN || o.status() == ObligationStatus.OVERDUE;
            if (unmet && evidence != null && !evidence.assessableFrom(recordable)) {
                obligations.add(new Obligation(o.rule(), o.kind(), o.trigger(), o.triggerDate(), o.earliest(), o.due(),
                        ObligationStatus.NOT_RECORDED, o.satisfiedBy(), o.satisfiedOn(), o.cite(), o.explanation(),
                        o.severity()));
            } else {
                obligations.add(o);
            }
        }
        List<Finding> findings = new ArrayList<>();
        List<NotJudged> notJudged = new ArrayList<>(report.notJudged());
        for (Finding f : report.findings()) {
            List<RuleEvidence.Evidence> missing = missing(policy.evidence().get(f.rule()), recordable);
            if (missing.isEmpty()) {
                findings.add(f);
            } else {
                notJudged.add(new NotJudged(f.rule(), f.kind(), f.event(), f.date(), reason(missing)));
            }
        }
        return new ComplianceReport(report.caseId(), report.policy(), report.asOf(), obligations, findings,
                report.notInForce(), notJudged, report.notRequired());
    }

    /** The evidence a rule's findings' exceptions read that a source recording {@code recordable} lacks. */
    static List<RuleEvidence.Evidence> missing(RuleEvidence evidence, Set<EventType> recordable) {
        if (evidence == null) {
            return List.of();
        }
        return evidence.clearedBy().stream().filter(e -> !records(e, recordable)).toList();
    }

    private static boolean records(RuleEvidence.Evidence e, Set<EventType> recordable) {
        return recordable.contains(e.type()) && e.attribute()
                .map(a -> RECORDED_ATTRIBUTES.getOrDefault(e.type(), Set.of()).contains(a)).orElse(true);
    }

    private static String reason(List<RuleEvidence.Evidence> missing) {
        return "its exception needs " + missing.stream().map(RuleEvidence.Evidence::toString)
                .collect(Collectors.joining(", ")) + ", which this source does not record";
    }

    /**
     * Which of a policy's rules a source that records {@code recordable} can assess.
     *
     * @param assessed the obligation rules whose satisfying events the source records
     * @param notRecorded the obligation rules it cannot show met (reported {@code not-recorded}, never overdue)
     * @param raised the rules whose findings it raises
     * @param notJudged the rules whose findings it lists not judged, each with the evidence it lacks
     */
    public record Assessable(List<String> assessed, List<String> notRecorded, List<String> raised,
            Map<String, List<RuleEvidence.Evidence>> notJudged) {

        public Assessable {
            assessed = List.copyOf(assessed);
            notRecorded = List.copyOf(notRecorded);
            raised = List.copyOf(raised);
            notJudged = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(notJudged));
        }
    }

    /** Which of {@code policy}'s rules, in its order, a source recording {@code recordable} can assess. */
    public static Assessable assessable(CompiledPolicy policy, Set<EventType> recordable) {
        List<String> can = new ArrayList<>();
        List<String> cannot = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        Map<String, List<RuleEvidence.Evidence>> unjudged = new java.util.LinkedHashMap<>();
        for (RuleEvidence e : policy.evidence().values()) {
            if (!e.satisfiedBy().isEmpty()) {
                (e.assessableFrom(recordable) ? can : cannot).add(e.rule());
            }
            if (e.satisfiedBy().isEmpty() || !e.clearedBy().isEmpty()) {
                List<RuleEvidence.Evidence> missing = missing(e, recordable);
                if (missing.isEmpty()) {
                    findings.add(e.rule());
                } else {
                    unjudged.put(e.rule(), missing);
                }
            }
        }
        return new Assessable(can, cannot, findings, unjudged);
    }

    /**
     * Which of the policy's rules a source can assess, in words:
     * {@code kent from a census: obligations assessed: WT-01, WT-02; ...}.
     */
    public static String describe(CompiledPolicy policy, String source, Set<EventType> recordable) {
        Assessable a = assessable(policy, recordable);
        List<String> unjudged = a.notJudged().entrySet().stream().map(e -> e.getKey() + " (needs " + e.getValue().stream()
                .map(RuleEvidence.Evidence::toString).collect(Collectors.joining(", ")) + ")").toList();
        return policy.info().id() + " from " + source + ":\n"
                + "  obligations assessed: " + list(a.assessed()) + "\n"
                + "  obligations not recorded in this source (reported not-recorded, never overdue): " + list(a.notRecorded()) + "\n"
                + "  findings raised from the events the source records: " + list(a.raised()) + "\n"
                + "  findings not judged (their exceptions are evidence this source lacks; listed, never raised): "
                + list(unjudged) + "\n";
    }

    private static String list(List<String> rules) {
        return rules.isEmpty() ? "none" : String.join(", ", rules);
    }
}
