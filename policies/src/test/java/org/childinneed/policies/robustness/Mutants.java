package org.childinneed.policies.robustness;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Case files damaged the ways exports, hand edits and broken transfers damage them: at the JSON
 * level (fields dropped or renamed, values of the wrong type, dates at and past the edges, huge
 * numbers, ids duplicated, references bent, events duplicated or dropped, nesting a hundred
 * thousand deep) and at the byte level (bytes flipped, inserted or cut, invalid UTF-8).
 */
final class Mutants {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String DEEP = "@@deep@@";
    private static final String[] DATES = {"0000-01-01", "+10000-01-01", "2027-02-29", "2028-02-29", "1900-02-29",
        "2000-02-29", "0001-01-01", "9999-12-31", "1899-12-31", "1900-01-01", "2100-12-31", "2101-01-01", "2026-13-01",
        "2026-00-10", "2026-04-31", "2026-1-1", " 2026-01-01", "2026-01-01T09:00", "\uFF12\uFF10\uFF12\uFF16-01-01",
        "", "-2026-01-01", "99999-01-01", "2026-02-30"};
    private static final String[] WORDS = {"meeting", "Meeting", "visit ", "plan-ended", "team-manager", "in-need",
        "initial", "review", "m1", "p1", "", " ", "\ud800", "\u0000", "x".repeat(300), "\u202e", "null", "é", "id"};
    private static final String[] FIELDS = {"id", "type", "date", "case", "child", "born", "disabled", "events",
        "meetingRef", "chair", "meeting", "outcome", "reason", "origin", "elements", "points", "notified", "rationale",
        "nextReview", "by", "about", "kind", "limitWorkingDays", "Date", "typ", "note"};

    private Mutants() {
    }

    /** {@code json} with one to four mutations of its tree (and, sometimes, of its bytes after). */
    static byte[] mutate(String json, SplittableRandom random) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            root = mutateTree(root, random);
        }
        String text = write(root, random);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return random.nextInt(4) == 0 ? mutateBytes(bytes, random) : bytes;
    }

    private static String write(JsonNode root, SplittableRandom random) {
        try {
            String text = random.nextBoolean() ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root)
                    : JSON.writeValueAsString(root);
            int depth = random.nextInt(3) == 0 ? 100_000 : 1 + random.nextInt(80);
            String open = random.nextBoolean() ? "[" : "{\"a\":";
            String close = open.equals("[") ? "]" : "}";
            return text.replace("\"" + DEEP + "\"", open.repeat(depth) + "1" + close.repeat(depth));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode mutateTree(JsonNode root, SplittableRandom random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        if (containers.isEmpty()) {
            return value(random);
        }
        JsonNode target = containers.get(random.nextInt(containers.size()));
        switch (random.nextInt(10)) {
            case 0 -> remove(target, random);
            case 1 -> rename(target, random);
            case 2, 3, 4 -> replace(target, random);
            case 5 -> duplicate(target, random);
            case 6 -> shuffle(target, random);
            case 7 -> add(target, random);
            case 8 -> borrowId(root, random);
            default -> {
                return random.nextInt(3) == 0 ? value(random) : root;
            }
        }
        return root;
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainerNode()) {
            out.add(node);
            node.forEach(child -> collect(child, out));
        }
    }

    private static void remove(JsonNode target, SplittableRandom random) {
        if (target instanceof ObjectNode object && !object.isEmpty()) {
            object.remove(nthName(object, random.nextInt(object.size())));
        } else if (target instanceof ArrayNode array && !array.isEmpty()) {
            array.remove(random.nextInt(array.size()));
        }
    }

    private static void rename(JsonNode target, SplittableRandom random) {
        if (target instanceof ObjectNode object && !object.isEmpty()) {
            String name = nthName(object, random.nextInt(object.size()));
            JsonNode value = object.remove(name);
            object.set(FIELDS[random.nextInt(FIELDS.length)], value);
        }
    }

    private static void replace(JsonNode target, SplittableRandom random) {
        if (target instanceof ObjectNode object && !object.isEmpty()) {
            object.set(nthName(object, random.nextInt(object.size())), value(random));
        } else if (target instanceof ArrayNode array && !array.isEmpty()) {
            array.set(random.nextInt(array.size()), value(random));
        }
    }

    private static void duplicate(JsonNode target, SplittableRandom random) {
        if (target instanceof ArrayNode array && !array.isEmpty()) {
            array.insert(random.nextInt(array.size() + 1), array.get(random.nextInt(array.size())).deepCopy());
        }
    }

    private static void shuffle(JsonNode target, SplittableRandom random) {
        if (target instanceof ArrayNode array && array.size() > 1) {
            List<JsonNode> items = new ArrayList<>();
            array.forEach(items::add);
            for (int i = items.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                JsonNode t = items.get(i);
                items.set(i, items.get(j));
                items.set(j, t);
            }
            array.removeAll();
            array.addAll(items);
        }
    }

    private static void add(JsonNode target, SplittableRandom random) {
        if (target instanceof ObjectNode object) {
            object.set(FIELDS[random.nextInt(FIELDS.length)], value(random));
        } else if (target instanceof ArrayNode array) {
            array.add(value(random));
        }
    }

    /** Gives an event the id, or a {@code meetingRef} the value, of another event. */
    private static void borrowId(JsonNode root, SplittableRandom random) {
        JsonNode events = root.path("events");
        if (!events.isArray() || events.size() < 2) {
            return;
        }
        JsonNode donor = events.get(random.nextInt(events.size())).path("id");
        JsonNode taker = events.get(random.nextInt(events.size()));
        if (donor.isTextual() && taker instanceof ObjectNode event) {
            event.set(random.nextBoolean() ? "id" : "meetingRef", donor);
        }
    }

    private static JsonNode value(SplittableRandom random) {
        return switch (random.nextInt(14)) {
            case 0 -> NODES.textNode(DATES[random.nextInt(DATES.length)]);
            case 1 -> NODES.textNode(WORDS[random.nextInt(WORDS.length)]);
            case 2 -> NODES.numberNode(random.nextInt());
            case 3 -> NODES.numberNode(new BigInteger("9".repeat(1 + random.nextInt(400))));
            case 4 -> NODES.numberNode(random.nextBoolean() ? 1e308 : -0.5);
            case 5 -> NODES.booleanNode(random.nextBoolean());
            case 6 -> NODES.nullNode();
            case 7 -> NODES.arrayNode().add(NODES.textNode(WORDS[random.nextInt(WORDS.length)]));
            case 8 -> NODES.objectNode().put("type", "visit").put("date", DATES[random.nextInt(DATES.length)]);
            case 9 -> NODES.textNode(DEEP);
            case 10 -> NODES.arrayNode();
            case 11 -> NODES.objectNode();
            case 12 -> NODES.numberNode(-1 - random.nextInt(10));
            default -> NODES.textNode(Long.toString(random.nextLong(), 36));
        };
    }

    private static String nthName(ObjectNode object, int n) {
        Iterator<String> names = object.fieldNames();
        for (int i = 0; i < n; i++) {
            names.next();
        }
        return names.next();
    }

    /** {@code bytes} with one to three byte-level mutations. */
    static byte[] mutateBytes(byte[] bytes, SplittableRandom random) {
        byte[] out = bytes;
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            out = mutateOnce(out, random);
        }
        return out;
    }

    private static final byte[][] BAD_UTF8 = {{(byte) 0xFF}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0x80},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82},
        {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {0}, {'"'}, {'\\'}, {'{'}, {']'}, {','}, {'\n'}, {'\r'}};

    private static byte[] mutateOnce(byte[] bytes, SplittableRandom random) {
        int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 8);
        switch (random.nextInt(5)) {
            case 0 -> { // flip a byte
                byte[] copy = bytes.clone();
                if (copy.length > 0) {
                    copy[Math.min(at, copy.length - 1)] ^= (byte) (1 << random.nextInt(8));
                }
                return copy;
            }
            case 1 -> { // insert invalid UTF-8 or a structural character
                out.write(bytes, 0, at);
                out.writeBytes(BAD_UTF8[random.nextInt(BAD_UTF8.length)]);
                out.write(bytes, at, bytes.length - at);
            }
            case 2 -> { // cut a range
                int to = Math.min(bytes.length, at + random.nextInt(40));
                out.write(bytes, 0, at);
                out.write(bytes, to, bytes.length - to);
            }
            case 3 -> out.write(bytes, 0, at); // truncate
            default -> { // repeat a range
                int to = Math.min(bytes.length, at + random.nextInt(40));
                out.write(bytes, 0, to);
                out.write(bytes, at, bytes.length - at);
            }
        }
        return out.toByteArray();
    }
}
