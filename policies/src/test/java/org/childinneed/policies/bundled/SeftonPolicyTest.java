package org.childinneed.policies.bundled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.childinneed.dsl.Compilation;
import org.childinneed.dsl.CompiledPolicy;
import org.junit.jupiter.api.Test;

/** sefton.cin against the catalog's Sefton rows: every clause encoded once or declared out of scope. */
class SeftonPolicyTest {

    private static final List<String> CATALOG = CatalogClauses.numbered("SEF-", 10);

    @Test
    void compilesWithoutAnyDiagnostic() throws Exception {
        Compilation compilation = BundledPolicies.standard().compilation("sefton");
        assertTrue(compilation.succeeded() && compilation.diagnostics().isEmpty(), compilation.diagnostics().toString());
    }

    @Test
    void everyCatalogClauseIsEncodedOrOutOfScopeExactlyOnce() throws Exception {
        CompiledPolicy sefton = BundledPolicies.standard().get("sefton");
        assertEquals(CATALOG, CatalogClauses.of(sefton, "SEF-"));
    }

    @Test
    void onlyTheReviewOutcomeVocabularyIsOutOfScopeAndSaysWhy() throws Exception {
        CompiledPolicy sefton = BundledPolicies.standard().get("sefton");
        assertEquals(List.of("SEF-08"), sefton.outOfScope().stream().map(o -> o.clause()).toList());
        assertTrue(sefton.outOfScope().get(0).reason().contains("no finding kind"), sefton.outOfScope().toString());
    }

    @Test
    void extendsTheNationalBaselineAndCitesTheSourceDocument() throws Exception {
        CompiledPolicy sefton = BundledPolicies.standard().get("sefton");
        assertTrue(sefton.rules().stream().anyMatch(r -> r.inheritedFrom().filter("working-together"::equals).isPresent()),
                sefton.rules().toString());
        assertTrue(sefton.rules().stream().filter(r -> r.inheritedFrom().isEmpty())
                .allMatch(r -> r.cite().text().contains("sefton-2018.txt, 4.1 Child in Need (CIN)")),
                sefton.rules().toString());
    }
}
