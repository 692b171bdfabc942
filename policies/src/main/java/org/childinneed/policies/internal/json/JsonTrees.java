package org.childinneed.policies.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * JSON read from a streaming parser into Jackson's tree, node for node as
 * {@code ObjectMapper.readTree} builds it with its default settings (integers as {@code int},
 * {@code long} or {@code BigInteger} by size, other numbers as {@code double}), without an
 * {@code ObjectMapper}: making the first one costs a short run, such as a check of one case, about
 * a tenth of its start-up (its default date format loads the JDK's locale data), and reading a
 * tree needs none of it. Iterative: nesting costs no stack. Syntax errors and the parser's limits
 * are the parser's own exceptions, as {@code readTree} throws them.
 */
public final class JsonTrees {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTrees() {
    }

    /**
     * The first JSON value {@code parser} gives, as a tree; {@link MissingNode} when there is none
     * (empty input). What follows the value is not read. The parser is asked as
     * {@code readTree} asks it (an object's field names with {@code nextFieldName}), so that a
     * syntax error is reported in the same words.
     */
    public static JsonNode read(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            return MissingNode.getInstance();
        }
        if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
            return scalar(parser, token);
        }
        ContainerNode<?> root = container(token);
        Deque<ContainerNode<?>> open = new ArrayDeque<>();
        ContainerNode<?> current = root;
        while (current != null) {
            ContainerNode<?> child = current instanceof ObjectNode object ? fill(parser, object) : fill(parser, (ArrayNode) current);
            if (child != null) {
                open.push(current);
                current = child;
            } else {
                current = open.poll();
            }
        }
        return root;
    }

    /**
     * Reads fields into {@code object} up to its end (then null) or up to a field whose value is an
     * object or an array, which is returned (already set in {@code object}) to be filled first.
     */
    private static ContainerNode<?> fill(JsonParser parser, ObjectNode object) throws IOException {
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                ContainerNode<?> child = container(token);
                object.set(name, child);
                return child;
            }
            object.set(name, scalar(parser, token));
        }
        return null;
    }

    /** Reads elements into {@code array} up to its end (then null) or up to an object or array, as for an object. */
    private static ContainerNode<?> fill(JsonParser parser, ArrayNode array) throws IOException {
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                ContainerNode<?> child = container(token);
                array.add(child);
                return child;
            }
            array.add(scalar(parser, token));
        }
        return null;
    }

    private static ContainerNode<?> container(JsonToken start) {
        return start == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode();
    }

    private static JsonNode scalar(JsonParser parser, JsonToken token) throws IOException {
        if (token == null) {
            throw new IOException("the JSON ends inside a value"); // a JSON parser reports this itself first
        }
        return switch (token) {
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> switch (parser.getNumberTypeFP()) {
                case BIG_DECIMAL -> NODES.numberNode(parser.getDecimalValue().stripTrailingZeros());
                case FLOAT32 -> NODES.numberNode(parser.getFloatValue());
                default -> NODES.numberNode(parser.getDoubleValue());
            };
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            case VALUE_EMBEDDED_OBJECT -> NODES.pojoNode(parser.getEmbeddedObject());
            default -> throw new IOException("unexpected " + token + " in JSON");
        };
    }
}
