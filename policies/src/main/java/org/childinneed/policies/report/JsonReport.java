package org.childinneed.policies.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.childinneed.model.compliance.Citation;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.compliance.Explanation;
import org.childinneed.model.compliance.Finding;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.compliance.PolicyVersion;
import org.childinneed.model.event.EventRef;

/**
 * Compliance reports as JSON, with exactly the field names of contract section 2 (absent values
 * as {@code null}), plus a {@code severity} ({@code required} or {@code advisory}) and an {@code explanation} object on each obligation, a {@code version} object
 * on each obligation and finding naming the policy version that judged it, and, when some of the
 * case fell before a policy's first version took effect, a {@code notJudged} list.
 */
public final class JsonReport {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private JsonReport() {
    }

    /** One report as a JSON object. */
    static ObjectNode toJson(ComplianceReport report) {
        ObjectNode node = NODES.objectNode();
        node.put("case", report.caseId());
        node.put("policy", report.policy());
        node.put("asOf", report.asOf().toString());
        ArrayNode obligations = node.putArray("obligations");
        report.obligations().forEach(o -> obligations.add(toJson(o)));
        ArrayNode findings = node.putArray("findings");
        report.findings().forEach(f -> findings.add(toJson(f)));
        if (!report.notRequired().isEmpty()) {
            ArrayNode notRequired = node.putArray("notRequired");
            report.notRequired().forEach(n -> {
                ObjectNode item = notRequired.addObject();
                item.put("rule", n.rule());
                item.put("kind", n.kind().code());
                item.put("trigger", n.trigger().label());
                item.put("triggerDate", n.triggerDate().toString());
                item.put("explanation", "not required, because " + n.because());
                item.put("cite", n.cite().text());
            });
        }
        if (!report.notInForce().isEmpty() || !report.notJudged().isEmpty()) {
            ArrayNode notJudged = node.putArray("notJudged");
            report.notInForce().forEach(n -> {
                ObjectNode item = notJudged.addObject();
                item.put("rule", n.rule());
                item.put("event", n.event().label());
                item.put("date", n.date().toString());
                item.set("firstVersion", version(n.first()));
                item.put("reason", n.reason());
            });
            report.notJudged().forEach(n -> {
                ObjectNode item = notJudged.addObject();
                item.put("rule", n.rule());
                item.put("kind", n.kind().code());
                item.put("event", n.event().label());
                item.put("date", n.date().toString());
                item.put("reason", n.reason());
            });
        }
        return node;
    }

    /** {@code {"policy": "working-together", "label": "2023", "effective": "2023-12-15"}}. */
    private static ObjectNode version(PolicyVersion v) {
        ObjectNode node = NODES.objectNode();
        node.put("policy", v.policy());
        node.put("label", v.label());
        putDate(node, "effective", v.effective());
        return node;
    }

    private static void putVersion(ObjectNode node, Citation cite) {
        cite.version().ifPresent(v -> node.set("version", version(v)));
    }

    /** The text of one report (an object) or several (an array), pretty-printed, ending in a newline. */
    public static String render(List<ComplianceReport> reports) {
        return render(reports, reports.size() != 1);
    }

    /**
     * The reports as a JSON array, or when {@code asArray} is false and there is exactly one, as
     * that one object; pretty-printed, ending in a newline.
     */
    public static String render(List<ComplianceReport> reports, boolean asArray) {
        Object tree;
        if (!asArray && reports.size() == 1) {
            tree = toJson(reports.get(0));
        } else {
            ArrayNode array = NODES.arrayNode();
            reports.forEach(r -> array.add(toJson(r)));
            tree = array;
        }
        try {
            return MAPPER.writer(PRETTY).writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A generator that writes to {@code out} exactly as {@link #render} lays JSON out. */
    static JsonGenerator prettyGenerator(Writer out) throws IOException {
        return MAPPER.getFactory().createGenerator(out).setPrettyPrinter(PRETTY.createInstance())
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    /** {@code node} pretty-printed as {@link #render} lays JSON out, ending in a newline. */
    static String pretty(ObjectNode node) {
        try {
            return MAPPER.writer(PRETTY).writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code node} as JSON on one line. */
    static String compact(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode toJson(Obligation o) {
        ObjectNode node = NODES.objectNode();
        node.put("rule", o.rule());
        node.put("kind", o.kind().code());
        node.put("trigger", o.trigger().label());
        node.put("triggerDate", o.triggerDate().toString());
        putDate(node, "earliest", o.earliest());
        if (o.hasDueDate()) {
            node.put("due", o.due().toString());
        } else {
            node.putNull("due"); // no due date: open until met (docs/report.md)
        }
        node.put("status", o.status().code());
        node.put("satisfiedBy", o.satisfiedBy().map(EventRef::label).orElse(null));
        putDate(node, "satisfiedOn", o.satisfiedOn());
        node.put("cite", o.cite().text());
        node.put("severity", o.severity().code());
        Explanation e = o.explanation();
        ObjectNode explanation = node.putObject("explanation");
        explanation.put("trigger", e.trigger());
        explanation.put("computation", e.computation());
        explanation.put("resolution", e.resolution());
        putVersion(node, o.cite());
        return node;
    }

    private static ObjectNode toJson(Finding f) {
        ObjectNode node = NODES.objectNode();
        node.put("rule", f.rule());
        node.put("kind", f.kind().code());
        node.put("event", f.event().label());
        node.put("date", f.date().toString());
        node.put("message", f.message());
        node.put("cite", f.cite().text());
        node.put("severity", f.severity().code());
        putVersion(node, f.cite());
        return node;
    }

    private static void putDate(ObjectNode node, String field, Optional<LocalDate> date) {
        node.put(field, date.map(LocalDate::toString).orElse(null));
    }
}
