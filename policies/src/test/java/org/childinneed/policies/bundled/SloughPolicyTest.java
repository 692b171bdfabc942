package org.childinneed.policies.bundled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.childinneed.dsl.Compilation;
import org.childinneed.dsl.CompiledPolicy;
import org.childinneed.dsl.OutOfScope;
import org.junit.jupiter.api.Test;

/** slough.cin against the catalog's Slough rows: every clause encoded once or declared out of scope. */
class SloughPolicyTest {

    private static final List<String> CATALOG = IntStream.rangeClosed(1, 14).mapToObj(n -> String.format("SLO-%02d", n))
            .toList();

    @Test
    void compilesWithoutAnyDiagnostic() throws Exception {
        Compilation compilation = BundledPolicies.standard().compilation("slough");
        assertTrue(compilation.succeeded() && compilation.diagnostics().isEmpty(), compilation.diagnostics().toString());
    }

    @Test
    void everyCatalogClauseIsEncodedOrOutOfScopeExactlyOnce() throws Exception {
        CompiledPolicy slough = BundledPolicies.standard().get("slough");
        assertEquals(CATALOG, clausesOf(slough, "SLO-"));
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

    /** Every clause id with {@code prefix} the policy encodes or declares out of scope, sorted, repeats kept. */
    private static List<String> clausesOf(CompiledPolicy policy, String prefix) {
        Stream<String> encoded = policy.rules().stream().flatMap(r -> r.clauses().stream());
        Stream<String> outOfScope = policy.outOfScope().stream().map(OutOfScope::clause);
        return Stream.concat(encoded, outOfScope).filter(c -> c.startsWith(prefix)).sorted().toList();
    }
}
