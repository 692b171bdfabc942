package org.childinneed.policies.internal.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.childinneed.model.Coded;
import org.childinneed.model.event.AttributeSpec;
import org.childinneed.model.event.DeclaredVocabulary;
import org.childinneed.model.event.EventSchema;
import org.childinneed.model.event.EventType;
import org.childinneed.model.event.OpenList;

/**
 * The JSON Schema of a case file, generated from the model: with the national vocabulary alone (the
 * {@code case-file.schema.json} of {@code docs/schemas/} and the jar), or extended with what a policy
 * declares ({@code cin schema --policy walsall.cin}): its event types, the attributes it adds to
 * national types, and its codes of the open lists.
 */
public final class CaseFileSchema {

    /** Where the shipped schemas say they live. */
    public static final String BASE = "https://github.com/childinneed/cin-policy-engine/schemas/";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String CASE_DATE = "^(19[0-9]{2}|20[0-9]{2}|2100)-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";
    private static final String TIME = "^([01][0-9]|2[0-3]):[0-5][0-9]$";

    private CaseFileSchema() {
    }

    /** The case-file schema, as text, for the national vocabulary and what {@code policyId} declares ({@code declared}). */
    public static String text(String policyId, DeclaredVocabulary declared) {
        boolean national = declared.events().isEmpty() && declared.extended().isEmpty() && declared.codes().isEmpty();
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", BASE + (national ? "case-file" : "case-file." + policyId) + ".schema.json");
        schema.put("title", national ? "Child in Need case file" : "Child in Need case file, read with policy " + policyId);
        schema.put("description", "One child's case: an identifier, the child and what happened. Unknown fields are ignored."
                + (national ? "" : " With the event types, attributes and codes policy " + policyId + " declares."));
        ObjectNode defs = NODES.objectNode();
        definitions(defs, declared);
        schema.setAll(body());
        schema.set("$defs", defs);
        return text(schema);
    }

    /** The case object's own properties. */
    public static ObjectNode body() {
        ObjectNode body = NODES.objectNode();
        body.put("type", "object");
        body.set("required", strings("case", "child", "events"));
        ObjectNode props = body.putObject("properties");
        props.putObject("case").put("type", "string").put("minLength", 1)
                .put("description", "The case identifier (never personal data).");
        ObjectNode child = props.putObject("child");
        child.put("type", "object").set("required", strings("born"));
        ObjectNode childProps = child.putObject("properties");
        childProps.set("born", ref("case-date", "The child's date of birth."));
        childProps.putObject("disabled").put("type", "boolean");
        ObjectNode events = props.putObject("events");
        events.put("type", "array").put("description", "The events, in any order.");
        events.set("items", ref("event", null));
        return body;
    }

    /** The definitions the case body refers to: dates, the event and its attributes by type, the code lists. */
    public static void definitions(ObjectNode defs, DeclaredVocabulary declared) {
        defs.putObject("case-date").put("type", "string").put("format", "date").put("pattern", CASE_DATE)
                .put("description", "An ISO date, YYYY-MM-DD, in the years 1900 to 2100.");
        ObjectNode event = defs.putObject("event");
        event.put("type", "object").set("required", strings("type", "date"));
        ObjectNode props = event.putObject("properties");
        props.putObject("id").put("type", "string")
                .put("description", "Optional unless another event refers to it; unique in the case.");
        List<String> types = new ArrayList<>(EventType.national().stream().map(EventType::code).toList());
        declared.events().forEach(t -> types.add(t.code()));
        props.putObject("type").set("enum", strings(types.toArray(String[]::new)));
        props.set("date", ref("case-date", null));
        props.putObject("time").put("type", "string").put("pattern", TIME)
                .put("description", "Optional: the time of day, HH:MM on the 24-hour clock; read only by a deadline in hours.");
        ArrayNode byType = event.putArray("allOf");
        Map<Class<? extends Coded>, String> vocabularies = new LinkedHashMap<>();
        List<EventSchema> schemas = new ArrayList<>();
        EventType.national().forEach(t -> schemas.add(declared.extension(t).map(EventSchema.class::cast).orElse(t)));
        schemas.addAll(declared.events());
        for (EventSchema type : schemas) {
            ObjectNode rule = byType.addObject();
            ObjectNode condition = rule.putObject("if");
            condition.putObject("properties").putObject("type").put("const", type.code());
            condition.set("required", strings("type"));
            ObjectNode then = rule.putObject("then");
            ObjectNode attributes = then.putObject("properties");
            ArrayNode required = NODES.arrayNode();
            for (AttributeSpec spec : type.attributes()) {
                attributes.set(spec.name(), attribute(spec, vocabularies));
                if (spec.required()) {
                    required.add(spec.name());
                }
            }
            if (!required.isEmpty()) {
                then.set("required", required);
            }
        }
        vocabularies.forEach((vocabulary, name) -> defs.putObject(name).set("enum", OpenList.of(vocabulary)
                .map(list -> strings(declared.codes().codes(list).toArray(String[]::new))).orElseGet(() -> codes(vocabulary))));
    }

    private static ObjectNode attribute(AttributeSpec spec, Map<Class<? extends Coded>, String> vocabularies) {
        return switch (spec.type()) {
            case FLAG -> NODES.objectNode().put("type", "boolean");
            case COUNT -> NODES.objectNode().put("type", "integer").put("minimum", 0);
            case DATE -> ref("case-date", null);
            case EVENT_REF -> NODES.objectNode().put("type", "string").put("description", "The id of another event.");
            case TEXT -> NODES.objectNode().put("type", "string")
                    .put("description", "Free text; read, never echoed in a message or report.");
            case CODE -> code(spec, vocabularies);
            case CODES -> {
                ObjectNode list = NODES.objectNode().put("type", "array").put("uniqueItems", true);
                list.set("items", code(spec, vocabularies));
                yield list;
            }
        };
    }

    /** A national vocabulary by reference; the codes a declaration lists, in place. */
    private static ObjectNode code(AttributeSpec spec, Map<Class<? extends Coded>, String> vocabularies) {
        if (spec.vocabulary().isEmpty()) {
            return NODES.objectNode().set("enum", strings(spec.codes().toArray(String[]::new)));
        }
        Class<? extends Coded> type = spec.vocabulary().orElseThrow();
        return ref(vocabularies.computeIfAbsent(type, t -> t.getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2")
                .toLowerCase(java.util.Locale.ROOT)), null);
    }

    /** A reference to definition {@code def}, with {@code description} unless null: for this and the other schemas. */
    public static ObjectNode ref(String def, String description) {
        ObjectNode node = NODES.objectNode().put("$ref", "#/$defs/" + def);
        if (description != null) {
            node.put("description", description);
        }
        return node;
    }

    /** An array of {@code values}. */
    public static ArrayNode strings(String... values) {
        ArrayNode array = NODES.arrayNode();
        Arrays.stream(values).forEach(array::add);
        return array;
    }

    /** The codes of {@code vocabulary}, in the order of its constants. */
    public static ArrayNode codes(Class<? extends Coded> vocabulary) {
        ArrayNode array = NODES.arrayNode();
        Arrays.stream(vocabulary.getEnumConstants()).map(Coded::code).forEach(array::add);
        return array;
    }

    /** The schema as the shipped files write it: two-space indents, a final newline. */
    public static String text(ObjectNode schema) {
        try {
            return MAPPER.writeValueAsString(schema).replace("\r\n", "\n") + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
