package org.childinneed.policies.internal.json;

import com.fasterxml.jackson.databind.JsonNode;

/** What a JSON value is, in words for messages: "a number", "a string", never the value itself. */
public final class JsonKind {

    private JsonKind() {
    }

    /** "a string", "a number", "true", "false", "a list", "an object" or "null". */
    public static String of(JsonNode node) {
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? "true" : "false";
        }
        if (node.isObject()) {
            return "an object";
        }
        return node.isArray() ? "a list" : "null";
    }
}
