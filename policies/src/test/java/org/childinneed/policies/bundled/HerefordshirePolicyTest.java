package org.childinneed.policies.bundled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.childinneed.dsl.Compilation;
import org.childinneed.dsl.CompiledPolicy;
import org.childinneed.dsl.RuleSummary;
import org.junit.jupiter.api.Test;

/** herefordshire.cin against the catalog's Herefordshire rows (HER-01 to HER-14): all encoded. */
class HerefordshirePolicyTest {

    private static final List<String> CATALOG = CatalogClauses.numbered("HER-", 14);

    @Test
    void compilesWithoutAnyDiagnostic() throws Exception {
        Compilation compilation = BundledPolicies.standard().compilation("herefordshire");
        assertTrue(compilation.succeeded() && compilation.diagnostics().isEmpty(), compilation.diagnostics().toString());
    }

    @Test
    void everyCatalogClauseIsEncodedExactlyOnceAndNoneIsOutOfScope() throws Exception {
        CompiledPolicy policy = BundledPolicies.standard().get("herefordshire");
        assertEquals(CATALOG, policy.rules().stream().flatMap(r -> r.clauses().stream())
                .filter(c -> c.startsWith("HER-")).sorted().toList());
        assertEquals(List.of(), policy.outOfScope());
    }

    @Test
    void extendsTheNationalBaselineAndCitesNumberedSectionsOfTheSource() throws Exception {
        CompiledPolicy policy = BundledPolicies.standard().get("herefordshire");
        assertTrue(policy.rules().stream().anyMatch(r -> r.inheritedFrom().filter("working-together"::equals).isPresent()),
                policy.rules().toString());
        List<RuleSummary> own = policy.rules().stream().filter(r -> r.inheritedFrom().isEmpty()).toList();
        assertTrue(own.stream().allMatch(r -> r.cite().text().matches("herefordshire\\.txt, ([3-8]|11)\\. .*")), own.toString());
    }
}
