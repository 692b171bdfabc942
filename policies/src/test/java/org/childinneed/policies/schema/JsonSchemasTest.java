package org.childinneed.policies.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.childinneed.model.Coded;
import org.childinneed.model.compliance.FindingKind;
import org.childinneed.model.compliance.ObligationKind;
import org.childinneed.model.compliance.ObligationStatus;
import org.childinneed.model.event.EventType;
import org.childinneed.model.meeting.Role;
import org.childinneed.model.plan.ClosureReason;
import org.childinneed.model.timeline.CaseRecord;
import org.childinneed.policies.bundled.BundledPolicies;
import org.childinneed.policies.casefile.CaseFileReader;
import org.childinneed.policies.report.JsonReport;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas shipped in the jar ({@code org/childinneed/policies/schema/}) and in
 * {@code docs/schemas/}: generated from the model, identical in both places, and agreeing with
 * every example case file, bundled scenario and report the examples produce.
 */
class JsonSchemasTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path EXAMPLES = Path.of("../examples");
    private static final Path DOCS = Path.of("../docs/schemas");
    private static final Path RESOURCES = Path.of("src/main/resources/org/childinneed/policies/schema");
    /** Bad examples whose fault only the reader can see: a schema cannot follow a reference. */
    private static final Set<String> ONLY_THE_READER_TELLS = Set.of("dangling-meeting-ref.json");

    @Test
    void the_shipped_schemas_are_the_ones_the_model_generates_in_the_jar_and_in_docs() throws IOException {
        Map<String, String> generated = SchemaGenerator.all();
        if (Boolean.getBoolean("schemas.write")) {
            Files.createDirectories(DOCS);
            Files.createDirectories(RESOURCES);
            for (Map.Entry<String, String> file : generated.entrySet()) {
                Files.writeString(DOCS.resolve(file.getKey()), file.getValue());
                Files.writeString(RESOURCES.resolve(file.getKey()), file.getValue());
            }
        }
        for (Map.Entry<String, String> file : generated.entrySet()) {
            String hint = file.getKey() + " differs from the model: run this test with -Dschemas.write=true";
            assertEquals(file.getValue(), Files.readString(DOCS.resolve(file.getKey())), hint);
            try (InputStream in = JsonReport.class.getResourceAsStream("/org/childinneed/policies/schema/" + file.getKey())) {
                assertEquals(file.getValue(), new String(in.readAllBytes(), StandardCharsets.UTF_8), hint);
            }
        }
    }

    @Test
    void the_code_lists_are_the_models_codes() throws IOException {
        JsonNode caseFile = shipped("case-file.schema.json");
        assertEquals(EventType.national().stream().map(EventType::code).toList(), texts(caseFile.at("/$defs/event/properties/type/enum")));
        assertEquals(codes(Role.class), texts(caseFile.at("/$defs/role/enum")));
        assertEquals(codes(ClosureReason.class), texts(caseFile.at("/$defs/closure-reason/enum")));
        JsonNode report = shipped("report.schema.json");
        assertEquals(codes(ObligationStatus.class), texts(report.at("/$defs/obligation/properties/status/enum")));
        assertEquals(codes(ObligationKind.class), texts(report.at("/$defs/obligation/properties/kind/enum")));
        assertEquals(codes(FindingKind.class), texts(report.at("/$defs/finding/properties/kind/enum")));
    }

    @Test
    void every_good_example_is_a_valid_case_file_and_every_bad_one_the_schema_can_judge_is_not() throws IOException {
        JsonSchema schema = schema("case-file.schema.json");
        List<Path> files = jsonFiles(EXAMPLES);
        assertFalse(files.isEmpty());
        for (Path file : files) {
            boolean bad = file.getParent().getFileName().toString().equals("bad");
            if (!bad) {
                assertEquals(Set.of(), schema.validate(MAPPER.readTree(file.toFile())), file.toString());
            } else if (file.getFileName().toString().equals("not-json.json")) {
                assertThrows(IOException.class, () -> MAPPER.readTree(file.toFile()));
            } else if (!ONLY_THE_READER_TELLS.contains(file.getFileName().toString())) {
                assertFalse(schema.validate(MAPPER.readTree(file.toFile())).isEmpty(), file + " should not validate");
            }
        }
    }

    @Test
    void every_bundled_scenario_is_valid() throws IOException {
        JsonSchema schema = schema("scenario.schema.json");
        List<Path> files = jsonFiles(Path.of("scenarios"));
        assertTrue(files.size() > 20);
        for (Path file : files) {
            assertEquals(Set.of(), schema.validate(withoutDeclaredVocabulary(MAPPER.readTree(file.toFile()))), file.toString());
        }
    }

    /**
     * A scenario without the events and kinds its bundled policy declares: the schemas list the national
     * codes only (README, "Declared vocabulary"), and the scenario reader checks the declared ones.
     */
    private static JsonNode withoutDeclaredVocabulary(JsonNode scenario) {
        BundledPolicies bundled = BundledPolicies.standard();
        String id = scenario.path("policy").asText("");
        if (!bundled.ids().contains(id)) {
            return scenario;
        }
        var policy = bundled.get(id);
        Set<String> events = new java.util.HashSet<>();
        policy.declaredEvents().forEach(e -> events.add(e.code()));
        Set<String> kinds = new java.util.HashSet<>();
        policy.declaredObligationKinds().forEach(k -> kinds.add(k.code()));
        policy.declaredFindingKinds().forEach(k -> kinds.add(k.code()));
        JsonNode copy = scenario.deepCopy();
        if (copy.path("case").path("events") instanceof com.fasterxml.jackson.databind.node.ArrayNode list) {
            for (int i = list.size() - 1; i >= 0; i--) {
                if (events.contains(list.get(i).path("type").asText(""))) {
                    list.remove(i);
                }
            }
        }
        copy.path("expect").forEach(items -> items.forEach(item -> {
            if (item instanceof com.fasterxml.jackson.databind.node.ObjectNode o && kinds.contains(o.path("kind").asText(""))) {
                o.remove("kind");
            }
        }));
        return copy;
    }

    @Test
    void the_report_of_every_example_is_valid_alone_and_in_an_array() throws IOException {
        JsonSchema schema = schema("report.schema.json");
        BundledPolicies policies = BundledPolicies.standard();
        List<org.childinneed.model.compliance.ComplianceReport> reports = new ArrayList<>();
        for (Path file : jsonFiles(EXAMPLES)) {
            String policy = file.getParent().getFileName().toString();
            if (policy.equals("bad")) {
                continue;
            }
            CaseRecord record = CaseFileReader.read(file);
            for (LocalDate asOf : List.of(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 6, 1))) {
                reports.add(policies.get(policy).evaluate(record, asOf));
            }
        }
        for (var report : reports) {
            assertEquals(Set.of(), schema.validate(MAPPER.readTree(JsonReport.render(List.of(report)))), report.caseId());
        }
        Set<ValidationMessage> all = schema.validate(MAPPER.readTree(JsonReport.render(reports)));
        assertEquals(Set.of(), all);
        assertFalse(schema.validate(MAPPER.readTree("{\"case\": \"K-1\"}")).isEmpty());
    }

    /**
     * {@code cin schema --policy walsall.cin}: the case-file schema with what the policy declares
     * accepts the case of a Walsall scenario (added attributes, a declared event type, times), which
     * the national schema refuses (the declared type is unknown to it), and refuses a code the
     * policy does not declare.
     */
    @Test
    void the_schema_of_a_policys_declared_vocabulary_accepts_its_cases() throws Exception {
        Path folder = Path.of("..", "dsl", "src", "test", "resources", "sixth-authority");
        org.childinneed.dsl.CompiledPolicy walsall = BundledPolicies.standard().compile(folder.resolve("walsall.cin"))
                .policy().orElseThrow();
        String text = org.childinneed.policies.internal.schema.CaseFileSchema.text("walsall", walsall.declaredVocabulary());
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        JsonSchema declared = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(MAPPER.readTree(text), config);
        for (String name : List.of("05-manager-discussion-within-48-hours.json", "06-management-decision-record.json",
                "07-review-records.json")) {
            JsonNode caseFile = MAPPER.readTree(folder.resolve(name).toFile()).get("case");
            assertEquals(Set.of(), declared.validate(caseFile), name);
        }
        JsonNode withDiscussion = MAPPER.readTree(folder.resolve("05-manager-discussion-within-48-hours.json").toFile()).get("case");
        assertFalse(schema("case-file.schema.json").validate(withDiscussion).isEmpty(), "the national schema knows no manager-discussion");
        JsonNode badCode = MAPPER.readTree("{\"case\": \"W\", \"child\": {\"born\": \"2015-01-01\"}, \"events\": ["
                + "{\"type\": \"visit\", \"date\": \"2027-01-04\", \"seen\": \"sometimes\"}]}");
        assertFalse(declared.validate(badCode).isEmpty(), "'sometimes' is no code of seen");
        JsonNode badTime = MAPPER.readTree("{\"case\": \"W\", \"child\": {\"born\": \"2015-01-01\"}, \"events\": ["
                + "{\"type\": \"visit\", \"date\": \"2027-01-04\", \"time\": \"25:00\"}]}");
        assertFalse(schema("case-file.schema.json").validate(badTime).isEmpty(), "25:00 is no time of day");
        assertEquals(SchemaGenerator.caseFile(), org.childinneed.policies.internal.schema.CaseFileSchema.text("working-together",
                BundledPolicies.standard().get("working-together").declaredVocabulary()), "a policy declaring nothing: the national schema");
    }

    private static JsonSchema schema(String name) throws IOException {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(shipped(name), config);
    }

    private static JsonNode shipped(String name) throws IOException {
        try (InputStream in = JsonReport.class.getResourceAsStream("/org/childinneed/policies/schema/" + name)) {
            return MAPPER.readTree(in);
        }
    }

    private static List<Path> jsonFiles(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static <E extends Enum<E> & Coded> List<String> codes(Class<E> type) {
        return Coded.codes(type);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
