package org.childinneed.model.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.childinneed.model.child.Child;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.event.EventRef;
import org.childinneed.model.event.Referral;
import org.childinneed.model.timeline.CaseRecord;
import org.junit.jupiter.api.Test;

/** Selection by date: each referral's obligation comes from the version in force on its date. */
class VersionedPolicyTest {

    private static final PolicyVersion V1 = new PolicyVersion("p", "one", Optional.of(LocalDate.of(2020, 1, 1)));
    private static final PolicyVersion V2 = new PolicyVersion("p", "two", Optional.of(LocalDate.of(2022, 1, 1)));

    /** A version raising, for each referral, an obligation due {@code days} later, cited with its version. */
    private static VersionedPolicy.Composition version(PolicyVersion v, int days) {
        Policy policy = new Policy() {
            @Override
            public PolicyInfo info() {
                return new PolicyInfo("p", "P", v.label(), "p.txt", v.effective());
            }

            @Override
            public ComplianceReport evaluate(CaseRecord record, LocalDate asOf) {
                List<Obligation> obligations = record.events().stream().map(e -> new Obligation("P-01",
                        ObligationKind.REFERRAL_DECISION, e.ref(), e.date(), Optional.empty(), e.date().plusDays(days),
                        ObligationStatus.OVERDUE, Optional.empty(), Optional.empty(),
                        new Citation("p.txt, 1").withVersion(v), new Explanation("t", "c", "r"))).toList();
                return new ComplianceReport(record.caseId(), "p", asOf, obligations, List.of());
            }
        };
        return new VersionedPolicy.Composition(policy, List.of(v));
    }

    private static CaseRecord referrals(String... dates) {
        List<CaseEvent> events = new java.util.ArrayList<>();
        for (int i = 0; i < dates.length; i++) {
            events.add(new Referral(EventRef.of(i, "r" + i), LocalDate.parse(dates[i])));
        }
        return new CaseRecord("C", Child.bornOn(LocalDate.of(2015, 1, 1)), events);
    }

    @Test
    void eachObligationFromTheVersionInForceOnItsTriggerDate() {
        VersionedPolicy policy = VersionedPolicy.of(List.of(version(V2, 20), version(V1, 10)));
        ComplianceReport report = policy.evaluate(referrals("2019-06-01", "2021-12-31", "2022-01-01"), LocalDate.of(2023, 1, 1));
        assertEquals(List.of(LocalDate.of(2022, 1, 10), LocalDate.of(2022, 1, 21)),
                report.obligations().stream().map(Obligation::due).toList());
        assertEquals(List.of("r0"), report.notInForce().stream().map(n -> n.event().label()).toList());
        assertEquals("before p one took effect on 2020-01-01", report.notInForce().get(0).reason());
        assertEquals("two", policy.info().version());
        assertEquals(List.of(V1, V2), policy.versions());
    }

    @Test
    void eachCompositionJudgesARuleOnTheDatesItsVersionWasInForceAndNamesEarlierItemsNotInForce() {
        VersionedPolicy.Composition one = version(V1, 10);
        VersionedPolicy.Composition two = version(V2, 20);
        VersionedPolicy policy = VersionedPolicy.of(List.of(two, one));
        Citation cite = new Citation("p.txt, 1").withVersion(V1);
        VersionedPolicy.Judging first = policy.judging(one, cite);
        VersionedPolicy.Judging second = policy.judging(two, new Citation("p.txt, 1").withVersion(V2));
        assertEquals(V1, first.origin());
        // The first version judges every date before the second took effect: those before its own
        // effective date it names not in force; the second keeps what is dated from its effective date on.
        assertTrue(first.notInForce(LocalDate.of(2019, 12, 31)));
        assertTrue(first.keeps(LocalDate.of(2020, 1, 1)) && first.keeps(LocalDate.of(2021, 12, 31)));
        assertTrue(!first.keeps(LocalDate.of(2022, 1, 1)) && !first.notInForce(LocalDate.of(2022, 1, 1)));
        assertTrue(second.keeps(LocalDate.of(2022, 1, 1)) && !second.notInForce(LocalDate.of(2019, 12, 31)));
        assertTrue(!second.keeps(LocalDate.of(2021, 12, 31)));
        // Together they judge every date; the first names the items before 2020 not in force.
        assertEquals(VersionedPolicy.JudgedDates.ALL, VersionedPolicy.Judging.span(List.of(second, first)));
        assertTrue(!VersionedPolicy.Judging.keepEveryDateOfTheirSpan(List.of(first, second)));
        assertTrue(VersionedPolicy.Judging.keepEveryDateOfTheirSpan(List.of(second)));
        PolicyVersion undated = new PolicyVersion("p", "zero", Optional.empty());
        VersionedPolicy.Composition only = version(undated, 1);
        VersionedPolicy.Judging always = VersionedPolicy.of(List.of(only)).judging(only, cite);
        assertEquals(undated, always.origin(), "a citation of a version not in the composition: its own");
        assertTrue(VersionedPolicy.Judging.keepEveryDateOfTheirSpan(List.of(always)));
        assertEquals(VersionedPolicy.JudgedDates.ALL, VersionedPolicy.Judging.span(List.of(always)));
        assertThrows(IllegalArgumentException.class, () -> policy.judging(only, cite));
    }

    @Test
    void versionsMustBeDatedApart() {
        PolicyVersion undated = new PolicyVersion("p", "zero", Optional.empty());
        PolicyVersion alsoUndated = new PolicyVersion("p", "nil", Optional.empty());
        assertThrows(IllegalArgumentException.class, () -> VersionedPolicy.of(List.of(version(undated, 1), version(alsoUndated, 1))));
        PolicyVersion sameDay = new PolicyVersion("p", "other", V1.effective());
        assertThrows(IllegalArgumentException.class, () -> VersionedPolicy.of(List.of(version(V1, 1), version(sameDay, 1))));
    }

    /**
     * A selective composition over a plain policy: it evaluates a record as the plain policy does,
     * and fails if asked to evaluate a timeline without the shared map.
     */
    private abstract static class OverPlain implements VersionedPolicy.Selective {

        final Policy plain;

        OverPlain(Policy plain) {
            this.plain = plain;
        }

        @Override
        public PolicyInfo info() {
            return plain.info();
        }

        @Override
        public ComplianceReport evaluate(CaseRecord record, LocalDate asOf) {
            return plain.evaluate(record, asOf);
        }

        @Override
        public ComplianceReport evaluate(org.childinneed.model.timeline.Timeline known, LocalDate asOf,
                java.util.function.Function<Citation, VersionedPolicy.JudgedDates> judged) {
            throw new AssertionError("a versioned policy hands its compositions the shared map");
        }

        /** The plain policy's report of the case of {@code known}. */
        ComplianceReport plainly(org.childinneed.model.timeline.Timeline known, LocalDate asOf) {
            return plain.evaluate(new CaseRecord(known.caseId(), known.child(), known.events()), asOf);
        }
    }

    /** A composition that notes the map it is handed to share with the others, and whether it was empty then. */
    private static VersionedPolicy.Composition sharing(PolicyVersion v, List<Map<Object, Object>> seen, List<Boolean> empty) {
        VersionedPolicy.Selective selective = new OverPlain(version(v, 1).policy()) {
            @Override
            public ComplianceReport evaluate(org.childinneed.model.timeline.Timeline known, LocalDate asOf,
                    java.util.function.Function<Citation, VersionedPolicy.JudgedDates> judged, Map<Object, Object> shared) {
                seen.add(shared);
                empty.add(shared.isEmpty());
                shared.put(v, "evaluated by " + v.label());
                return plainly(known, asOf);
            }
        };
        return new VersionedPolicy.Composition(selective, List.of(v));
    }

    @Test
    void theCompositionsEvaluatingOneCaseShareOneMapAndTheNextCaseGetsAFreshOne() {
        List<Map<Object, Object>> seen = new ArrayList<>();
        List<Boolean> empty = new ArrayList<>();
        VersionedPolicy policy = VersionedPolicy.of(List.of(sharing(V1, seen, empty), sharing(V2, seen, empty)));
        CaseRecord spanning = referrals("2021-06-01", "2022-06-01");
        policy.evaluate(spanning, LocalDate.of(2023, 1, 1));
        assertEquals(2, seen.size(), "both versions judge part of the case");
        assertSame(seen.get(0), seen.get(1));
        assertEquals(List.of(true, false), empty, "the second sees what the first kept");
        policy.evaluate(spanning, LocalDate.of(2023, 1, 1));
        assertEquals(4, seen.size());
        assertNotSame(seen.get(0), seen.get(2));
        assertTrue(empty.get(2), "a new evaluation starts from an empty map");
    }

    @Test
    void aCompositionMayGiveWhatItFoundUnsortedAndTheReportIsSortedOnce() {
        VersionedPolicy.Selective unsorted = new OverPlain(version(V1, 10).policy()) {
            @Override
            public VersionedPolicy.Found found(org.childinneed.model.timeline.Timeline known, LocalDate asOf,
                    java.util.function.Function<Citation, VersionedPolicy.JudgedDates> judged, Map<Object, Object> shared) {
                List<Obligation> latestFirst = new ArrayList<>(plainly(known, asOf).obligations());
                java.util.Collections.reverse(latestFirst);
                return new VersionedPolicy.Found(latestFirst, List.of(), List.of());
            }
        };
        VersionedPolicy policy = VersionedPolicy.of(List.of(new VersionedPolicy.Composition(unsorted, List.of(V1)),
                version(V2, 20)));
        ComplianceReport report = policy.evaluate(referrals("2020-03-01", "2020-02-01", "2021-05-01"), LocalDate.of(2023, 1, 1));
        assertEquals(List.of(LocalDate.of(2020, 2, 11), LocalDate.of(2020, 3, 11), LocalDate.of(2021, 5, 11)),
                report.obligations().stream().map(Obligation::due).toList());
    }
}
