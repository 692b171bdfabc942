package org.childinneed.dsl.internal.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.childinneed.model.calendar.WorkingDays;
import org.childinneed.model.child.Child;
import org.childinneed.model.compliance.VersionedPolicy.JudgedDates;
import org.childinneed.model.timeline.CaseRecord;
import org.childinneed.model.timeline.Timeline;
import org.junit.jupiter.api.Test;

/**
 * A rule judges the items dated from the first of its judged dates up to, not including, the
 * last: judged on every date, every date but the last of all ({@link LocalDate#MAX}) is judged.
 */
class JudgedDatesTest {

    private final EvalContext ctx = new EvalContext(
            Timeline.of(new CaseRecord("J-1", Child.bornOn(LocalDate.of(2015, 3, 1)), List.of())),
            LocalDate.of(2026, 12, 6), WorkingDays.of(day -> false), 0);

    @Test
    void judgedOnEveryDateEveryDateButTheLastOfAllIsJudged() {
        ctx.judge(JudgedDates.ALL);
        assertTrue(ctx.judges(LocalDate.MIN));
        assertTrue(ctx.judges(LocalDate.of(2026, 12, 6)));
        assertTrue(ctx.judges(LocalDate.MAX.minusDays(1)));
        assertFalse(ctx.judges(LocalDate.MAX));
    }

    @Test
    void judgedFromOneDateUntilAnotherTheFirstIsJudgedAndTheLastIsNot() {
        ctx.judge(new JudgedDates(LocalDate.of(2023, 12, 15), LocalDate.of(2025, 1, 1)));
        assertFalse(ctx.judges(LocalDate.of(2023, 12, 14)));
        assertTrue(ctx.judges(LocalDate.of(2023, 12, 15)));
        assertTrue(ctx.judges(LocalDate.of(2024, 12, 31)));
        assertFalse(ctx.judges(LocalDate.of(2025, 1, 1)));
        ctx.judge(JudgedDates.ALL);
        assertTrue(ctx.judges(LocalDate.of(2025, 1, 1)), "judged on every date again");
    }
}
