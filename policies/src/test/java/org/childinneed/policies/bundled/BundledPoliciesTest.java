package org.childinneed.policies.bundled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.childinneed.dsl.Compilation;
import org.childinneed.dsl.CompiledPolicy;
import org.childinneed.dsl.RuleSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledPoliciesTest {

    private static final BundledPolicies BUNDLED = BundledPolicies.standard();

    /**
     * The catalogue ({@code policies/catalogue.txt}), which the bundled policies are listed from,
     * names exactly the scripts in the folder, in name order; run this test with
     * {@code -Dcatalogue.write=true} to rewrite it after adding or removing a script.
     */
    @Test
    void theCatalogueListsExactlyTheScriptsInTheFolder() throws IOException {
        Path folder = Path.of("src/main/resources/policies");
        String scripts;
        try (Stream<Path> files = Files.list(folder)) {
            scripts = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".cin")).sorted()
                    .map(n -> n + "\n").collect(java.util.stream.Collectors.joining());
        }
        Path catalogue = Path.of("src/main/resources", BundledPolicies.CATALOGUE);
        if (Boolean.getBoolean("catalogue.write")) {
            Files.writeString(catalogue, scripts);
        }
        assertEquals(scripts, Files.readString(catalogue), catalogue + " differs from the scripts beside it: "
                + "run this test with -Dcatalogue.write=true");
        assertEquals(BUNDLED.ids().stream().flatMap(id -> BUNDLED.versions(id).stream()).map(s -> s.name()).sorted()
                .map(n -> n + "\n").collect(java.util.stream.Collectors.joining()), scripts);
    }

    @Test
    void theIdsAreExactlyTheScriptsShippedInResources() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/policies"))) {
            List<String> scripts = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".cin"))
                    .map(n -> n.substring(0, n.length() - 4)).filter(n -> !n.contains("@")).sorted().toList();
            assertEquals(scripts, BUNDLED.ids());
        }
        assertTrue(BUNDLED.ids().contains("kent") && BUNDLED.ids().contains("working-together"), BUNDLED.ids().toString());
    }

    @Test
    void everyBundledPolicyCompilesWithItsOwnIdAndIsCompiledOnce() throws Exception {
        for (String id : BUNDLED.ids()) {
            CompiledPolicy policy = BUNDLED.get(id);
            assertEquals(id, policy.info().id());
            assertSame(policy, BUNDLED.get(id));
            assertSame(policy, BUNDLED.load(id));
        }
    }

    @Test
    void anUnknownIdGetsADidYouMeanAndTheList() {
        PolicyNotFoundException e = assertThrows(PolicyNotFoundException.class, () -> BUNDLED.get("knet"));
        assertTrue(e.getMessage().startsWith("unknown policy 'knet'; did you mean 'kent'? Bundled policies: "), e.getMessage());
        assertTrue(e.getMessage().contains("working-together"), e.getMessage());
        PolicyNotFoundException far = assertThrows(PolicyNotFoundException.class, () -> BUNDLED.load("Zebedee Quintrell"));
        assertTrue(far.getMessage().startsWith("unknown policy. Bundled policies: "), far.getMessage());
        assertFalse(far.getMessage().contains("Zebedee"));
    }

    @Test
    void aScriptGivenByPathMayExtendABundledPolicy(@TempDir Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("local-kent.cin"), """
                policy local-kent "Kent, as adopted locally"
                  version "2026-11"
                  source "kent.txt"
                  extends kent
                """);
        CompiledPolicy policy = BUNDLED.load(script.toString());
        assertEquals("local-kent", policy.info().id());
        List<RuleSummary> rules = policy.rules();
        assertEquals(BUNDLED.get("kent").rules().size(), rules.size());
        assertTrue(rules.stream().allMatch(r -> r.inheritedFrom().isPresent()), rules.toString());
    }

    @Test
    void aScriptBesideTheOneGivenIsFoundBeforeABundledOne(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("kent.cin"), """
                policy kent "A local copy of Kent with no rules of its own"
                  version "local"
                  source "kent.txt"
                """);
        Path child = Files.writeString(dir.resolve("variant.cin"), """
                policy variant "Extends the local kent"
                  version "1"
                  source "kent.txt"
                  extends kent
                """);
        Compilation compilation = BUNDLED.compile(child);
        assertTrue(compilation.succeeded(), compilation.render());
        assertEquals(List.of(), compilation.policy().orElseThrow().rules());
    }

    @Test
    void aMissingScriptIsNotFound(@TempDir Path dir) {
        String missing = dir.resolve("nope.cin").toString();
        PolicyNotFoundException e = assertThrows(PolicyNotFoundException.class, () -> BUNDLED.load(missing));
        assertEquals(missing + ": no such policy file", e.getMessage());
    }

    @Test
    void aScriptWithErrorsGivesEveryDiagnostic(@TempDir Path dir) throws IOException {
        Path script = Files.writeString(dir.resolve("broken.cin"), """
                policy broken "Broken"
                  version "1"
                  source "kent.txt"
                  extends kent

                override rule KEN-01 "misspelt event"
                  cite "5. Child in Need Meetings"
                  obligation initial-meeting
                    when assessment-complete with outcome in-need
                    due within 10 working days
                    met by meeting with meeting initial
                """);
        PolicyCompilationException e = assertThrows(PolicyCompilationException.class, () -> BUNDLED.load(script.toString()));
        assertFalse(e.bundled());
        assertFalse(e.diagnostics().isEmpty());
        assertTrue(e.getMessage().startsWith(script + ": "), e.getMessage());
        assertTrue(e.diagnostics().get(0).render().contains("broken.cin:9:"), e.diagnostics().get(0).render());
    }

    @Test
    void pathsAreToldFromIds() {
        assertTrue(BundledPolicies.isPath("my-policy.cin"));
        assertTrue(BundledPolicies.isPath("policies/kent"));
        assertFalse(BundledPolicies.isPath("kent"));
    }

    @Test
    void theScenarioLookupFindsBundledPoliciesAndScripts() {
        assertEquals("kent", BUNDLED.lookup().find("kent").orElseThrow().info().id());
        assertTrue(BUNDLED.lookup().find("nope").isEmpty());
        assertEquals(BUNDLED.ids(), BUNDLED.lookup().known());
    }
}
