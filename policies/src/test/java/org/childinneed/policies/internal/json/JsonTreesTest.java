package org.childinneed.policies.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link JsonTrees} builds the tree {@code ObjectMapper.readTree} builds, node type for node type. */
class JsonTreesTest {

    private static final JsonFactory FACTORY = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private static JsonNode read(String text) throws IOException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            return JsonTrees.read(parser);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "[]", "null", "true", "false", "\"text\"", "0", "-7", "2147483647", "2147483648",
        "-9223372036854775808", "9223372036854775808", "123456789012345678901234567890", "1.5", "-0.0", "1e3",
        "1.000", "12345678901234567890.12345678901234567890", "[1, 2.5, \"a\", null, true, [], {}]",
        "{\"a\": {\"b\": [1, {\"c\": [[]]}]}, \"d\": \"\\u00e9\\ud83d\\ude00\", \"e\": null}",
        "{\"events\": [{\"id\": \"a\", \"date\": \"2026-12-17\"}, {\"id\": \"b\", \"n\": 3}]}  ",
        "  [1]  ", "\"\\\"quoted\\\"\""})
    void theTreeIsTheOneReadTreeBuilds(String json) throws IOException {
        JsonNode expected = MAPPER.readTree(json);
        JsonNode actual = read(json);
        assertEquals(expected, actual, json);
        assertEquals(expected.getNodeType(), actual.getNodeType(), json);
        assertEquals(expected.toString(), actual.toString(), json);
    }

    @Test
    void everyExampleCaseFileReadsAsReadTreeReadsIt() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("../examples"))) {
            files = walk.filter(p -> p.toString().endsWith(".json")).toList();
        }
        assertTrue(files.size() > 10, files::toString);
        for (Path file : files) {
            String text = Files.readString(file);
            JsonNode expected;
            try {
                expected = MAPPER.readTree(text);
            } catch (IOException e) {
                continue; // not JSON: the syntax errors are the parser's, tested below
            }
            assertEquals(expected.toString(), read(text).toString(), file.toString());
        }
    }

    @Test
    void emptyInputIsMissingAndOnlyTheFirstValueIsRead() throws IOException {
        assertTrue(read("").isMissingNode());
        assertTrue(read("   ").isMissingNode());
        assertEquals(MAPPER.readTree("{\"a\": 1} {"), read("{\"a\": 1} {"));
    }

    @Test
    void syntaxErrorsAreTheParsersAsReadTreeThrowsThem() {
        for (String json : List.of("{\"a\": }", "[1, 2", "[1 2]", "{\"a\": [}", "{\"a\": {\"b\": }}", "{\"a\": 1, \"a\": 2}", "{\"a\" 1}", "[1,]")) {
            sameError(assertThrows(StreamReadException.class, () -> MAPPER.readTree(json), json),
                    assertThrows(StreamReadException.class, () -> read(json), json), json);
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            sameError(assertThrows(StreamReadException.class, () -> MAPPER.readTree(new ByteArrayInputStream(bytes)), json),
                    assertThrows(StreamReadException.class, () -> {
                        try (JsonParser parser = FACTORY.createParser(new ByteArrayInputStream(bytes))) {
                            JsonTrees.read(parser);
                        }
                    }, json), json);
        }
    }

    private static void sameError(StreamReadException expected, StreamReadException actual, String json) {
        assertEquals(expected.getOriginalMessage(), actual.getOriginalMessage(), json);
        assertEquals(expected.getLocation().getLineNr(), actual.getLocation().getLineNr(), json);
        assertEquals(expected.getLocation().getColumnNr(), actual.getLocation().getColumnNr(), json);
    }
}
