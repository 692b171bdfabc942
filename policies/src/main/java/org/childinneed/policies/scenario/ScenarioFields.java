package org.childinneed.policies.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.childinneed.model.problem.Location;
import org.childinneed.model.problem.Problem;
import org.childinneed.policies.casefile.Suggestion;
import org.childinneed.policies.internal.json.JsonKind;
import org.childinneed.policies.internal.json.LocatedJson;
import org.childinneed.policies.internal.json.Position;

/**
 * The fields of one scenario file: reads values at their places and collects every problem, with
 * its code ({@link ScenarioCodes}), line, column and field path, to report them all at once.
 */
final class ScenarioFields {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SHOWABLE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    /** Every problem found, in the order found (which breaks ties of position). */
    private final List<Problem> problems = new ArrayList<>();
    private final String source;
    private final LocatedJson json;

    ScenarioFields(String source, LocatedJson json) {
        this.source = source;
        this.json = json;
    }

    /** How many problems have been found so far. */
    int problemCount() {
        return problems.size();
    }

    /** Where {@code place} is written, when the file says. */
    Optional<Position> positionOf(Place place) {
        return json.positionOf(place.pointer());
    }

    /** Reports every field of {@code node} not in {@code allowed}, with a did-you-mean. */
    void unknownFields(JsonNode node, Place place, List<String> allowed) {
        unknownFields(node, place, allowed, name -> Optional.empty());
    }

    /**
     * Reports every field of {@code node} not in {@code allowed}; {@code hint} may explain a name
     * instead of the did-you-mean.
     */
    void unknownFields(JsonNode node, Place place, List<String> allowed, Function<String, Optional<String>> hint) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (allowed.contains(name)) {
                continue;
            }
            Place at = place.field(name);
            String shown = SHOWABLE_NAME.matcher(name).matches() ? "unknown field \"" + name + "\""
                    : "unknown field";
            String advice = hint.apply(name).map(h -> ": " + h).orElseGet(() -> Suggestion.closest(name, allowed)
                    .map(s -> "; did you mean \"" + s + "\"?").orElse("; expected one of: " + String.join(", ", allowed)));
            problem(json.namePositionOf(at.pointer()), ScenarioCodes.UNKNOWN_FIELD, at, shown + advice);
        }
    }

    Optional<JsonNode> required(JsonNode parent, Place place) {
        JsonNode node = parent.get(place.name());
        if (node == null || node.isNull()) {
            problem(ScenarioCodes.MISSING_FIELD, place, "missing");
            return Optional.empty();
        }
        return Optional.of(node);
    }

    Optional<String> requiredText(JsonNode parent, Place place) {
        return required(parent, place).flatMap(n -> text(n, place, "text"));
    }

    Optional<String> optionalText(JsonNode node, Place place) {
        return node == null ? Optional.empty() : text(node, place, "text");
    }

    Optional<String> text(JsonNode node, Place place, String what) {
        if (!node.isTextual()) {
            problem(ScenarioCodes.WRONG_TYPE, place, "expected " + what + " (a string), found " + JsonKind.of(node));
            return Optional.empty();
        }
        if (node.textValue().isBlank()) {
            problem(ScenarioCodes.BAD_VALUE, place, "must not be empty");
            return Optional.empty();
        }
        return Optional.of(node.textValue());
    }

    Optional<LocalDate> date(JsonNode node, Place place) {
        if (!node.isTextual() || !ISO_DATE.matcher(node.textValue()).matches()) {
            problem(ScenarioCodes.DATE_NOT_REAL, place, "expected a date as YYYY-MM-DD" + (node.isTextual() ? "" : ", found " + JsonKind.of(node)));
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(node.textValue()));
        } catch (DateTimeException e) {
            problem(ScenarioCodes.DATE_NOT_REAL, place, "'" + node.textValue() + "' is not a real date");
            return Optional.empty();
        }
    }

    /** A problem with the code {@code code} at {@code place}. */
    void problem(String code, Place place, String message) {
        problem(json.positionOf(place.pointer()), code, place, message);
    }

    /** A problem of the case the scenario holds, at the JSON pointer {@code pointer}, keeping the case's code. */
    void caseProblem(String pointer, Problem caseProblem) {
        add(json.positionOf(pointer), caseProblem.code(), "case", caseProblem.describe());
    }

    private void problem(Optional<Position> position, String code, Place place, String message) {
        add(position, code, place.path(), message);
    }

    private void add(Optional<Position> position, String code, String field, String message) {
        problems.add(Problem.error(code, location(source, position, field), message));
    }

    /** Every problem found, in file order (those at one place in the order found). */
    ScenarioFileException failure() {
        List<Problem> inOrder = new ArrayList<>(problems);
        inOrder.sort(Comparator.comparingInt((Problem p) -> p.location().line())
                .thenComparingInt(p -> p.location().column()));
        return new ScenarioFileException(inOrder);
    }

    /** A problem of the file as a whole (it cannot be read, it is not JSON). */
    static ScenarioFileException ofFile(String source, Optional<Position> position, String message) {
        return new ScenarioFileException(List.of(Problem.error(ScenarioCodes.NOT_JSON,
                location(source, position, ""), message)));
    }

    private static Location location(String source, Optional<Position> position, String field) {
        return new Location(Optional.of(source), position.map(Position::line).orElse(0),
                position.map(Position::column).orElse(0), Optional.empty(),
                field.isEmpty() ? Optional.empty() : Optional.of(field));
    }
}
