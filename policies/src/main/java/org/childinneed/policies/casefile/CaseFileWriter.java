package org.childinneed.policies.casefile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import org.childinneed.model.Coded;
import org.childinneed.model.event.AttributeSpec;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.event.FreeText;
import org.childinneed.model.timeline.CaseRecord;

/**
 * Writes a {@link CaseRecord} as a case file (contract section 1) that {@link CaseFileReader}
 * reads back to an equal record: imported cases can be inspected, edited and kept as scenarios.
 * Events are written in the record's order, each attribute by the event type's schema; flags
 * only when true. Thread-safe.
 */
public final class CaseFileWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CaseFileWriter() {
    }

    /** The case file's JSON text, ending with a newline. */
    public static String write(CaseRecord record) {
        Objects.requireNonNull(record, "record");
        ObjectNode root = MAPPER.createObjectNode();
        root.put("case", record.caseId());
        ObjectNode child = root.putObject("child");
        child.put("born", record.child().born().toString());
        if (record.child().disabled()) {
            child.put("disabled", true);
        }
        ArrayNode events = root.putArray("events");
        for (CaseEvent event : record.events()) {
            ObjectNode node = events.addObject();
            event.ref().id().ifPresent(id -> node.put("id", id));
            node.put("type", event.typeCode());
            node.put("date", event.date().toString());
            record.timeOf(event).ifPresent(time -> node.put("time", time.toString()));
            for (AttributeSpec spec : event.schema().attributes()) {
                event.attribute(spec.name()).ifPresent(value -> put(node, spec.name(), value));
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a case record always serialises", e);
        }
    }

    private static void put(ObjectNode node, String name, Object value) {
        if (value instanceof Boolean flag) {
            if (flag) {
                node.put(name, true);
            }
        } else if (value instanceof Integer number) {
            node.put(name, number);
        } else if (value instanceof LocalDate date) {
            node.put(name, date.toString());
        } else if (value instanceof Coded code) {
            node.put(name, code.code());
        } else if (value instanceof Collection<?> codes) {
            ArrayNode list = node.putArray(name);
            codes.stream().map(c -> ((Coded) c).code()).sorted().forEach(list::add);
        } else if (value instanceof FreeText text) {
            node.put(name, text.text());
        } else {
            node.put(name, value.toString());
        }
    }
}
