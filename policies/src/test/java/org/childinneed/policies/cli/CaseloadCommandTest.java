package org.childinneed.policies.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.childinneed.policies.bundled.BundledPolicies;
import org.childinneed.policies.casefile.CaseFileReader;
import org.childinneed.policies.report.JsonReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} over a caseload: streaming order, damaged files, --jobs, ndjson, csv, the JSON shape, the summary. */
class CaseloadCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AS_OF = "2026-11-22";

    /** Every example case file of every authority, copied into one folder (their names kept apart). */
    private static Path caseload(Path dir) throws IOException {
        Path cases = Files.createDirectories(dir.resolve("cases"));
        try (var files = Files.walk(Cin.EXAMPLES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json") && !p.toString().contains("/bad/")).toList()) {
                Path parent = Files.createDirectories(cases.resolve(file.getParent().getFileName().toString()));
                Files.copy(file, parent.resolve(file.getFileName()));
            }
        }
        return cases;
    }

    @Test
    void a_damaged_file_in_the_middle_loses_no_report_before_or_after_it(@TempDir Path dir) throws IOException {
        Path cases = Files.createDirectories(dir.resolve("cases"));
        String good = Files.readString(Path.of(Cin.example("kent/initial-meeting-over-christmas.json")));
        Files.writeString(cases.resolve("1.json"), good);
        Files.writeString(cases.resolve("2.json"), good.substring(0, good.length() / 2));
        Files.writeString(cases.resolve("3.json"), good);
        Cin.Run run = Cin.run("check", "--policy", "kent", "--as-of", AS_OF, "--format", "ndjson", cases.toString());
        assertEquals(ExitStatus.BAD_INPUT, run.status());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out());
        assertTrue(JSON.readTree(lines.get(0)).get("file").asText().endsWith("1.json"));
        assertTrue(JSON.readTree(lines.get(1)).get("file").asText().endsWith("3.json"));
        assertTrue(run.err().contains("2.json"), run.err());
        assertTrue(run.err().contains("cin: 1 of 3 case files could not be read"), run.err());
    }

    @Test
    void ndjson_names_each_file_and_holds_the_contract_report(@TempDir Path dir) throws Exception {
        Path cases = caseload(dir);
        Cin.Run run = Cin.run("check", "--policy", "kent", "--as-of", AS_OF, "--format", "ndjson", cases.toString());
        List<String> lines = run.out().lines().toList();
        List<Path> files;
        try (var walk = Files.walk(cases)) {
            files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertEquals(files.size(), lines.size());
        var kent = BundledPolicies.standard().get("kent");
        for (int i = 0; i < lines.size(); i++) {
            ObjectNode line = (ObjectNode) JSON.readTree(lines.get(i));
            assertEquals(files.get(i).toString(), line.remove("file").asText());
            assertTrue(line.remove("entry").isNull());
            JsonNode expected = JSON.readTree(JsonReport.render(List.of(kent.evaluate(CaseFileReader.read(files.get(i)),
                    LocalDate.parse(AS_OF))), false));
            assertEquals(expected, line);
        }
    }

    @Test
    void the_output_is_the_same_whatever_the_number_of_jobs(@TempDir Path dir) throws IOException {
        Path cases = caseload(dir);
        for (String format : List.of("text", "json", "ndjson", "csv")) {
            String one = Cin.run("check", "-p", "kent", "--as-of", AS_OF, "-f", format, "--jobs", "1", cases.toString()).out();
            String four = Cin.run("check", "-p", "kent", "--as-of", AS_OF, "-f", format, "--jobs", "4", cases.toString()).out();
            assertFalse(one.isEmpty());
            assertEquals(one, four, format);
        }
    }

    @Test
    void csv_has_a_row_per_obligation_and_per_finding_that_a_csv_reader_parses_back(@TempDir Path dir) throws IOException {
        Path cases = caseload(dir);
        Cin.Run run = Cin.run("check", "-p", "kent", "--as-of", AS_OF, "-f", "csv", cases.toString());
        List<Map<String, String>> rows = csv(run.out());
        Map<String, JsonNode> reports = new HashMap<>();
        for (String line : Cin.run("check", "-p", "kent", "--as-of", AS_OF, "-f", "ndjson", cases.toString()).out().lines().toList()) {
            JsonNode report = JSON.readTree(line);
            reports.put(report.get("file").asText(), report);
        }
        int expected = reports.values().stream().mapToInt(r -> r.get("obligations").size() + r.get("findings").size()).sum();
        assertEquals(expected, rows.size());
        Map<String, Integer> seen = new HashMap<>();
        for (Map<String, String> row : rows) {
            JsonNode report = reports.get(row.get("file"));
            assertEquals(report.get("case").asText(), row.get("case"));
            String kind = row.get("row").equals("obligation") ? "obligations" : "findings";
            int index = seen.merge(row.get("file") + kind, 1, Integer::sum) - 1;
            JsonNode item = report.get(kind).get(index);
            assertEquals(item.get("rule").asText(), row.get("rule"));
            assertEquals(item.get("kind").asText(), row.get("kind"));
            if (kind.equals("obligations")) {
                assertEquals(item.get("status").asText(), row.get("status"));
                assertEquals(item.get("due").asText(), row.get("due"));
                assertEquals(item.get("triggerDate").asText(), row.get("triggerDate"));
            } else {
                assertEquals(item.get("date").asText(), row.get("date"));
                assertEquals(item.get("message").asText(), row.get("message"));
            }
        }
    }

    @Test
    void json_is_an_object_for_one_named_file_and_an_array_for_a_folder_whatever_it_holds(@TempDir Path dir) throws IOException {
        Path one = Files.createDirectories(dir.resolve("one"));
        Files.copy(Path.of(Cin.example("kent/initial-meeting-over-christmas.json")), one.resolve("a.json"));
        assertTrue(JSON.readTree(Cin.run("check", "-p", "kent", "-f", "json", one.resolve("a.json").toString()).out()).isObject());
        JsonNode folder = JSON.readTree(Cin.run("check", "-p", "kent", "-f", "json", one.toString()).out());
        assertTrue(folder.isArray());
        assertEquals(1, folder.size());
    }

    @Test
    void the_summary_counts_equal_a_count_over_the_per_case_reports(@TempDir Path dir) throws IOException {
        Path cases = caseload(dir);
        Map<String, Map<String, Integer>> counted = new HashMap<>();
        int attention = 0;
        int findings = 0;
        List<String> lines = Cin.run("check", "-p", "kent", "--as-of", AS_OF, "-f", "ndjson", cases.toString()).out().lines().toList();
        for (String line : lines) {
            JsonNode report = JSON.readTree(line);
            boolean overdue = false;
            for (JsonNode o : report.get("obligations")) {
                counted.computeIfAbsent(o.get("rule").asText(), r -> new HashMap<>()).merge(o.get("status").asText(), 1, Integer::sum);
                overdue |= o.get("status").asText().equals("overdue");
            }
            findings += report.get("findings").size();
            if (overdue || report.get("findings").size() > 0) {
                attention++;
            }
        }
        JsonNode summary = JSON.readTree(Cin.run("summary", "-p", "kent", "--as-of", AS_OF, "-f", "json", cases.toString()).out());
        assertEquals(lines.size(), summary.get("cases").asInt());
        assertEquals(attention, summary.get("needingAttention").asInt());
        assertEquals(findings, summary.get("findings").asInt());
        assertEquals(counted.size(), summary.get("byRule").size());
        for (JsonNode rule : summary.get("byRule")) {
            Map<String, Integer> c = counted.get(rule.get("rule").asText());
            assertEquals(c.getOrDefault("met", 0), rule.get("met").asInt());
            assertEquals(c.getOrDefault("met-late", 0), rule.get("metLate").asInt());
            assertEquals(c.getOrDefault("overdue", 0), rule.get("overdue").asInt());
            assertEquals(c.getOrDefault("open", 0), rule.get("open").asInt());
            assertEquals(c.getOrDefault("cancelled", 0), rule.get("cancelled").asInt());
        }
        List<Map<String, String>> csv = csv(Cin.run("summary", "-p", "kent", "--as-of", AS_OF, "-f", "csv", cases.toString()).out());
        long attentionRows = csv.stream().filter(r -> r.get("scope").equals("attention")).count();
        assertEquals(Math.min(attention, 100), attentionRows);
        String text = Cin.run("summary", "-p", "kent", "--as-of", AS_OF, cases.toString()).out();
        assertTrue(text.contains(lines.size() + " cases, " + attention + " need attention"), text);
    }

    private static List<Map<String, String>> csv(String text) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }
}
