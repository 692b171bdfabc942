package org.childinneed.policies.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.childinneed.policies.scenario.ScenarioResult;
import org.childinneed.policies.scenario.ScenarioSummary;

/** {@code cin test}'s documents for tools: JUnit XML (the Ant/Surefire shape CI servers read) and JSON. */
final class ScenarioDocuments {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ScenarioDocuments() {
    }

    /**
     * One {@code <testsuite name="cin scenarios">} with a {@code <testcase>} per scenario file:
     * {@code classname} the policy id, {@code name} the scenario's title and file; a failed
     * scenario holds a {@code <failure>} with every mismatch, one that could not be run an
     * {@code <error>}, a skipped one {@code <skipped>} with its reason.
     */
    static String junitXml(ScenarioSummary summary, double seconds) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "cin scenarios");
            xml.writeAttribute("tests", String.valueOf(summary.results().size()));
            xml.writeAttribute("failures", String.valueOf(count(summary, ScenarioResult.Outcome.FAILED)));
            xml.writeAttribute("errors", String.valueOf(count(summary, ScenarioResult.Outcome.ERROR)));
            xml.writeAttribute("skipped", String.valueOf(summary.skipped()));
            xml.writeAttribute("time", String.format(Locale.ROOT, "%.3f", seconds));
            for (ScenarioResult result : summary.results()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testcase");
                xml.writeAttribute("classname", className(result));
                xml.writeAttribute("name", result.name() + " [" + result.source() + "]");
                xml.writeAttribute("file", result.source());
                String element = switch (result.outcome()) {
                    case PASSED -> null;
                    case FAILED -> "failure";
                    case ERROR -> "error";
                    case SKIPPED -> "skipped";
                };
                if (element != null) {
                    String details = String.join("\n", result.details());
                    xml.writeCharacters("\n    ");
                    xml.writeStartElement(element);
                    xml.writeAttribute("message", result.details().isEmpty() ? result.outcome().name().toLowerCase(Locale.ROOT)
                            : result.details().get(0));
                    if (!"skipped".equals(element)) {
                        xml.writeAttribute("type", "failure".equals(element) ? "ScenarioMismatch" : "ScenarioError");
                        xml.writeCharacters(details);
                    }
                    xml.writeEndElement();
                    xml.writeCharacters("\n  ");
                }
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML", e);
        }
        return text.toString();
    }

    /**
     * {@code {"scenarios": [{"file", "name", "policy", "outcome", "details": [...]}], "passed",
     * "failed", "skipped"}}, outcomes {@code passed}, {@code failed}, {@code error}, {@code skipped};
     * {@code policy} is {@code null} when the file named no known policy.
     */
    static String json(ScenarioSummary summary) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode scenarios = root.putArray("scenarios");
        for (ScenarioResult result : summary.results()) {
            ObjectNode node = scenarios.addObject().put("file", result.source()).put("name", result.name())
                    .put("policy", result.policy().map(p -> p.info().id()).orElse(null))
                    .put("outcome", result.outcome().name().toLowerCase(Locale.ROOT));
            ArrayNode details = node.putArray("details");
            result.details().forEach(details::add);
        }
        root.put("passed", summary.passed()).put("failed", summary.failed()).put("skipped", summary.skipped());
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static String className(ScenarioResult result) {
        return "cin." + result.policy().map(p -> p.info().id()).orElse("unknown-policy");
    }

    private static long count(ScenarioSummary summary, ScenarioResult.Outcome outcome) {
        return summary.results().stream().filter(r -> r.outcome() == outcome).count();
    }
}
