package org.childinneed.benchmarks.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.childinneed.model.event.CaseEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyntheticCasesTest {

    @Test
    void theSameSeedAndIndexGiveTheSameCase() {
        assertEquals(SyntheticCases.typicalCases(7, 50), SyntheticCases.typicalCases(7, 50));
        assertEquals(SyntheticCases.typicalCase(7, 42), SyntheticCases.typicalCases(7, 43).get(42));
        assertEquals(SyntheticCases.longCase(7, 500), SyntheticCases.longCase(7, 500));
    }

    @Test
    void otherSeedsAndIndexesGiveOtherCases() {
        assertNotEquals(SyntheticCases.typicalCase(7, 1).record().events(), SyntheticCases.typicalCase(7, 2).record().events());
        assertNotEquals(SyntheticCases.typicalCase(7, 1).record().events(), SyntheticCases.typicalCase(8, 1).record().events());
    }

    @Test
    void typicalCasesAverageAboutFortyEvents() {
        double mean = SyntheticCases.typicalCases(11, 1_000).stream().mapToInt(SyntheticCase::size).average().orElseThrow();
        assertTrue(mean >= 35 && mean <= 45, "mean events per case: " + mean);
    }

    @Test
    void eventsAreWrittenInDateOrderAndNumberedByPosition() {
        for (SyntheticCase c : SyntheticCases.typicalCases(3, 200)) {
            List<CaseEvent> events = c.record().events();
            for (int i = 0; i < events.size(); i++) {
                assertEquals(i, events.get(i).ref().index());
                assertTrue(i == 0 || !events.get(i).date().isBefore(events.get(i - 1).date()));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 10, 100, 1_000, 10_000})
    void aLongCaseHasExactlyTheEventsAskedForAndEndsBeforeItsAsOfDate(int size) {
        SyntheticCase c = SyntheticCases.longCase(5, size);
        List<CaseEvent> events = c.record().events();
        assertEquals(size, events.size());
        assertTrue(c.asOf().isAfter(events.get(size - 1).date()));
    }

    @Test
    void aCaseHasAtLeastOneEvent() {
        assertThrows(IllegalArgumentException.class, () -> SyntheticCases.longCase(5, 0));
    }
}
