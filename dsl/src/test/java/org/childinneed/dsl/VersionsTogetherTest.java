package org.childinneed.dsl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.timeline.CaseRecord;
import org.junit.jupiter.api.Test;

/**
 * A policy of several compositions (versions of its own, versions of the baseline it extends)
 * evaluates each rule written alike in several of them once, and judges its items by each: its
 * reports are those of evaluating each composition on its own and keeping what each judges.
 */
class VersionsTogetherTest {

    private static final String RULES = TwoEditions.AUTHORITY_RULES + """
            rule A-03 "Visits every 4 weeks while a plan is open"
              cite "Plans"
              obligation visit
                every 4 weeks from plan-started
                unless child is disabled
                met by visit
            rule A-04 "Reviews chaired by a team manager"
              cite "Reviews"
              finding chair-not-permitted
                for each meeting with meeting in [review, early-review]
                unless chair is team-manager
            rule A-05 "Plans no longer than 12 weeks without an extension"
              cite "Plans"
              finding plan-exceeds-maximum-duration
                for each plan open longer than 12 weeks
                unless a management-decision with about extension, by team-manager
            rule A-06 "An early review at once when circumstances change"
              cite "Reviews"
              obligation early-review
                when significant-change
                due at once
                met by meeting with meeting in [early-review, review]
            """;

    /** A rule only the second version of the authority's own has. */
    private static final String SECOND_ONLY = """
            rule A-07 "A case note within 1 working day of a visit"
              cite "Visits"
              obligation case-note
                when visit
                due within 1 working day
                met by case-note
            """;

    private static CompiledPolicy authority(String version, String more) {
        Compilation compilation = PolicyCompiler.create(TestCalendar.WORKING_DAYS, TwoEditions.wordingHomeCheckEach())
                .compile(new PolicySource("authority.cin", "policy authority \"An authority\"\n  version " + version
                        + "\n  source \"authority.txt\"\n  extends base\n" + RULES + more));
        assertTrue(compilation.succeeded(), compilation.render());
        return compilation.policy().orElseThrow();
    }

    /** One undated version of its own, over both editions of the baseline. */
    private static final CompiledPolicy UNDATED = authority("\"1\"", "");
    /** Versions of its own effective 1 September 2023 (before it nothing is in force) and 1 February 2024 (adding A-07). */
    private static final CompiledPolicy DATED = CompiledPolicy.ofVersions(List.of(
            authority("\"1\" effective 2023-09-01", ""), authority("\"2\" effective 2024-02-01", SECOND_ONLY)));

    @Test
    void aRuleResolvedAlikeOverBothEditionsIsOneRuleNodeAndOneResolvedOtherwiseIsTwo() {
        // The baseline's B-01 in each edition (2), A-02 whose kind each edition words its own way (2),
        // and once each (5): 9, not the 14 of the two compositions' plans.
        assertEquals("VersionsTogether[authority, 9 rule nodes]", UNDATED.evaluator().toString());
    }

    @Test
    void itemsBeforeTheFirstVersionAreNotInForceAndTheRestAreJudgedByTheVersionsInForce() {
        CaseRecord record = Cases.child()
                .event("r1", "referral", "2023-08-14")
                .event("r2", "referral", "2023-12-11")
                .event("r3", "referral", "2024-02-05").build();
        LocalDate asOf = LocalDate.of(2024, 3, 1);
        ComplianceReport report = DATED.evaluate(record, asOf);
        assertEquals(report, DATED.evaluateEachComposition(record, asOf));
        assertFalse(report.notInForce().isEmpty(), report.toString());
        assertTrue(report.notInForce().stream().allMatch(n -> n.event().label().equals("r1")), report.toString());
    }

    @Property(tries = 300)
    void togetherReportsWhatEachCompositionOnItsOwnReports(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        CaseRecord record = randomCase(random);
        LocalDate asOf = day(random, 2023, 9, 500);
        for (CompiledPolicy policy : List.of(UNDATED, DATED, DATED.version("2").orElseThrow())) {
            ComplianceReport reference = policy.evaluateEachComposition(record, asOf);
            assertEquals(reference, policy.evaluate(record, asOf), () -> "seed " + seed + ", as of " + asOf);
            assertEquals(reference.toString(), policy.evaluate(record, asOf).toString());
        }
    }

    /** Up to 30 events from June 2023 to September 2024, either side of each version's effective date. */
    private static CaseRecord randomCase(SplittableRandom random) {
        record Planned(LocalDate date, String type, String[] attributes) {
        }
        List<Planned> planned = new ArrayList<>();
        int count = random.nextInt(31);
        String[][] kinds = {
            {"referral"}, {"visit"}, {"case-note"}, {"plan-started"}, {"plan-ended", "reason", "no-longer-in-need"},
            {"meeting", "meeting", "review", "chair", "team-manager"},
            {"meeting", "meeting", "early-review", "chair", "social-worker"},
            {"significant-change"}, {"management-decision", "about", "extension", "by", "team-manager"},
        };
        for (int i = 0; i < count; i++) {
            String[] kind = kinds[random.nextInt(kinds.length)];
            planned.add(new Planned(day(random, 2023, 6, 460), kind[0],
                    java.util.Arrays.copyOfRange(kind, 1, kind.length)));
        }
        planned.sort(Comparator.comparing(Planned::date));
        Cases cases = Cases.child();
        if (random.nextInt(5) == 0) {
            cases.disabled();
        }
        for (int i = 0; i < planned.size(); i++) {
            Planned p = planned.get(i);
            cases.event("e" + i, p.type(), p.date().toString(), p.attributes());
        }
        return cases.build();
    }

    private static LocalDate day(SplittableRandom random, int year, int month, int days) {
        return LocalDate.of(year, month, 1).plusDays(random.nextInt(days));
    }
}
