package org.childinneed.policies.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.childinneed.dsl.CompiledPolicy;
import org.childinneed.model.compliance.DeclaredKind;
import org.childinneed.model.compliance.Policy;
import org.childinneed.model.timeline.CaseRecord;
import org.childinneed.model.problem.Problem;
import org.childinneed.policies.casefile.CaseFileException;
import org.childinneed.policies.casefile.CaseFileReader;
import org.childinneed.policies.casefile.CaseTreeReader;
import org.childinneed.policies.casefile.Suggestion;
import org.childinneed.policies.internal.json.JsonFiles;
import org.childinneed.policies.internal.json.JsonFormat;
import org.childinneed.policies.internal.json.JsonKind;
import org.childinneed.policies.internal.json.JsonSyntaxException;
import org.childinneed.policies.internal.json.LocatedJson;
import org.childinneed.policies.internal.json.Position;

/**
 * Reads a scenario file, checking every field and reporting every problem at once, each with its
 * line, column and field path. Unknown fields are errors, with a did-you-mean. This class reads the
 * header (name, pins, policy, asOf, case); {@link ExpectationReader} reads the {@code expect} block.
 */
final class ScenarioReader {

    private static final List<String> TOP_FIELDS =
            List.of("scenario", "notes", "pins", "policy", "asOf", "skip", "case", "expect");
    private static final JsonFormat FORMAT = JsonFormat.everyPosition();

    private final String source;
    private final JsonNode root;
    private final PolicyLookup lookup;
    private final Path folder;
    private final ScenarioFields file;

    private ScenarioReader(String source, LocatedJson json, PolicyLookup lookup, Path folder) {
        this.folder = folder;
        this.source = source;
        this.root = json.root();
        this.lookup = lookup;
        this.file = new ScenarioFields(source, json);
    }

    /** Reads the scenario at {@code file}; problems name the file by the path as given. */
    static Scenario read(Path file, PolicyLookup lookup) throws ScenarioFileException {
        try {
            Path folder = Optional.ofNullable(file.toAbsolutePath().getParent()).orElse(Path.of(""));
            return parse(file.toString(), JsonFiles.read(file, "scenario file", CaseFileReader.MAX_FILE_BYTES), lookup, folder);
        } catch (JsonFiles.UnreadableFile e) {
            throw fileProblem(file.toString(), e.getMessage());
        }
    }

    /** Reads a scenario from its text; {@code source} is how problems name the file. */
    static Scenario parse(String source, String text, PolicyLookup lookup) throws ScenarioFileException {
        return parse(source, text, lookup, Path.of(""));
    }

    /** Reads a scenario from its text; a policy given by path is resolved against {@code folder}. */
    static Scenario parse(String source, String text, PolicyLookup lookup, Path folder) throws ScenarioFileException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        LocatedJson json;
        try {
            json = LocatedJson.parse(body, FORMAT);
        } catch (JsonSyntaxException e) {
            throw ScenarioFields.ofFile(source, Optional.of(e.position().orElse(new Position(1, 1))), syntaxMessage(e));
        }
        return new ScenarioReader(source, json, lookup, folder).read();
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
        return ScenarioFields.ofFile(source, Optional.empty(), message);
    }

    private Scenario read() throws ScenarioFileException {
        Place top = Place.ROOT;
        if (!root.isObject()) {
            file.problem(ScenarioCodes.NOT_A_SCENARIO, top, "expected a scenario object with scenario, pins, policy, asOf, case and expect, found "
                    + JsonKind.of(root));
            throw file.failure();
        }
        file.unknownFields(root, top, TOP_FIELDS);
        Optional<String> name = file.requiredText(root, top.field("scenario"));
        notes(root.get("notes"), top.field("notes"));
        List<String> pins = pins(root.get("pins"), top.field("pins"));
        Optional<Policy> policy = file.requiredText(root, top.field("policy"))
                .flatMap(id -> policy(id, top.field("policy")));
        Optional<LocalDate> asOf = file.required(root, top.field("asOf")).flatMap(n -> file.date(n, top.field("asOf")));
        Optional<String> skip = file.optionalText(root.get("skip"), top.field("skip"));
        Optional<CaseRecord> record = caseRecord(root.get("case"), top.field("case"), declaredEvents(policy));
        int before = file.problemCount();
        Optional<CompiledPolicy> script = policy.filter(CompiledPolicy.class::isInstance).map(CompiledPolicy.class::cast);
        Optional<Expectations> expect = new ExpectationReader(file, record,
                script.map(p -> codes(p.declaredObligationKinds())).orElse(List.of()),
                script.map(p -> codes(p.declaredFindingKinds())).orElse(List.of()))
                .read(root.get("expect"), top.field("expect"));
        if (file.problemCount() == before) {
            expect.ifPresent(e -> checkPins(pins, e, top.field("pins")));
        }
        if (file.problemCount() > 0) {
            throw file.failure();
        }
        return new Scenario(source, name.orElseThrow(), pins, policy.orElseThrow(), asOf.orElseThrow(),
                record.orElseThrow(), expect.orElseThrow(), skip);
    }

    private void notes(JsonNode node, Place place) {
        if (node == null || node.isTextual()) {
            return;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (!node.get(i).isTextual()) {
                    file.problem(ScenarioCodes.WRONG_TYPE, place.index(i), "expected a line of text, found " + JsonKind.of(node.get(i)));
                }
            }
            return;
        }
        file.problem(ScenarioCodes.WRONG_TYPE, place, "expected text or a list of lines, found " + JsonKind.of(node));
    }

    private List<String> pins(JsonNode node, Place place) {
        if (node == null || node.isNull()) {
            file.problem(ScenarioCodes.MISSING_FIELD, place, "missing; list the catalog clauses this scenario pins, e.g. [\"KEN-01\"]");
            return List.of();
        }
        if (!node.isArray() || node.isEmpty()) {
            file.problem(node.isArray() ? ScenarioCodes.BAD_VALUE : ScenarioCodes.WRONG_TYPE, place,
                    "expected a list of one or more clause ids, found "
                    + (node.isArray() ? "an empty list" : JsonKind.of(node)));
            return List.of();
        }
        List<String> pins = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            file.text(node.get(i), place.index(i), "a clause id").ifPresent(pins::add);
        }
        return pins;
    }

    private void checkPins(List<String> pins, Expectations expect, Place place) {
        Set<String> named = new HashSet<>();
        expect.all().forEach(e -> named.add(e.rule()));
        for (int i = 0; i < pins.size(); i++) {
            if (!named.contains(pins.get(i))) {
                file.problem(ScenarioCodes.PIN_UNUSED, place.index(i), "pins " + pins.get(i)
                        + " but no expectation names it; pin a clause by expecting (or ruling out) something of it");
            }
        }
    }

    private Optional<Policy> policy(String id, Place place) {
        List<String> problems = new ArrayList<>();
        Optional<Policy> policy = lookup.find(id, folder, problems::add);
        List<String> known = lookup.known();
        if (!problems.isEmpty()) {
            problems.forEach(problem -> file.problem(ScenarioCodes.POLICY_NOT_LOADED, place, problem));
        } else if (policy.isEmpty() && known.contains(id)) {
            file.problem(ScenarioCodes.POLICY_NOT_LOADED, place, "policy '" + id + "' is known but could not be loaded (does its script compile?"
                    + " try cin lint)");
        } else if (policy.isEmpty()) {
            String shown = Suggestion.isShowableToken(id) ? "unknown policy '" + id + "'" : "not a known policy";
            file.problem(ScenarioCodes.UNKNOWN_POLICY, place, shown + Suggestion.closest(id, known).map(s -> "; did you mean '" + s + "'?")
                    .orElse(known.isEmpty() ? "" : "; known policies: " + String.join(", ", known)));
        }
        return policy;
    }

    private static List<String> codes(List<DeclaredKind> kinds) {
        return kinds.stream().map(DeclaredKind::code).toList();
    }

    /** The event types the scenario's policy declares, which its case may hold (none for a policy that is not a script). */
    private static org.childinneed.model.event.DeclaredVocabulary declaredEvents(Optional<Policy> policy) {
        return policy.filter(CompiledPolicy.class::isInstance).map(p -> ((CompiledPolicy) p).declaredVocabulary())
                .orElse(org.childinneed.model.event.DeclaredVocabulary.NONE);
    }

    private Optional<CaseRecord> caseRecord(JsonNode node, Place place, org.childinneed.model.event.DeclaredVocabulary declared) {
        if (node == null || node.isNull()) {
            file.problem(ScenarioCodes.MISSING_FIELD, place, "missing; give the case as in a case file: case, child and events");
            return Optional.empty();
        }
        try {
            return Optional.of(CaseTreeReader.read(source, LocatedJson.ofTree(node), declared));
        } catch (CaseFileException e) {
            for (Problem p : e.problems()) {
                StringBuilder pointer = new StringBuilder(place.pointer());
                p.location().event().ifPresent(ref -> pointer.append("/events/").append(ref.index()));
                p.location().field().ifPresent(field ->
                        pointer.append('/').append(field.replace('.', '/').replace("[", "/").replace("]", "")));
                file.caseProblem(pointer.toString(), p);
            }
            return Optional.empty();
        }
    }
}
