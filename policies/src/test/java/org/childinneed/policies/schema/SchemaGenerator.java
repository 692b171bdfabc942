package org.childinneed.policies.schema;

import static org.childinneed.policies.internal.schema.CaseFileSchema.codes;
import static org.childinneed.policies.internal.schema.CaseFileSchema.ref;
import static org.childinneed.policies.internal.schema.CaseFileSchema.strings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childinneed.model.compliance.FindingKind;
import org.childinneed.model.compliance.ObligationKind;
import org.childinneed.model.compliance.ObligationStatus;
import org.childinneed.model.compliance.RuleSeverity;
import org.childinneed.model.event.DeclaredVocabulary;
import org.childinneed.policies.internal.schema.CaseFileSchema;

/**
 * Writes the JSON Schemas (draft 2020-12) of case files, reports and scenarios from the model: the
 * event types, their attributes and every code list come from the model's enums, so the schemas
 * cannot drift from what the reader accepts and the engine reports. {@link JsonSchemasTest} checks
 * that the shipped files are exactly what this writes; run it with {@code -Dschemas.write=true} to
 * rewrite them after the model changes.
 */
final class SchemaGenerator {

    static final String BASE = "https://github.com/childinneed/cin-policy-engine/schemas/";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Dates of reports and scenarios: any ISO date of years 1 to 9999. */
    private static final String ANY_DATE = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";

    private SchemaGenerator() {
    }

    /** The schema files by name, as text. */
    static Map<String, String> all() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("case-file.schema.json", caseFile());
        files.put("report.schema.json", text(report()));
        files.put("scenario.schema.json", text(scenario()));
        return files;
    }

    static String caseFile() {
        return CaseFileSchema.text("national", DeclaredVocabulary.NONE);
    }

    private static ObjectNode caseBody() {
        return CaseFileSchema.body();
    }

    private static void caseDefinitions(ObjectNode defs) {
        CaseFileSchema.definitions(defs, DeclaredVocabulary.NONE);
    }

    static ObjectNode report() {
        ObjectNode schema = header("report", "Child in Need compliance report",
                "What a policy reports for one case as of a date (cin check --format json); several cases: an array.");
        ObjectNode one = ref("report", null);
        ObjectNode many = NODES.objectNode().put("type", "array");
        many.set("items", ref("report", null));
        schema.putArray("oneOf").add(one).add(many);
        ObjectNode defs = schema.putObject("$defs");
        defs.putObject("date").put("type", "string").put("format", "date").put("pattern", ANY_DATE);
        ObjectNode nullableDate = defs.putObject("date-or-null");
        nullableDate.putArray("oneOf").add(ref("date", null)).addObject().put("type", "null");
        ObjectNode report = closedObject(defs.putObject("report"), "case", "policy", "asOf", "obligations", "findings");
        ObjectNode props = (ObjectNode) report.get("properties");
        props.putObject("case").put("type", "string");
        props.putObject("policy").put("type", "string");
        props.set("asOf", ref("date", null));
        props.putObject("obligations").put("type", "array").set("items", ref("obligation", null));
        props.putObject("findings").put("type", "array").set("items", ref("finding", null));
        ObjectNode version = closedObject(defs.putObject("version"), "policy", "label", "effective");
        ObjectNode v = (ObjectNode) version.get("properties");
        v.putObject("policy").put("type", "string");
        v.putObject("label").put("type", "string");
        v.set("effective", ref("date-or-null", null));
        ObjectNode notJudged = closedObject(defs.putObject("not-judged"), "rule", "event", "date", "reason");
        ObjectNode n = (ObjectNode) notJudged.get("properties");
        n.putObject("rule").put("type", "string");
        n.putObject("event").put("type", "string");
        n.set("date", ref("date", null));
        n.putObject("kind").put("description", "The finding it would be; only when its source cannot record the "
                + "finding's exception.").set("enum", codes(FindingKind.class));
        n.set("firstVersion", ref("version", "Only when it fell before the first version of its rule's policy."));
        n.putObject("reason").put("type", "string");
        props.putObject("notJudged").put("type", "array").put("description",
                "Only when something fell before the first version of its rule's policy, or a finding's exception is evidence the case's source does not record.").set("items", ref("not-judged", null));
        ObjectNode notRequired = closedObject(defs.putObject("not-required"), "rule", "kind", "trigger", "triggerDate",
                "explanation", "cite");
        ObjectNode nr = (ObjectNode) notRequired.get("properties");
        nr.putObject("rule").put("type", "string");
        nr.putObject("kind").set("enum", codes(ObligationKind.class));
        nr.putObject("trigger").put("type", "string");
        nr.set("triggerDate", ref("date", null));
        nr.putObject("explanation").put("type", "string").put("description", "\"not required, because ...\", naming the event that lifted it.");
        nr.putObject("cite").put("type", "string");
        props.putObject("notRequired").put("type", "array").put("description",
                "Only when a rule's condition lifted an obligation a trigger would have started.").set("items", ref("not-required", null));
        ObjectNode obligation = closedObject(defs.putObject("obligation"), "rule", "kind", "trigger", "triggerDate",
                "earliest", "due", "status", "satisfiedBy", "satisfiedOn", "cite", "explanation");
        ObjectNode o = (ObjectNode) obligation.get("properties");
        o.putObject("rule").put("type", "string");
        o.putObject("kind").set("enum", codes(ObligationKind.class));
        o.putObject("trigger").put("type", "string").put("description", "The event's id, or #N (its index).");
        o.set("triggerDate", ref("date", null));
        o.set("earliest", ref("date-or-null", null));
        o.set("due", ref("date-or-null", "null: the obligation has no due date (the policy says no due date: open until met, never overdue)"));
        o.putObject("status").set("enum", codes(ObligationStatus.class));
        o.putObject("satisfiedBy").set("type", strings("string", "null"));
        o.set("satisfiedOn", ref("date-or-null", null));
        o.putObject("cite").put("type", "string");
        o.set("severity", severity());
        o.set("version", ref("version", null));
        ObjectNode explanation = closedObject(o.putObject("explanation"), "trigger", "computation", "resolution");
        for (String field : List.of("trigger", "computation", "resolution")) {
            ((ObjectNode) explanation.get("properties")).putObject(field).put("type", "string");
        }
        ObjectNode finding = closedObject(defs.putObject("finding"), "rule", "kind", "event", "date", "message", "cite");
        ObjectNode f = (ObjectNode) finding.get("properties");
        f.putObject("rule").put("type", "string");
        f.putObject("kind").set("enum", codes(FindingKind.class));
        f.putObject("event").put("type", "string");
        f.set("date", ref("date", null));
        f.putObject("message").put("type", "string");
        f.putObject("cite").put("type", "string");
        f.set("severity", severity());
        f.set("version", ref("version", null));
        return schema;
    }

    /** The severity of the rule behind an obligation or finding; absent in reports older than it means required. */
    private static ObjectNode severity() {
        ObjectNode severity = JsonNodeFactory.instance.objectNode();
        severity.set("enum", codes(RuleSeverity.class));
        severity.put("description", "required: the procedure requires it; advisory: good practice, which alone "
                + "does not make a case non-compliant. Absent (older reports) means required.");
        return severity;
    }

    static ObjectNode scenario() {
        ObjectNode schema = header("scenario", "Child in Need compliance scenario",
                "What a policy must report for one case as of a date. Unknown fields are errors.");
        schema.put("type", "object");
        schema.set("required", strings("scenario", "pins", "policy", "asOf", "case", "expect"));
        schema.put("additionalProperties", false);
        ObjectNode props = schema.putObject("properties");
        props.putObject("scenario").put("type", "string").put("minLength", 1);
        ObjectNode pins = props.putObject("pins").put("type", "array").put("minItems", 1);
        pins.putObject("items").put("type", "string");
        ObjectNode notes = props.putObject("notes");
        ArrayNode noteForms = notes.putArray("oneOf");
        noteForms.addObject().put("type", "string");
        noteForms.addObject().put("type", "array").set("items", NODES.objectNode().put("type", "string"));
        props.putObject("policy").put("type", "string").put("minLength", 1);
        props.set("asOf", ref("date", null));
        props.putObject("skip").put("type", "string");
        props.set("case", ref("case", null));
        ObjectNode expect = props.putObject("expect").put("type", "object").put("additionalProperties", false);
        ObjectNode e = expect.putObject("properties");
        e.putObject("obligations").put("type", "array").set("items", ref("expected-obligation", null));
        e.putObject("findings").put("type", "array").set("items", ref("expected-finding", null));
        e.putObject("absentObligations").put("type", "array").set("items", ref("expected-obligation", null));
        e.putObject("absentFindings").put("type", "array").set("items", ref("expected-finding", null));
        e.putObject("only").put("type", "boolean");
        ObjectNode defs = schema.putObject("$defs");
        defs.putObject("date").put("type", "string").put("format", "date").put("pattern", ANY_DATE);
        defs.putObject("date-or-null").putArray("oneOf").add(ref("date", null)).addObject().put("type", "null");
        defs.putObject("text-or-null").set("type", strings("string", "null"));
        ObjectNode obligation = closedObject(defs.putObject("expected-obligation"), "rule");
        ObjectNode o = (ObjectNode) obligation.get("properties");
        o.putObject("rule").put("type", "string");
        o.set("kind", nullable(codes(ObligationKind.class)));
        o.set("trigger", ref("text-or-null", null));
        o.set("triggerDate", ref("date-or-null", null));
        o.set("earliest", ref("date-or-null", null));
        o.set("due", ref("date-or-null", null));
        o.set("status", nullable(codes(ObligationStatus.class)));
        o.set("satisfiedBy", ref("text-or-null", null));
        o.set("satisfiedOn", ref("date-or-null", null));
        o.putObject("severity").set("enum", codes(RuleSeverity.class));
        o.putObject("why").put("type", "string");
        ObjectNode finding = closedObject(defs.putObject("expected-finding"), "rule");
        ObjectNode f = (ObjectNode) finding.get("properties");
        f.putObject("rule").put("type", "string");
        f.set("kind", nullable(codes(FindingKind.class)));
        f.set("event", ref("text-or-null", null));
        f.set("date", ref("date-or-null", null));
        f.putObject("severity").set("enum", codes(RuleSeverity.class));
        f.putObject("messageContains").put("type", "string");
        f.putObject("why").put("type", "string");
        ObjectNode caseDef = defs.putObject("case");
        caseDef.setAll(caseBody());
        caseDefinitions(defs);
        return schema;
    }

    private static ObjectNode header(String name, String title, String description) {
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", BASE + name + ".schema.json");
        schema.put("title", title);
        schema.put("description", description);
        return schema;
    }

    private static ObjectNode closedObject(ObjectNode node, String... required) {
        node.put("type", "object").put("additionalProperties", false);
        node.set("required", strings(required));
        node.putObject("properties");
        return node;
    }

    private static ObjectNode nullable(ArrayNode codes) {
        codes.addNull();
        return NODES.objectNode().set("enum", codes);
    }

    private static String text(ObjectNode schema) {
        try {
            return MAPPER.writeValueAsString(schema).replace("\r\n", "\n") + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
