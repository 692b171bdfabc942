package org.childinneed.policies.bundled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.childinneed.dsl.Compilation;
import org.childinneed.dsl.CompiledPolicy;
import org.childinneed.dsl.OutOfScope;
import org.junit.jupiter.api.Test;

/** cheshire-west.cin against the catalog's Cheshire West and Chester rows (CWC-01 to CWC-09). */
class CheshireWestPolicyTest {

    private static final List<String> CATALOG = CatalogClauses.numbered("CWC-", 9);

    @Test
    void compilesWithoutAnyDiagnostic() throws Exception {
        Compilation compilation = BundledPolicies.standard().compilation("cheshire-west");
        assertTrue(compilation.succeeded() && compilation.diagnostics().isEmpty(), compilation.diagnostics().toString());
    }

    @Test
    void everyCatalogClauseIsEncodedOrOutOfScopeExactlyOnce() throws Exception {
        assertEquals(CATALOG, CatalogClauses.of(BundledPolicies.standard().get("cheshire-west"), "CWC-"));
    }

    @Test
    void onlyTheReviewOutcomeVocabularyCwc07IsOutOfScopeAndSaysWhy() throws Exception {
        CompiledPolicy policy = BundledPolicies.standard().get("cheshire-west");
        assertEquals(List.of("CWC-07"), policy.outOfScope().stream().map(OutOfScope::clause).toList());
        assertTrue(policy.outOfScope().get(0).reason().contains("vocabulary"), policy.outOfScope().toString());
    }

    @Test
    void extendsTheNationalBaselineAndCitesTheSourceDocument() throws Exception {
        CompiledPolicy policy = BundledPolicies.standard().get("cheshire-west");
        assertEquals("March 2012", policy.info().version());
        assertTrue(policy.rules().stream().anyMatch(r -> r.inheritedFrom().filter("working-together"::equals).isPresent()),
                policy.rules().toString());
        assertTrue(policy.rules().stream().filter(r -> r.inheritedFrom().isEmpty())
                .allMatch(r -> r.cite().text().startsWith("cheshire-west-2012.txt, ")), policy.rules().toString());
    }
}
