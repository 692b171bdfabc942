package org.childinneed.policies.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The field names of a JSON object, in order, for tests of the report's shape. */
public final class JsonFieldNames {

    private JsonFieldNames() {
    }

    public static List<String> of(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
