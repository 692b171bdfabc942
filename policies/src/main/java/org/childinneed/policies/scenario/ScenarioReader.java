package org.childinneed.policies.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.childinneed.model.Coded;
import org.childinneed.model.compliance.ObligationStatus;
import org.childinneed.model.compliance.Policy;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.timeline.CaseRecord;
import org.childinneed.policies.casefile.CaseFileException;
import org.childinneed.policies.casefile.CaseFileReader;
import org.childinneed.policies.casefile.InputProblem;
import org.childinneed.policies.casefile.Suggestion;
import org.childinneed.policies.json.JsonFiles;
import org.childinneed.policies.json.JsonFormat;
import org.childinneed.policies.json.JsonKind;
import org.childinneed.policies.json.JsonSyntaxException;
import org.childinneed.policies.json.LocatedJson;
import org.childinneed.policies.json.Position;

/**
 * Reads a scenario file, checking every field and reporting every problem at once, each with its
 * line, column and field path. Unknown fields are errors, with a did-you-mean.
 */
final class ScenarioReader {

    private static final List<String> TOP_FIELDS =
            List.of("scenario", "notes", "pins", "policy", "asOf", "skip", "case", "expect");
    private static final List<String> EXPECT_FIELDS =
            List.of("obligations", "absentObligations", "findings", "absentFindings", "only");
    private static final Set<String> NULLABLE = Set.of("earliest", "satisfiedBy", "satisfiedOn");
    private static final Set<String> DATES = Set.of("triggerDate", "earliest", "due", "satisfiedOn", "date");
    private static final Set<String> EVENTS = Set.of("trigger", "satisfiedBy", "event");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final JsonFormat FORMAT = JsonFormat.everyPosition();
    private static final Pattern SHOWABLE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    private final String source;
    private final LocatedJson json;
    private final PolicyLookup lookup;
    private final List<Problem> problems = new ArrayList<>();
    /** Labels the report may use for the case's events (id, or #N); empty when the case is unreadable. */
    private Optional<Map<String, CaseEvent>> labels = Optional.empty();

    private ScenarioReader(String source, LocatedJson json, PolicyLookup lookup) {
        this.source = source;
        this.json = json;
        this.lookup = lookup;
    }

    /** Reads the scenario at {@code file}; problems name the file by the path as given. */
    static Scenario read(Path file, PolicyLookup lookup) throws ScenarioFileException {
        try {
            return parse(file.toString(), JsonFiles.read(file, "scenario file", CaseFileReader.MAX_FILE_BYTES), lookup);
        } catch (JsonFiles.UnreadableFile e) {
            throw fileProblem(file.toString(), e.getMessage());
        }
    }

    /** Reads a scenario from its text; {@code source} is how problems name the file. */
    static Scenario parse(String source, String text, PolicyLookup lookup) throws ScenarioFileException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        LocatedJson json;
        try {
            json = LocatedJson.parse(body, FORMAT);
        } catch (JsonSyntaxException e) {
            throw new ScenarioFileException(List.of(source + ":" + e.position().orElse(new Position(1, 1)) + ": "
                    + syntaxMessage(e)));
        }
        return new ScenarioReader(source, json, lookup).read();
    }

    /** A syntax error in the words of a scenario file. */
    private static String syntaxMessage(JsonSyntaxException e) {
        return switch (e.kind()) {
            case EMPTY -> "the file is empty";
            case TRAILING_CONTENT -> "not valid JSON: more content after the end of the scenario object";
            case MALFORMED -> "not valid JSON: " + reason(e.getMessage().toLowerCase(Locale.ROOT));
            case TOO_DEEP, TOO_LONG, UNREADABLE -> "not valid JSON";
        };
    }

    /** The parser's reason in words that repeat nothing from the file. */
    private static String reason(String parser) {
        if (parser.startsWith("duplicate object property") || parser.startsWith("duplicate field")) {
            return "a field appears twice in the same object";
        }
        if (parser.startsWith("unexpected end-of-input") || parser.startsWith("the file ends")) {
            return "the file ends before the JSON is complete";
        }
        if (parser.startsWith("unexpected character")) {
            return "unexpected character (a missing comma, quote or bracket?)";
        }
        if (parser.startsWith("unrecognized token")) {
            return "unrecognised word (text must be in double quotes)";
        }
        return "syntax error";
    }

    private static ScenarioFileException fileProblem(String source, String message) {
        return new ScenarioFileException(List.of(source + ": " + message));
    }

    private Scenario read() throws ScenarioFileException {
        JsonNode root = json.root();
        Place top = Place.ROOT;
        if (!root.isObject()) {
            problem(top, "expected a scenario object with scenario, pins, policy, asOf, case and expect, found "
                    + JsonKind.of(root));
            throw failure();
        }
        unknownFields(root, top, TOP_FIELDS, Optional.empty());
        Optional<String> name = requiredText(root, top.field("scenario"));
        notes(root.get("notes"), top.field("notes"));
        List<String> pins = pins(root.get("pins"), top.field("pins"));
        Optional<Policy> policy = requiredText(root, top.field("policy")).flatMap(id -> policy(id, top.field("policy")));
        Optional<LocalDate> asOf = required(root, top.field("asOf")).flatMap(n -> date(n, top.field("asOf")));
        Optional<String> skip = optionalText(root.get("skip"), top.field("skip"));
        Optional<CaseRecord> record = caseRecord(root.get("case"), top.field("case"));
        labels = record.map(ScenarioReader::labelsOf);
        int before = problems.size();
        Optional<Expectations> expect = expectations(root.get("expect"), top.field("expect"));
        if (problems.size() == before) {
            expect.ifPresent(e -> checkPins(pins, e, top.field("pins")));
        }
        if (!problems.isEmpty()) {
            throw failure();
        }
        return new Scenario(source, name.orElseThrow(), pins, policy.orElseThrow(), asOf.orElseThrow(),
                record.orElseThrow(), expect.orElseThrow(), skip);
    }

    private static Map<String, CaseEvent> labelsOf(CaseRecord record) {
        Map<String, CaseEvent> byLabel = new HashMap<>();
        record.events().forEach(e -> byLabel.put(e.ref().label(), e));
        return byLabel;
    }

    private void notes(JsonNode node, Place place) {
        if (node == null || node.isTextual()) {
            return;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (!node.get(i).isTextual()) {
                    problem(place.index(i), "expected a line of text, found " + JsonKind.of(node.get(i)));
                }
            }
            return;
        }
        problem(place, "expected text or a list of lines, found " + JsonKind.of(node));
    }

    private List<String> pins(JsonNode node, Place place) {
        if (node == null || node.isNull()) {
            problem(place, "missing; list the catalog clauses this scenario pins, e.g. [\"KEN-01\"]");
            return List.of();
        }
        if (!node.isArray() || node.isEmpty()) {
            problem(place, "expected a list of one or more clause ids, found "
                    + (node.isArray() ? "an empty list" : JsonKind.of(node)));
            return List.of();
        }
        List<String> pins = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            text(node.get(i), place.index(i), "a clause id").ifPresent(pins::add);
        }
        return pins;
    }

    private void checkPins(List<String> pins, Expectations expect, Place place) {
        Set<String> named = new HashSet<>();
        expect.all().forEach(e -> named.add(e.rule()));
        for (int i = 0; i < pins.size(); i++) {
            if (!named.contains(pins.get(i))) {
                problem(place.index(i), "pins " + pins.get(i)
                        + " but no expectation names it; pin a clause by expecting (or ruling out) something of it");
            }
        }
    }

    private Optional<Policy> policy(String id, Place place) {
        Optional<Policy> policy = lookup.find(id);
        List<String> known = lookup.known();
        if (policy.isEmpty() && known.contains(id)) {
            problem(place, "policy '" + id + "' is known but could not be loaded (does its script compile?"
                    + " try cin lint)");
        } else if (policy.isEmpty()) {
            String shown = Suggestion.isShowableToken(id) ? "unknown policy '" + id + "'" : "not a known policy";
            problem(place, shown + Suggestion.closest(id, known).map(s -> "; did you mean '" + s + "'?")
                    .orElse(known.isEmpty() ? "" : "; known policies: " + String.join(", ", known)));
        }
        return policy;
    }

    private Optional<CaseRecord> caseRecord(JsonNode node, Place place) {
        if (node == null || node.isNull()) {
            problem(place, "missing; give the case as in a case file: case, child and events");
            return Optional.empty();
        }
        try {
            return Optional.of(CaseFileReader.fromTree(source, node));
        } catch (CaseFileException e) {
            for (InputProblem p : e.problems()) {
                StringBuilder pointer = new StringBuilder(place.pointer());
                p.event().ifPresent(ref -> pointer.append("/events/").append(ref.index()));
                if (!p.field().isEmpty()) {
                    pointer.append('/').append(p.field().replace('.', '/').replace("[", "/").replace("]", ""));
                }
                InputProblem unplaced = new InputProblem(Optional.empty(), p.event(), p.field(), p.message());
                problems.add(new Problem(json.positionOf(pointer.toString()), "", unplaced.describe("case"),
                        problems.size()));
            }
            return Optional.empty();
        }
    }

    private Optional<Expectations> expectations(JsonNode node, Place place) {
        if (node == null || node.isNull()) {
            problem(place, "missing; say what the report must hold: obligations, findings, absentObligations"
                    + " or absentFindings");
            return Optional.empty();
        }
        if (!node.isObject()) {
            problem(place, "expected an object, found " + JsonKind.of(node));
            return Optional.empty();
        }
        unknownFields(node, place, EXPECT_FIELDS, Optional.empty());
        List<Expected> obligations = items(node, place, "obligations", Subject.OBLIGATION);
        List<Expected> absentObligations = items(node, place, "absentObligations", Subject.OBLIGATION);
        List<Expected> findings = items(node, place, "findings", Subject.FINDING);
        List<Expected> absentFindings = items(node, place, "absentFindings", Subject.FINDING);
        boolean only = false;
        JsonNode onlyNode = node.get("only");
        if (onlyNode != null && !onlyNode.isBoolean()) {
            problem(place.field("only"), "expected true or false, found " + JsonKind.of(onlyNode));
        } else if (onlyNode != null) {
            only = onlyNode.booleanValue();
        }
        boolean anyList = EXPECT_FIELDS.stream().filter(f -> !f.equals("only"))
                .anyMatch(f -> node.path(f).isArray() && !node.path(f).isEmpty());
        if (!anyList) {
            problem(place, "expects nothing; give at least one of obligations, findings, absentObligations"
                    + " or absentFindings");
        }
        return Optional.of(new Expectations(obligations, absentObligations, findings, absentFindings, only));
    }

    private List<Expected> items(JsonNode expect, Place expectPlace, String field, Subject subject) {
        JsonNode node = expect.get(field);
        Place place = expectPlace.field(field);
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            problem(place, "expected a list of " + subject.noun() + "s, found " + JsonKind.of(node));
            return List.of();
        }
        List<Expected> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            item(node.get(i), place.index(i), subject).ifPresent(items::add);
        }
        return items;
    }

    private Optional<Expected> item(JsonNode node, Place place, Subject subject) {
        if (!node.isObject()) {
            problem(place, "expected an object with rule and the " + subject.noun() + " fields to compare, found "
                    + JsonKind.of(node));
            return Optional.empty();
        }
        int before = problems.size();
        Subject other = subject == Subject.OBLIGATION ? Subject.FINDING : Subject.OBLIGATION;
        unknownFields(node, place, subject.allowedFields(), Optional.of(other));
        if (!node.has("rule") || node.get("rule").isNull()) {
            problem(place, "missing rule; every expected " + subject.noun() + " names its rule (the clause id)");
        }
        Map<String, Optional<String>> fields = new LinkedHashMap<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (subject.fields().contains(name)) {
                value(subject, name, node.get(name), place.field(name)).ifPresent(v -> fields.put(name, v));
            }
        }
        Optional<String> messageContains = subject == Subject.FINDING
                ? optionalText(node.get(Subject.MESSAGE_CONTAINS), place.field(Subject.MESSAGE_CONTAINS))
                : Optional.empty();
        optionalText(node.get(Subject.WHY), place.field(Subject.WHY));
        if (problems.size() > before) {
            return Optional.empty();
        }
        String where = place.path() + json.positionOf(place.pointer()).map(p -> " (line " + p.line() + ")").orElse("");
        return Optional.of(new Expected(subject, where, fields, messageContains));
    }

    /** A field's value as the report writes it, empty for a permitted null; or a problem. */
    private Optional<Optional<String>> value(Subject subject, String name, JsonNode node, Place place) {
        if (node.isNull()) {
            if (NULLABLE.contains(name)) {
                return Optional.of(Optional.empty());
            }
            problem(place, "must not be null");
            return Optional.empty();
        }
        if (DATES.contains(name)) {
            return date(node, place).map(d -> Optional.of(d.toString()));
        }
        Optional<String> text = text(node, place, name.equals("rule") ? "a clause id" : "a " + name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String value = text.get();
        if (name.equals("kind")) {
            return known(value, subject.kinds(), subject.noun() + " kind", place);
        }
        if (name.equals("status")) {
            return known(value, Coded.codes(ObligationStatus.class), "status", place);
        }
        if (EVENTS.contains(name)) {
            return event(value, place);
        }
        return Optional.of(text);
    }

    private Optional<Optional<String>> known(String value, List<String> codes, String vocabulary, Place place) {
        if (codes.contains(value)) {
            return Optional.of(Optional.of(value));
        }
        String shown = Suggestion.isShowableToken(value) ? "unknown " + vocabulary + " '" + value + "'"
                : "not a known " + vocabulary;
        problem(place, shown + Suggestion.closest(value, codes).map(s -> "; did you mean '" + s + "'?")
                .orElse("; expected one of: " + String.join(", ", codes)));
        return Optional.empty();
    }

    /** An event label: it must name an event of the case as reports do (its id, or #N when it has none). */
    private Optional<Optional<String>> event(String label, Place place) {
        if (labels.isEmpty() || labels.get().containsKey(label)) {
            return Optional.of(Optional.of(label));
        }
        Map<String, CaseEvent> byLabel = labels.get();
        if (label.matches("#\\d{1,9}")) {
            int index = Integer.parseInt(label.substring(1));
            Optional<String> id = byLabel.values().stream().filter(e -> e.ref().index() == index)
                    .findFirst().flatMap(e -> e.ref().id());
            if (id.isPresent()) {
                problem(place, "event " + label + " has id \"" + id.get() + "\"; reports name it \"" + id.get() + "\"");
                return Optional.empty();
            }
        }
        String shown = Suggestion.isShowableToken(label) || label.matches("#\\d{1,9}") ? "'" + label + "'" : "this value";
        problem(place, shown + " names no event of the case; use an event's id, or #N (its index) when it has none"
                + Suggestion.closest(label, byLabel.keySet()).map(s -> "; did you mean '" + s + "'?").orElse(""));
        return Optional.empty();
    }

    private void unknownFields(JsonNode node, Place place, List<String> allowed, Optional<Subject> other) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (allowed.contains(name)) {
                continue;
            }
            Place at = place.field(name);
            Optional<Position> position = json.namePositionOf(at.pointer());
            String shown = SHOWABLE_NAME.matcher(name).matches() ? "unknown field \"" + name + "\"" : "unknown field";
            if (other.isPresent() && other.get().allowedFields().contains(name)) {
                Subject subject = other.get() == Subject.OBLIGATION ? Subject.FINDING : Subject.OBLIGATION;
                problem(position, at, shown + ": " + name + " is a field of " + other.get().noun() + "s; "
                        + subject.noun() + "s have " + String.join(", ", subject.allowedFields()));
                continue;
            }
            problem(position, at, shown + Suggestion.closest(name, allowed).map(s -> "; did you mean \"" + s + "\"?")
                    .orElse("; expected one of: " + String.join(", ", allowed)));
        }
    }

    private Optional<JsonNode> required(JsonNode parent, Place place) {
        JsonNode node = parent.get(place.name());
        if (node == null || node.isNull()) {
            problem(place, "missing");
            return Optional.empty();
        }
        return Optional.of(node);
    }

    private Optional<String> requiredText(JsonNode parent, Place place) {
        return required(parent, place).flatMap(n -> text(n, place, "text"));
    }

    private Optional<String> optionalText(JsonNode node, Place place) {
        return node == null ? Optional.empty() : text(node, place, "text");
    }

    private Optional<String> text(JsonNode node, Place place, String what) {
        if (!node.isTextual()) {
            problem(place, "expected " + what + " (a string), found " + JsonKind.of(node));
            return Optional.empty();
        }
        if (node.textValue().isBlank()) {
            problem(place, "must not be empty");
            return Optional.empty();
        }
        return Optional.of(node.textValue());
    }

    private Optional<LocalDate> date(JsonNode node, Place place) {
        if (!node.isTextual() || !ISO_DATE.matcher(node.textValue()).matches()) {
            problem(place, "expected a date as YYYY-MM-DD" + (node.isTextual() ? "" : ", found " + JsonKind.of(node)));
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(node.textValue()));
        } catch (DateTimeException e) {
            problem(place, "'" + node.textValue() + "' is not a real date");
            return Optional.empty();
        }
    }

    private void problem(Place place, String message) {
        problem(json.positionOf(place.pointer()), place, message);
    }

    private void problem(Optional<Position> position, Place place, String message) {
        problems.add(new Problem(position, place.path(), message, problems.size()));
    }

    private ScenarioFileException failure() {
        List<String> lines = problems.stream()
                .sorted(Comparator.comparing((Problem p) -> p.position().map(Position::line).orElse(0))
                        .thenComparing(p -> p.position().map(Position::column).orElse(0))
                        .thenComparingInt(Problem::sequence))
                .map(p -> source + p.position().map(pos -> ":" + pos).orElse("") + ": "
                        + (p.where().isEmpty() ? "" : p.where() + ": ") + p.message())
                .toList();
        return new ScenarioFileException(lines);
    }

    /** A problem at a place in the file. */
    private record Problem(Optional<Position> position, String where, String message, int sequence) {
    }

    /** A place in the scenario: its JSON pointer and its path as messages print it. */
    private record Place(String pointer, String path, String name) {
        static final Place ROOT = new Place("", "", "");

        Place field(String field) {
            return new Place(pointer + "/" + field.replace("~", "~0").replace("/", "~1"),
                    path.isEmpty() ? field : path + "." + field, field);
        }

        Place index(int i) {
            return new Place(pointer + "/" + i, path + "[" + i + "]", name);
        }
    }
}
