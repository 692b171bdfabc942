package org.childinneed.dsl.robustness;

import static org.childinneed.dsl.robustness.Fixtures.compileSafely;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.childinneed.dsl.Compilation;
import org.childinneed.dsl.CompiledPolicy;
import org.childinneed.model.child.Child;
import org.childinneed.model.event.EventRef;
import org.childinneed.model.event.PlanStarted;
import org.childinneed.model.event.Visit;
import org.childinneed.model.timeline.CaseRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A product building records in code may give events any index: events of one day keep their file
 * order up to {@link CompiledPolicy#MAX_EVENTS}, and a record past it is refused, never mis-ordered
 * (robustness finding D6: the key once held 22 bits of index, and index 4,194,304 sorted as 0).
 */
class EventIndexLimitTest {

    private static final CompiledPolicy DAILY = policy();
    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);

    private static CompiledPolicy policy() {
        Compilation compilation = compileSafely("daily.cin", "policy daily \"Daily\"\n  version \"1\"\n  source \"d.txt\"\n"
                + "rule T-01 \"t\"\n  cite \"c\"\n  obligation visit\n    every 1 day from plan-started\n    met by visit\n");
        assertTrue(compilation.succeeded(), compilation::render);
        return compilation.policy().orElseThrow();
    }

    /** p1 on Monday; on Tuesday v1 (index 1) and then v2 (index {@code late}). */
    private static CaseRecord record(int late) {
        return new CaseRecord("BIG", Child.bornOn(LocalDate.of(2015, 1, 1)), List.of(
                new PlanStarted(EventRef.of(0, "p1"), MONDAY, Optional.empty(), false, false),
                new Visit(EventRef.of(late, "v2"), MONDAY.plusDays(1)),
                new Visit(EventRef.of(1, "v1"), MONDAY.plusDays(1))));
    }

    @ParameterizedTest
    @ValueSource(ints = {4_194_304, CompiledPolicy.MAX_EVENTS - 1})
    void eventsOfOneDayKeepTheirFileOrderAtAnyIndexBelowTheLimit(int late) {
        // v1 meets the first day (due Tue 5 Jan); v2, after it in file order, the next (counted from
        // v1: due Wed 6 Jan); the one after v2 (due Wed 6 Jan) is overdue on Sun 10 Jan.
        List<String> lines = DAILY.evaluate(record(late), MONDAY.plusDays(6)).obligations().stream()
                .map(o -> o.trigger().label() + " " + o.due() + " " + o.status().code()
                        + o.satisfiedBy().map(s -> " " + s.label()).orElse(""))
                .toList();
        assertEquals(List.of("p1 2027-01-05 met v1", "v1 2027-01-06 met v2", "v2 2027-01-06 overdue"), lines);
    }

    @Test
    void anEventIndexedAtTheLimitOrPastItIsRefusedNamingTheLimit() {
        assertEquals(16_777_216, CompiledPolicy.MAX_EVENTS);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> DAILY.evaluate(record(CompiledPolicy.MAX_EVENTS), MONDAY.plusDays(6)));
        assertEquals("case BIG: event #16777216 (id \"v2\") is past the limit: a policy evaluates at most 16,777,216"
                + " events in one case, indexed from 0", refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DAILY.evaluate(record(Integer.MAX_VALUE), MONDAY));
    }
}
