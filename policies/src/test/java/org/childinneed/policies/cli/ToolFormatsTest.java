package org.childinneed.policies.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.childinneed.policies.cli.Cin.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** {@code cin test --format junit|json} and {@code cin lint --format json|sarif}, validated against their schemas. */
class ToolFormatsTest {

    private static final Path SCENARIOS = Path.of("scenarios");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String BROKEN = """
            policy broken "Broken"
              version "1"
              source "kent.txt"
              extends kent

            override rule KEN-01 "Initial meeting within 10 working days"
              cite "5. Child in Need Meetings"
              obligation initial-meeting
                when assessment-complete with outcome in-need
                due within 10 working days
                met by meeting with meeting initial
            """;

    @Test
    void junitXmlHasATestcasePerScenarioAndFailuresCarryTheMismatch(@TempDir Path dir) throws Exception {
        Path failing = Files.writeString(dir.resolve("failing.json"), Files.readString(
                SCENARIOS.resolve("kent/01-initial-meeting-late-over-christmas.json")).replace("\"2027-01-05\"", "\"2027-01-04\""));
        Path bad = Files.writeString(dir.resolve("bad.json"), "{ \"scenario\": 1 }");
        Path kent = SCENARIOS.resolve("kent");
        Run run = Cin.run("test", "--format", "junit", kent.toString(), failing.toString(), bad.toString());
        assertEquals(2, run.status(), run.err());
        validateJunit(run.out());

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(run.out())));
        NodeList cases = xml.getElementsByTagName("testcase");
        long files;
        try (var walk = Files.walk(kent)) {
            files = walk.filter(p -> p.toString().endsWith(".json")).count();
        }
        assertEquals(files + 2, cases.getLength());
        assertEquals(String.valueOf(files + 2), xml.getDocumentElement().getAttribute("tests"));
        assertEquals("1", xml.getDocumentElement().getAttribute("failures"));
        assertEquals("1", xml.getDocumentElement().getAttribute("errors"));
        Element failure = (Element) xml.getElementsByTagName("failure").item(0);
        assertEquals("cin.kent", ((Element) failure.getParentNode()).getAttribute("classname"));
        assertTrue(failure.getTextContent().contains("due: expected 2027-01-04, report has 2027-01-05"), failure.getTextContent());
        assertTrue(failure.getAttribute("message").startsWith("missing obligation expect.obligations[0]"),
                failure.getAttribute("message"));
    }

    @Test
    void junitXmlGoesToAFileWithDashO(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("TEST-cin.xml");
        Run run = Cin.run("test", "--format", "junit", "-o", report.toString(), SCENARIOS.resolve("sefton").toString());
        assertEquals(0, run.status(), run.err());
        validateJunit(Files.readString(report));
    }

    @Test
    void testJsonListsEachScenarioWithItsOutcome(@TempDir Path dir) throws Exception {
        Path failing = Files.writeString(dir.resolve("failing.json"), Files.readString(
                SCENARIOS.resolve("kent/01-initial-meeting-late-over-christmas.json")).replace("\"2027-01-05\"", "\"2027-01-04\""));
        Run run = Cin.run("test", "--format", "json", failing.toString(), SCENARIOS.resolve("kent").toString());
        assertEquals(1, run.status(), run.err());
        JsonNode root = JSON.readTree(run.out());
        assertEquals("failed", root.get("scenarios").get(0).get("outcome").asText());
        assertEquals("kent", root.get("scenarios").get(0).get("policy").asText());
        assertEquals(failing.toString(), root.get("scenarios").get(0).get("file").asText());
        assertEquals(1, root.get("failed").asInt());
        assertEquals(root.get("scenarios").size() - 1, root.get("passed").asInt());
    }

    @Test
    void sarifIsValidAndEachResultHasTheDiagnosticsCodeLocationAndMessage(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.cin"), BROKEN);
        Path missing = dir.resolve("missing.cin");
        Run run = Cin.run("lint", "--format", "sarif", broken.toString(), "kent", missing.toString());
        assertEquals(2, run.status());
        assertEquals("", run.err());
        JsonNode log = JSON.readTree(run.out());
        Set<ValidationMessage> problems = sarifSchema().validate(log);
        assertTrue(problems.isEmpty(), problems.toString());

        JsonNode sarifRun = log.get("runs").get(0);
        JsonNode rules = sarifRun.get("tool").get("driver").get("rules");
        JsonNode first = sarifRun.get("results").get(0);
        assertEquals("unknown-event-type", first.get("ruleId").asText());
        assertEquals("unknown-event-type", rules.get(first.get("ruleIndex").asInt()).get("id").asText());
        assertEquals("error", first.get("level").asText());
        assertTrue(first.get("message").get("text").asText().startsWith("unknown event type 'assessment-complete'"));
        JsonNode location = first.get("locations").get(0).get("physicalLocation");
        assertEquals(broken.toUri().toString(), location.get("artifactLocation").get("uri").asText());
        assertEquals(9, location.get("region").get("startLine").asInt());
        assertEquals(10, location.get("region").get("startColumn").asInt());
        JsonNode last = sarifRun.get("results").get(sarifRun.get("results").size() - 1);
        assertEquals("script-unreadable", last.get("ruleId").asText());
        assertEquals("script-unreadable", rules.get(last.get("ruleIndex").asInt()).get("id").asText());
    }

    @Test
    void sarifOfCleanScriptsHasNoResults() throws Exception {
        Run run = Cin.run("lint", "--format", "sarif", "kent", "slough");
        assertEquals(0, run.status(), run.err());
        JsonNode log = JSON.readTree(run.out());
        assertTrue(sarifSchema().validate(log).isEmpty());
        assertEquals(0, log.get("runs").get(0).get("results").size());
    }

    @Test
    void lintJsonGivesEachDiagnosticWithItsCode(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.cin"), BROKEN + "\nrule\n");
        Run run = Cin.run("lint", "--format", "json", broken.toString(), "kent");
        assertEquals(2, run.status());
        JsonNode root = JSON.readTree(run.out());
        JsonNode diagnostics = root.get("scripts").get(0).get("diagnostics");
        assertEquals("unknown-event-type", diagnostics.get(0).get("code").asText());
        assertEquals("did you mean 'assessment-completed'?", diagnostics.get(0).get("hint").asText());
        assertEquals("syntax-error", diagnostics.get(diagnostics.size() - 1).get("code").asText());
        assertEquals("ok", root.get("scripts").get(1).get("errors").asInt() == 0 ? "ok" : "errors");
        assertEquals(root.get("scripts").get(0).get("errors").asInt(), root.get("errors").asInt());
    }

    @Test
    void lintStaysHumanFirstByDefault(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.cin"), BROKEN);
        Run run = Cin.run("lint", broken.toString());
        assertTrue(run.err().startsWith(broken + ":9:10: error: unknown event type"), run.err());
        assertEquals(broken + ": 1 error, 0 warnings\n", run.out());
    }

    static void validateJunit(String xml) throws Exception {
        try (InputStream xsd = ToolFormatsTest.class.getResourceAsStream("/schemas/junit.xsd")) {
            SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(new StreamSource(xsd))
                    .newValidator().validate(new StreamSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        }
    }

    static JsonSchema sarifSchema() throws Exception {
        try (InputStream in = ToolFormatsTest.class.getResourceAsStream("/schemas/sarif-2.1.0-rtm.5.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
    }
}
