package org.childinneed.dsl.internal.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.event.CaseNote;
import org.childinneed.model.event.EventRef;

/**
 * A pattern's matches filtered keep the events the pattern accepts, in order, with their keys,
 * whether a type has up to 64 events (filtered bit by bit) or more.
 */
class MatchesProperties {

    @Property(tries = 300)
    void aFilterKeepsWhatItAcceptsInOrderWithTheirKeys(@ForAll long seed, @ForAll @IntRange(min = 0, max = 140) int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<CaseEvent> events = new ArrayList<>();
        LocalDate day = LocalDate.of(2026, 1, 5);
        for (int i = 0; i < count; i++) {
            day = day.plusDays(random.nextInt(3));
            events.add(new CaseNote(EventRef.of(i, "n" + i), day, Optional.empty()));
        }
        // Each event accepted with a probability drawn per try: none, some, or all of them.
        int percent = random.nextInt(4) * 33 + random.nextInt(2);
        List<Integer> accepted = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (random.nextInt(100) < percent) {
                accepted.add(i);
            }
        }
        Predicate<CaseEvent> pattern = event -> accepted.contains(event.ref().index());
        Matches all = new Matches(events);
        Matches kept = all.filter(pattern);
        assertEquals(accepted.size(), kept.size(), "seed " + seed);
        for (int k = 0; k < accepted.size(); k++) {
            int i = accepted.get(k);
            assertEquals(events.get(i), kept.get(k), "seed " + seed);
            assertEquals(all.key(i), kept.key(k), "seed " + seed);
        }
    }
}
