package org.childinneed.policies.bundled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.childinneed.dsl.CompiledPolicy;
import org.childinneed.dsl.OutOfScope;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/clauses.md} against the bundled scripts and scenarios: the catalog's 73 clause ids,
 * each encoded by the rules listed (or out of scope) and pinned by the scenarios listed; the
 * clauses the catalog lacks yet; and the scenarios that pin each reading the product owner decided.
 */
class CatalogAuditTest {

    private static final Path TABLE = Path.of("..", "docs", "clauses.md");
    private static final Path SCENARIOS = Path.of("scenarios");
    private static final String CATALOG = "| clause | rule | scenarios |";
    private static final String READINGS = "| clause | scenarios |";
    private static final String OUT_OF_SCOPE = "out of scope";
    private static final Map<String, String> POLICIES = Map.of("SEF", "sefton", "SLO", "slough", "CWC", "cheshire-west",
            "KEN", "kent", "HER", "herefordshire");

    @Test
    void theTableListsTheCatalogsSeventyThreeClauses() throws IOException {
        List<String> expected = Stream.of(CatalogClauses.numbered("SEF-", 10), CatalogClauses.numbered("SLO-", 16),
                CatalogClauses.numbered("CWC-", 9), CatalogClauses.numbered("KEN-", 24), CatalogClauses.numbered("HER-", 14))
                .flatMap(List::stream).sorted().toList();
        assertEquals(expected, tables(CATALOG).get(0).keySet().stream().sorted().toList());
    }

    @Test
    void everyClauseIsEncodedByTheRulesListedOrOutOfScopeAndPinnedByTheScenariosListed() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Map<String, List<String>> table : tables(CATALOG)) {
            table.forEach((clause, columns) -> {
                CompiledPolicy policy = policyOf(clause);
                String rules = String.join(", ", new TreeSet<>(policy.rules().stream()
                        .filter(r -> r.inheritedFrom().isEmpty() && r.clauses().contains(clause)).map(r -> r.name()).toList()));
                boolean outOfScope = policy.outOfScope().stream().anyMatch(o -> o.clause().equals(clause));
                String expected = outOfScope ? OUT_OF_SCOPE : rules;
                if (!columns.get(0).equals(expected)) {
                    problems.add(clause + ": the table says '" + columns.get(0) + "', the script '" + expected + "'");
                }
                List<String> scenarios = list(columns.get(1));
                if (!outOfScope && scenarios.isEmpty()) {
                    problems.add(clause + ": no scenario pins it");
                }
                scenarios.forEach(s -> pins(s, clause, problems));
            });
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void noRuleOfTheFiveScriptsCitesAClauseMissingFromTheTable() throws IOException {
        List<String> listed = tables(CATALOG).stream().flatMap(t -> t.keySet().stream()).toList();
        List<String> missing = new ArrayList<>();
        for (String id : POLICIES.values()) {
            CompiledPolicy policy = BundledPolicies.standard().get(id);
            Stream.concat(policy.rules().stream().filter(r -> r.inheritedFrom().isEmpty()).flatMap(r -> r.clauses().stream()),
                    Stream.concat(policy.outOfScope().stream(), policy.notExpressible().stream()).map(OutOfScope::clause))
                    .filter(c -> !listed.contains(c)).forEach(c -> missing.add(id + ": " + c));
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyDecidedReadingIsPinnedByTheScenariosListed() throws IOException {
        List<String> catalog = List.copyOf(tables(CATALOG).get(0).keySet());
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> readings = tables(READINGS).get(0);
        assertTrue(readings.size() >= 19, readings.keySet().toString());
        readings.forEach((clause, columns) -> {
            if (!catalog.contains(clause)) {
                problems.add(clause + ": not a catalog clause");
            }
            List<String> scenarios = list(columns.get(0));
            if (scenarios.isEmpty()) {
                problems.add(clause + ": no scenario pins the reading");
            }
            scenarios.forEach(s -> pins(s, clause, problems));
        });
        assertEquals(List.of(), problems);
    }

    private static CompiledPolicy policyOf(String clause) {
        return BundledPolicies.standard().get(POLICIES.get(clause.substring(0, 3)));
    }

    private static void pins(String scenario, String clause, List<String> problems) {
        Path file = SCENARIOS.resolve(scenario);
        try {
            JsonNode pins = new ObjectMapper().readTree(file.toFile()).path("pins");
            List<String> named = new ArrayList<>();
            pins.forEach(p -> named.add(p.asText()));
            if (!named.contains(clause)) {
                problems.add(clause + ": " + scenario + " does not pin it (pins " + named + ")");
            }
        } catch (IOException e) {
            problems.add(clause + ": " + scenario + " cannot be read: " + e.getMessage());
        }
    }

    private static List<String> list(String column) {
        return column.isBlank() ? List.of() : List.of(column.split(",\\s*"));
    }

    /** The tables under each heading line equal to {@code header}: clause, then the other columns. */
    private static List<Map<String, List<String>>> tables(String header) throws IOException {
        List<Map<String, List<String>>> tables = new ArrayList<>();
        Map<String, List<String>> table = null;
        for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
            if (line.equals(header)) {
                table = new LinkedHashMap<>();
                tables.add(table);
            } else if (table != null && line.startsWith("| ")) {
                String[] cells = line.substring(1, line.length() - 1).split("\\|", -1);
                List<String> columns = new ArrayList<>();
                for (int i = 1; i < cells.length; i++) {
                    columns.add(cells[i].trim());
                }
                List<String> previous = table.put(cells[0].trim(), columns);
                assertTrue(previous == null, "listed twice: " + cells[0].trim());
            } else if (!line.startsWith("|")) {
                table = null;
            }
        }
        assertTrue(!tables.isEmpty(), "no table headed " + header + " in " + TABLE);
        return tables;
    }
}
