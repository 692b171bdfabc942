package org.childinneed.dsl.internal.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.event.CaseNote;
import org.childinneed.model.event.EventRef;
import org.childinneed.model.event.EventType;

/**
 * A {@code referring to it} pattern's matches find what refers to an event as a scan of every
 * match would, whether they are few (searched one by one) or many (linked through a map), and
 * whatever the ids' hashes: "Aa" and "BB" hash alike, as do "AaBB" and "BBAa".
 */
class ReferringProperties {

    /** The ids of the meetings referred to; the probes also ask for one no note refers to. */
    private static final List<String> IDS = List.of("m0", "m1", "Aa", "BB", "AaBB", "BBAa", "m9");

    @Property(tries = 300)
    void findsWhatAScanOfEveryMatchFinds(@ForAll long seed, @ForAll @IntRange(min = 0, max = 60) int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<CaseEvent> notes = new ArrayList<>();
        LocalDate day = LocalDate.of(2026, 1, 5);
        for (int i = 0; i < count; i++) {
            day = day.plusDays(random.nextInt(3));
            // Some notes refer to no meeting; the rest to one of six.
            Optional<String> refers = random.nextInt(5) == 0 ? Optional.empty() : Optional.of(IDS.get(random.nextInt(6)));
            notes.add(new CaseNote(EventRef.of(i, "n" + i), day, refers));
        }
        Matches matches = new Matches(notes);
        Referring referring = new Referring(matches, new AttributeReader("meetingRef", Set.of(EventType.CASE_NOTE)));
        for (int probe = 0; probe < 40; probe++) {
            String target = IDS.get(random.nextInt(IDS.size()));
            long from = count == 0 ? 0 : matches.key(random.nextInt(count)) + random.nextInt(3) - 1;
            long to = count == 0 ? 0 : matches.key(random.nextInt(count)) + random.nextInt(3) - 1;
            CaseEvent except = count == 0 || random.nextBoolean() ? null : matches.get(random.nextInt(count));
            int first = -1;
            int last = -1;
            for (int i = 0; i < count; i++) {
                Object refersTo = ((CaseNote) notes.get(i)).meetingRef().orElse(null);
                if (target.equals(refersTo) && matches.key(i) >= from && matches.key(i) <= to && matches.get(i) != except) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            assertEquals(first, referring.firstBetween(target, from, to, except), "first, seed " + seed);
            assertEquals(last, referring.lastBetween(target, from, to, except), "last, seed " + seed);
        }
    }
}
