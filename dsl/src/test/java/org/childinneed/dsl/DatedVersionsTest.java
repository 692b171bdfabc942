package org.childinneed.dsl;

import static org.childinneed.dsl.Reports.date;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.compliance.PolicyVersion;
import org.junit.jupiter.api.Test;

/** {@code version "..." effective DATE}, and a script compiled against each version of its parent. */
class DatedVersionsTest {

    private static final PolicyResolver TWO_EDITIONS = TwoEditions.resolver();

    @Test
    void anAuthorityInheritsTheBaselineInForceOnEachTriggerDate() {
        Compilation compilation = PolicyCompiler.create(TestCalendar.WORKING_DAYS, TWO_EDITIONS).compile(new PolicySource(
                "authority.cin", """
                policy authority "An authority"
                  version "1"
                  source "authority.txt"
                  extends base
                """));
        assertTrue(compilation.succeeded(), compilation.render());
        CompiledPolicy authority = compilation.policy().orElseThrow();
        assertEquals(2, authority.lineage().get(1).size());
        ComplianceReport report = authority.evaluate(Cases.child()
                .event("r1", "referral", "2023-12-11")
                .event("r2", "referral", "2024-01-08").build(), date("2024-03-01"));
        List<Obligation> decisions = report.obligations();
        assertEquals(2, decisions.size(), report.toString());
        // Mon 11 Dec 2023 + 1 working day under 2018; Mon 8 Jan 2024 + 2 working days under 2023.
        assertEquals(List.of(date("2023-12-12"), date("2024-01-10")), decisions.stream().map(Obligation::due).toList());
        assertEquals(List.of("base-2018.txt, Referrals", "base-2023.txt, Referrals"),
                decisions.stream().map(o -> o.cite().text()).toList());
        assertEquals(Optional.of(new PolicyVersion("base", "2023", Optional.of(LocalDate.of(2023, 12, 15)))),
                decisions.get(1).cite().version());
    }

    @Test
    void anEffectiveDateMustBeARealDate() {
        Compilation compilation = Scripts.COMPILER.compile(new PolicySource("bad.cin", """
                policy bad "Bad"
                  version "1" effective 2023-02-30
                  source "bad.txt"
                """));
        assertTrue(compilation.render().contains("bad.cin:2:25: error: '2023-02-30' is not a real date"), compilation.render());
    }
}
