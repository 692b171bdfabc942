package org.childinneed.policies.robustness;

import static org.childinneed.policies.robustness.CaseFiles.readOrExplain;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.text.Printable;
import org.childinneed.policies.bundled.BundledPolicies;
import org.childinneed.policies.cli.Cin;
import org.childinneed.policies.report.ExplanationReport;
import org.childinneed.policies.report.Style;
import org.childinneed.policies.report.TextReport;

/**
 * Issue 11, seeds of the fuzz suites: a control character, a bidirectional or invisible mark, a
 * lone surrogate or a terminal escape sequence put into any string field of an example case file
 * (ids, references, codes, dates, free text, fields the contract does not know). An id holding
 * one is refused; whatever is read or refused, nothing shown to a person (the reader's problems,
 * the text report, {@code explain}, {@code cin check}'s output and errors) carries it unescaped.
 */
class HostileTextProperties {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The fields that hold ids, which the reader must refuse when they hold a hazard. */
    private static final Set<String> IDS = Set.of("case", "id", "meetingRef");
    /** Terminal sequences that act as a whole: erase a line and forge one, set a window title, conceal. */
    private static final List<String> SEQUENCES = List.of("\u001b[2K\rcin: all good", "\u001b]0;owned\u0007",
            "\u001b[8m", "\u009b2K", "\b\b\b");

    /** Every character of the Basic Multilingual Plane that {@link Printable} calls a hazard, surrogates apart. */
    private static final int[] HAZARDS = java.util.stream.IntStream.range(0, 0x10000)
            .filter(c -> c != '\n' && c != '\t' && !Character.isSurrogate((char) c) && Printable.isHazard(c)).toArray();

    /** One hazard: any such character (controls, formats such as bidi marks, separators), a lone surrogate, or a whole escape sequence. */
    static String hazard(SplittableRandom random) {
        return switch (random.nextInt(6)) {
            case 0 -> SEQUENCES.get(random.nextInt(SEQUENCES.size()));
            case 1 -> String.valueOf((char) (0xd800 + random.nextInt(0x800)));
            default -> String.valueOf((char) HAZARDS[random.nextInt(HAZARDS.length)]);
        };
    }

    @Property(tries = 200)
    void aHazardInAnyStringFieldIsRefusedInIdsAndNeverShownRaw(@ForAll long seed) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        JsonNode root = JSON.readTree(CaseFiles.EXAMPLE_TEXTS.get(random.nextInt(CaseFiles.EXAMPLE_TEXTS.size())));
        List<Field> fields = new ArrayList<>();
        collect(root, "", fields);
        Field field = fields.get(random.nextInt(fields.size()));
        String value = field.value();
        int at = random.nextInt(value.length() + 1);
        String hostile = value.substring(0, at) + hazard(random) + value.substring(at);
        field.set(hostile);
        boolean loneSurrogate = hostile.chars().anyMatch(c -> Character.isSurrogate((char) c));
        String text = loneSurrogate || random.nextBoolean()
                ? JSON.writer().with(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII).writeValueAsString(root)
                : JSON.writeValueAsString(root);
        CaseFiles.Outcome outcome = readOrExplain("case.json", CaseFileFuzzProperties.lines(text),
                () -> org.childinneed.policies.casefile.CaseFileReader.parse("case.json", text));
        outcome.problem().ifPresent(e -> assertPrintable(e.getMessage()));
        if (IDS.contains(field.name())) {
            assertTrue(outcome.problem().isPresent(), () -> "an id with a hazard was read: " + Printable.inline(hostile));
        }
        outcome.record().ifPresent(record -> {
            LocalDate asOf = LocalDate.of(2027, 3, 1);
            ComplianceReport report = BundledPolicies.standard().get("kent").evaluate(record, asOf);
            for (Style style : Style.values()) {
                assertPrintable(TextReport.render(report, style).replaceAll("\u001b\\[[0-9;]*m", ""));
                assertPrintable(ExplanationReport.render(report, style).replaceAll("\u001b\\[[0-9;]*m", ""));
            }
        });
        if (random.nextInt(5) == 0) {
            Path dir = Files.createTempDirectory("cin-hostile");
            String name = hazard(random).replace('/', '_').replace('\u0000', '_');
            if (name.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
                name = SEQUENCES.get(0); // a file name is bytes the system can encode: no lone surrogate
            }
            Path file = Files.writeString(dir.resolve("c" + name + ".json"), text);
            try {
                Cin.Run run = Cin.run("check", "--policy", "kent", "--as-of", "2027-03-01", file.toString());
                assertPrintable(run.all());
            } finally {
                Files.delete(file);
                Files.delete(dir);
            }
        }
    }

    /** A string value in the tree, and how to replace it. */
    private record Field(String name, String value, java.util.function.Consumer<String> setter) {
        void set(String text) {
            setter.accept(text);
        }
    }

    private static void collect(JsonNode node, String name, List<Field> out) {
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(key -> {
                JsonNode child = object.get(key);
                if (child.isTextual()) {
                    out.add(new Field(key, child.textValue(), text -> object.set(key, TextNode.valueOf(text))));
                } else {
                    collect(child, key, out);
                }
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                int index = i;
                if (array.get(i).isTextual()) {
                    out.add(new Field(name, array.get(i).textValue(), text -> array.set(index, TextNode.valueOf(text))));
                } else {
                    collect(array.get(i), name, out);
                }
            }
        }
    }

    private static void assertPrintable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            assertFalse(c != '\n' && c != '\t' && Printable.isHazard(c),
                    () -> "unescaped " + Printable.name(c) + " in: " + Printable.lines(text));
        }
    }
}
