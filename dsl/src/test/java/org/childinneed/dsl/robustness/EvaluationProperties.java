package org.childinneed.dsl.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.childinneed.dsl.CompiledPolicy;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.Finding;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.event.EventRef;
import org.childinneed.model.timeline.CaseRecord;

/**
 * An embedding product builds case records itself, with any dates a {@code LocalDate} from year 1
 * to 9999 holds. Every bundled policy evaluates any valid record in bounded time without throwing,
 * twice alike, and its report keeps to contract section 3: it names only events of the case known
 * on the as-of date, and each status agrees with the dates.
 */
class EvaluationProperties {

    /** The bundled policies that compile (that each does is the policies module's own test). */
    private static final List<CompiledPolicy> BUNDLED = Fixtures.BUNDLED_IDS.stream()
            .flatMap(id -> Fixtures.COMPILER.compile(Fixtures.RESOLVER.find(id).orElseThrow()).policy().stream())
            .toList();

    @Property(tries = 400)
    void everyBundledPolicyEvaluatesAnyValidRecord(@ForAll long seed) {
        CaseRecord record = RandomCases.of(seed, 60);
        LocalDate asOf = RandomCases.asOf(seed);
        assertTimeoutPreemptively(Fixtures.GENEROUS, () -> {
            for (CompiledPolicy policy : BUNDLED) {
                ComplianceReport report = policy.evaluate(record, asOf);
                assertKeepsToTheContract(record, asOf, report);
                assertEquals(report, policy.evaluate(record, asOf), "evaluation is pure");
            }
        });
    }

    static void assertKeepsToTheContract(CaseRecord record, LocalDate asOf, ComplianceReport report) {
        Map<EventRef, CaseEvent> known = new HashMap<>();
        record.events().stream().filter(e -> !e.date().isAfter(asOf)).forEach(e -> known.put(e.ref(), e));
        for (Obligation o : report.obligations()) {
            assertTrue(known.containsKey(o.trigger()), () -> "trigger not in the case as of " + asOf + ": " + o);
            o.satisfiedBy().ifPresent(by -> {
                assertTrue(known.containsKey(by), () -> "satisfied by an event not in the case: " + o);
                assertEquals(known.get(by).date(), o.satisfiedOn().orElseThrow(), o::toString);
            });
            switch (o.status()) {
                case MET -> assertTrue(!o.satisfiedOn().orElseThrow().isAfter(o.due()), o::toString);
                case MET_LATE -> assertTrue(o.satisfiedOn().orElseThrow().isAfter(o.due()), o::toString);
                case OVERDUE -> assertTrue(o.due().isBefore(asOf), o::toString);
                case OPEN -> assertTrue(!o.due().isBefore(asOf), o::toString);
                default -> {
                    // cancelled: waived, or its plan ended before it fell due; nothing to compare here
                }
            }
        }
        for (Finding f : report.findings()) {
            assertTrue(known.containsKey(f.event()), () -> "finding on an event not in the case: " + f);
            assertTrue(!f.message().isBlank(), f::toString);
        }
    }
}
