package org.childinneed.policies.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.childinneed.dsl.CompiledPolicy;
import org.childinneed.dsl.RuleEvidence;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.compliance.ObligationStatus;
import org.childinneed.model.event.EventType;

/**
 * What a policy can assess from a source that records only some event types. An obligation not
 * shown met, of a rule some of whose satisfying events the source cannot record, becomes
 * {@code not-recorded} instead of {@code open} or {@code overdue}: the record cannot say.
 */
public final class EvidenceCoverage {

    private EvidenceCoverage() {
    }

    /** {@code report} with its unmet obligations that {@code recordable} cannot show met turned {@code not-recorded}. */
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
        return new ComplianceReport(report.caseId(), report.policy(), report.asOf(), obligations, report.findings());
    }

    /**
     * Which of the policy's obligation rules a source can assess, in words:
     * {@code kent from a census: can assess WT-01, WT-02; cannot (no meeting, visit...) KEN-01 ...}.
     */
    public static String describe(CompiledPolicy policy, String source, Set<EventType> recordable) {
        List<String> can = new ArrayList<>();
        List<String> cannot = new ArrayList<>();
        for (RuleEvidence e : policy.evidence().values()) {
            if (e.satisfiedBy().isEmpty()) {
                continue;
            }
            (e.assessableFrom(recordable) ? can : cannot).add(e.rule());
        }
        String findings = policy.evidence().values().stream().filter(e -> e.satisfiedBy().isEmpty())
                .map(RuleEvidence::rule).collect(Collectors.joining(", "));
        return policy.info().id() + " from " + source + ":\n"
                + "  obligations assessed: " + (can.isEmpty() ? "none" : String.join(", ", can)) + "\n"
                + "  obligations not recorded in this source (reported not-recorded, never overdue): "
                + (cannot.isEmpty() ? "none" : String.join(", ", cannot)) + "\n"
                + "  findings raised from the events the source records (exceptions it cannot record are not seen): "
                + (findings.isEmpty() ? "none" : findings) + "\n";
    }
}
