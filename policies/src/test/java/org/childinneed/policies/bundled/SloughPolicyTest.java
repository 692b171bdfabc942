package org.childinneed.policies.bundled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.childinneed.dsl.Compilation;
import org.childinneed.dsl.CompiledPolicy;
import org.junit.jupiter.api.Test;

/** slough.cin against the catalog's Slough rows: every clause encoded once or declared out of scope. */
class SloughPolicyTest {

    private static final List<String> CATALOG = CatalogClauses.numbered("SLO-", 16);

    @Test
    void compilesWithoutAnyDiagnostic() throws Exception {
        Compilation compilation = BundledPolicies.standard().compilation("slough");
        assertTrue(compilation.succeeded() && compilation.diagnostics().isEmpty(), compilation.diagnostics().toString());
    }

    @Test
    void everyCatalogClauseIsEncodedOrOutOfScopeExactlyOnce() throws Exception {
        CompiledPolicy slough = BundledPolicies.standard().get("slough");
        assertEquals(CATALOG, CatalogClauses.of(slough, "SLO-"));
    }

    @Test
    void onlyTheClosureReasonClauseIsOutOfScopeAndSaysWhy() throws Exception {
        CompiledPolicy slough = BundledPolicies.standard().get("slough");
        assertEquals(List.of("SLO-13"), slough.outOfScope().stream().map(o -> o.clause()).toList());
        assertTrue(slough.outOfScope().get(0).reason().contains("no finding kind"), slough.outOfScope().toString());
    }

    @Test
    void extendsTheNationalBaselineAndCitesTheGuidanceHeadings() throws Exception {
        CompiledPolicy slough = BundledPolicies.standard().get("slough");
        assertTrue(slough.rules().stream().anyMatch(r -> r.inheritedFrom().filter("working-together"::equals).isPresent()),
                slough.rules().toString());
        List<String> headings = List.of("The Child and Family Assessment", "Social Work Visits", "Children with Disabilities",
                "The Child in Need Meeting", "The Child in Need Plan", "CIN Plans open 9 months plus");
        assertTrue(slough.rules().stream().filter(r -> r.inheritedFrom().isEmpty())
                .allMatch(r -> headings.stream().anyMatch(h -> r.cite().text().contains("slough-2018.txt, " + h))),
                slough.rules().toString());
    }
}
