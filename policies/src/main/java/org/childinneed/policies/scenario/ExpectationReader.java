package org.childinneed.policies.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.childinneed.model.Coded;
import org.childinneed.model.compliance.ObligationStatus;
import org.childinneed.model.compliance.RuleSeverity;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.timeline.CaseRecord;
import org.childinneed.policies.casefile.Suggestion;
import org.childinneed.policies.internal.json.JsonKind;

/**
 * Reads a scenario's {@code expect} block: the obligations and findings the report must (or must
 * not) hold, each field checked as the report writes it.
 */
final class ExpectationReader {

    private static final List<String> EXPECT_FIELDS =
            List.of("obligations", "absentObligations", "findings", "absentFindings", "only");
    /** Fields a scenario may expect null: absent in the report ("due": null, an obligation with no due date). */
    private static final Set<String> NULLABLE = Set.of("earliest", "due", "satisfiedBy", "satisfiedOn");
    private static final Set<String> DATES = Set.of("triggerDate", "earliest", "due", "satisfiedOn", "date");
    private static final Set<String> EVENTS = Set.of("trigger", "satisfiedBy", "event");

    private final ScenarioFields file;
    /** Labels the report may use for the case's events (id, or #N); empty when the case is unreadable. */
    private final Optional<Map<String, CaseEvent>> labels;

    /** Kind codes the scenario's policy declares, accepted beside the national ones. */
    private final List<String> declaredObligationKinds;
    private final List<String> declaredFindingKinds;

    ExpectationReader(ScenarioFields file, Optional<CaseRecord> record) {
        this(file, record, List.of(), List.of());
    }

    ExpectationReader(ScenarioFields file, Optional<CaseRecord> record, List<String> declaredObligationKinds,
            List<String> declaredFindingKinds) {
        this.file = file;
        this.labels = record.map(ExpectationReader::labelsOf);
        this.declaredObligationKinds = List.copyOf(declaredObligationKinds);
        this.declaredFindingKinds = List.copyOf(declaredFindingKinds);
    }

    private static Map<String, CaseEvent> labelsOf(CaseRecord record) {
        Map<String, CaseEvent> byLabel = new HashMap<>();
        record.events().forEach(e -> byLabel.put(e.ref().label(), e));
        return byLabel;
    }

    Optional<Expectations> read(JsonNode node, Place place) {
        if (node == null || node.isNull()) {
            file.problem(ScenarioCodes.MISSING_FIELD, place, "missing; say what the report must hold: obligations, findings, absentObligations"
                    + " or absentFindings");
            return Optional.empty();
        }
        if (!node.isObject()) {
            file.problem(ScenarioCodes.WRONG_TYPE, place, "expected an object, found " + JsonKind.of(node));
            return Optional.empty();
        }
        file.unknownFields(node, place, EXPECT_FIELDS);
        List<Expected> obligations = items(node, place, "obligations", Subject.OBLIGATION);
        List<Expected> absentObligations = items(node, place, "absentObligations", Subject.OBLIGATION);
        List<Expected> findings = items(node, place, "findings", Subject.FINDING);
        List<Expected> absentFindings = items(node, place, "absentFindings", Subject.FINDING);
        boolean only = false;
        JsonNode onlyNode = node.get("only");
        if (onlyNode != null && !onlyNode.isBoolean()) {
            file.problem(ScenarioCodes.WRONG_TYPE, place.field("only"), "expected true or false, found " + JsonKind.of(onlyNode));
        } else if (onlyNode != null) {
            only = onlyNode.booleanValue();
        }
        boolean anyList = EXPECT_FIELDS.stream().filter(f -> !f.equals("only"))
                .anyMatch(f -> node.path(f).isArray() && !node.path(f).isEmpty());
        if (!anyList) {
            file.problem(ScenarioCodes.NOTHING_EXPECTED, place, "expects nothing; give at least one of obligations, findings, absentObligations"
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
            file.problem(ScenarioCodes.WRONG_TYPE, place, "expected a list of " + subject.noun() + "s, found " + JsonKind.of(node));
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
            file.problem(ScenarioCodes.WRONG_TYPE, place, "expected an object with rule and the " + subject.noun()
                    + " fields to compare, found " + JsonKind.of(node));
            return Optional.empty();
        }
        int before = file.problemCount();
        Subject other = subject == Subject.OBLIGATION ? Subject.FINDING : Subject.OBLIGATION;
        file.unknownFields(node, place, subject.allowedFields(), name -> other.allowedFields().contains(name)
                ? Optional.of(name + " is a field of " + other.noun() + "s; " + subject.noun() + "s have "
                        + String.join(", ", subject.allowedFields()))
                : Optional.empty());
        if (!node.has("rule") || node.get("rule").isNull()) {
            file.problem(ScenarioCodes.MISSING_FIELD, place, "missing rule; every expected " + subject.noun() + " names its rule (the clause id)");
        }
        Map<String, Optional<String>> fields = new LinkedHashMap<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (subject.fields().contains(name)) {
                value(subject, name, node.get(name), place.field(name)).ifPresent(v -> fields.put(name, v));
            }
        }
        Optional<String> messageContains = subject == Subject.FINDING
                ? file.optionalText(node.get(Subject.MESSAGE_CONTAINS), place.field(Subject.MESSAGE_CONTAINS))
                : Optional.empty();
        file.optionalText(node.get(Subject.WHY), place.field(Subject.WHY));
        if (file.problemCount() > before) {
            return Optional.empty();
        }
        String where = place.path() + file.positionOf(place).map(p -> " (line " + p.line() + ")").orElse("");
        return Optional.of(new Expected(subject, where, fields, messageContains));
    }

    /** A field's value as the report writes it, empty for a permitted null; or a problem. */
    private Optional<Optional<String>> value(Subject subject, String name, JsonNode node, Place place) {
        if (node.isNull()) {
            if (NULLABLE.contains(name)) {
                return Optional.of(Optional.empty());
            }
            file.problem(ScenarioCodes.WRONG_TYPE, place, "must not be null");
            return Optional.empty();
        }
        if (DATES.contains(name)) {
            return file.date(node, place).map(d -> Optional.of(d.toString()));
        }
        Optional<String> text = file.text(node, place, name.equals("rule") ? "a clause id" : "a " + name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String value = text.get();
        if (name.equals("kind")) {
            List<String> declared = subject == Subject.OBLIGATION ? declaredObligationKinds : declaredFindingKinds;
            return known(value, Stream.concat(subject.kinds().stream(), declared.stream()).toList(),
                    subject.noun() + " kind", place);
        }
        if (name.equals("status")) {
            return known(value, Coded.codes(ObligationStatus.class), "status", place);
        }
        if (name.equals("severity")) {
            return known(value, Coded.codes(RuleSeverity.class), "severity", place);
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
        file.problem(ScenarioCodes.UNKNOWN_CODE, place, shown + Suggestion.closest(value, codes).map(s -> "; did you mean '" + s + "'?")
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
                file.problem(ScenarioCodes.UNKNOWN_EVENT, place, "event " + label + " has id \"" + id.get() + "\"; reports name it \""
                        + id.get() + "\"");
                return Optional.empty();
            }
        }
        String shown = Suggestion.isShowableToken(label) || label.matches("#\\d{1,9}") ? "'" + label + "'"
                : "this value";
        file.problem(ScenarioCodes.UNKNOWN_EVENT, place, shown + " names no event of the case; use an event's id, or #N (its index) when it"
                + " has none" + Suggestion.closest(label, byLabel.keySet()).map(s -> "; did you mean '" + s + "'?")
                .orElse(""));
        return Optional.empty();
    }
}
