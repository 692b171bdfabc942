package org.childinneed.policies.casefile;

import org.childinneed.model.text.English;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.childinneed.model.Coded;
import org.childinneed.model.child.Child;
import org.childinneed.model.event.AttributeSpec;
import org.childinneed.model.event.Attributes;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.event.EventRef;
import org.childinneed.model.event.DeclaredCodes;
import org.childinneed.model.event.DeclaredEventType;
import org.childinneed.model.event.DeclaredVocabulary;
import org.childinneed.model.event.EventSchema;
import org.childinneed.model.event.EventType;
import org.childinneed.model.event.FreeText;
import org.childinneed.model.event.Visit;
import org.childinneed.model.problem.Location;
import org.childinneed.model.problem.Problem;
import org.childinneed.model.timeline.CaseRecord;
import org.childinneed.model.timeline.CaseRules;
import org.childinneed.model.timeline.InvalidCaseException;
import org.childinneed.policies.casefile.JsonValues.BadValue;
import org.childinneed.policies.internal.json.JsonKind;
import org.childinneed.policies.internal.json.LocatedJson;
import org.childinneed.policies.internal.json.Position;

/**
 * Reads one case from its JSON tree, driven by the attribute schema of {@link EventType}, and
 * collects every problem before giving up. Not part of the API: public only for the library's
 * readers of documents that embed a case (scenario files); products use {@link CaseFileReader}.
 */
public final class CaseTreeReader {

    private static final List<String> EVENT_TYPES =
            EventType.national().stream().map(EventType::code).toList();

    private final String source;
    private final LocatedJson json;
    /** The event types a policy declares, by code, which this reader accepts beside the national ones. */
    private final Map<String, DeclaredEventType> declared = new LinkedHashMap<>();
    private final DeclaredCodes declaredCodes;
    private final List<Located> problems = new ArrayList<>();
    /**
     * Stand-ins for events that could not be read but have an id, so that the whole-case checks
     * still see their ids (a duplicate is reported; a reference to one is not called dangling).
     */
    private final List<CaseEvent> standIns = new ArrayList<>();

    /** The national types the policy adds attributes to, with them. */
    private final Map<EventType, org.childinneed.model.event.ExtendedEventType> extended = new java.util.EnumMap<>(EventType.class);

    /** The times of day events record (their optional {@code time}). */
    private final Map<EventRef, java.time.LocalTime> times = new HashMap<>();

    private CaseTreeReader(String source, LocatedJson json, DeclaredVocabulary declared) {
        this.source = source;
        this.json = json;
        declared.events().forEach(type -> this.declared.put(type.code(), type));
        this.declaredCodes = declared.codes();
        declared.extended().forEach(type -> this.extended.put(type.national(), type));
    }

    /**
     * Reads the case at the root of {@code json}.
     *
     * @param source how problems name the document
     * @param json the case's tree
     * @return the case
     * @throws CaseFileException listing every problem
     */
    public static CaseRecord read(String source, LocatedJson json) throws CaseFileException {
        return read(source, json, List.of());
    }

    /**
     * Reads the case at the root of {@code json}, accepting events of the types a policy declares
     * ({@code CompiledPolicy.declaredEvents()}) and checking their attributes as declared.
     *
     * @throws CaseFileException listing every problem
     */
    public static CaseRecord read(String source, LocatedJson json, List<DeclaredEventType> declared)
            throws CaseFileException {
        return read(source, json, DeclaredVocabulary.of(declared));
    }

    /**
     * Reads the case at the root of {@code json}, accepting what a policy declares
     * ({@code CompiledPolicy.declaredVocabulary()}): events of declared types, checked as declared,
     * and declared roles and plan elements where national ones are expected.
     *
     * @throws CaseFileException listing every problem
     */
    public static CaseRecord read(String source, LocatedJson json, DeclaredVocabulary declared) throws CaseFileException {
        return new CaseTreeReader(source, json, declared).read();
    }

    private CaseRecord read() throws CaseFileException {
        JsonNode root = json.root();
        if (!root.isObject()) {
            fail(List.of(CaseFileException.problemOfFile(source, CaseFileCodes.NOT_A_CASE, lineOf(List.of("")),
                    "expected a JSON object with case, child and events, found " + JsonKind.of(root))));
        }
        Optional<String> caseId = caseId(root);
        Optional<Child> child = child(root);
        List<CaseEvent> events = events(root);
        CaseRecord record = validate(caseId, child, events);
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(Located::index).thenComparingInt(Located::sequence));
            fail(problems.stream().map(Located::problem).toList());
        }
        return record;
    }

    private Optional<String> caseId(JsonNode root) {
        JsonNode node = root.get("case");
        if (node == null || node.isNull()) {
            caseProblem("case", CaseFileCodes.MISSING_FIELD, "missing; every case file needs a case identifier");
            return Optional.empty();
        }
        if (!node.isTextual() || node.textValue().isBlank()) {
            caseProblem("case", node.isTextual() ? CaseFileCodes.BAD_VALUE : CaseFileCodes.WRONG_TYPE, node.isTextual() ? "must not be empty"
                    : "expected a case identifier (a string), found " + JsonKind.of(node));
            return Optional.empty();
        }
        Optional<String> hazard = Ids.unprintable(node.textValue());
        if (hazard.isPresent()) {
            caseProblem("case", CaseFileCodes.BAD_VALUE, hazard.get());
            return Optional.empty();
        }
        return Optional.of(node.textValue());
    }

    private Optional<Child> child(JsonNode root) {
        JsonNode node = root.get("child");
        if (node == null || node.isNull()) {
            caseProblem("child", CaseFileCodes.MISSING_FIELD, "missing; every case file needs the child's date of birth as child.born");
            return Optional.empty();
        }
        if (!node.isObject()) {
            caseProblem("child", CaseFileCodes.WRONG_TYPE, "expected an object with born, found " + JsonKind.of(node));
            return Optional.empty();
        }
        Optional<LocalDate> born = Optional.empty();
        JsonNode bornNode = node.get("born");
        if (bornNode == null || bornNode.isNull()) {
            caseProblem("child.born", CaseFileCodes.MISSING_FIELD, "missing; the child's date of birth is required");
        } else {
            try {
                born = Optional.of(JsonValues.date(bornNode));
            } catch (BadValue e) {
                caseProblem("child.born", e.code, e.getMessage());
            }
        }
        boolean disabled = false;
        JsonNode disabledNode = node.get("disabled");
        if (disabledNode != null && !disabledNode.isNull()) {
            try {
                disabled = JsonValues.flag(disabledNode);
            } catch (BadValue e) {
                caseProblem("child.disabled", e.code, e.getMessage());
            }
        }
        boolean isDisabled = disabled;
        return born.map(b -> new Child(b, isDisabled));
    }

    private List<CaseEvent> events(JsonNode root) {
        JsonNode node = root.get("events");
        if (node == null || node.isNull()) {
            caseProblem("events", CaseFileCodes.MISSING_FIELD, "missing; every case file needs an events list (it may be empty)");
            return List.of();
        }
        if (!node.isArray()) {
            caseProblem("events", CaseFileCodes.WRONG_TYPE, "expected a list of events, found " + JsonKind.of(node));
            return List.of();
        }
        if (node.size() > CaseFileReader.MAX_EVENTS) {
            caseProblem("events", CaseFileCodes.TOO_MANY_EVENTS, "holds " + node.size() + " events; a case file holds at most " + CaseFileReader.MAX_EVENTS
                    + " (split the case, or check it with a policy in code)");
            return List.of();
        }
        List<CaseEvent> events = new ArrayList<>();
        for (int index = 0; index < node.size(); index++) {
            event(index, node.get(index)).ifPresent(events::add);
        }
        return events;
    }

    private Optional<CaseEvent> event(int index, JsonNode node) {
        String at = "/events/" + index;
        if (!node.isObject()) {
            add(index, Optional.of(EventRef.at(index)), "", List.of(at), CaseFileCodes.WRONG_TYPE,
                    "expected an event object, found " + JsonKind.of(node));
            return Optional.empty();
        }
        int before = problems.size();
        EventRef ref = idOf(index, node);
        Optional<EventSchema> type = type(ref, node);
        Optional<LocalDate> date = required(ref, node, "date", "every event needs a date", JsonValues::date);
        JsonNode timeNode = node.get("time");
        if (timeNode != null && !timeNode.isNull()) {
            try {
                times.put(ref, JsonValues.time(timeNode));
            } catch (BadValue e) {
                eventProblem(ref, "time", e.code, e.getMessage());
            }
        }
        Map<String, Object> values = new HashMap<>();
        type.ifPresent(t -> t.attributes().forEach(spec -> attribute(ref, t, spec, node.get(spec.name()))
                .ifPresent(v -> values.put(spec.name(), v))));
        if (problems.size() > before || type.isEmpty() || date.isEmpty()) {
            standIn(ref);
            return Optional.empty();
        }
        try {
            Attributes attributes = Attributes.of(values);
            if (type.get() instanceof org.childinneed.model.event.ExtendedEventType x) {
                Map<String, Object> added = new HashMap<>();
                x.added().forEach(spec -> {
                    if (values.containsKey(spec.name())) {
                        added.put(spec.name(), values.remove(spec.name()));
                    }
                });
                return Optional.of(x.extend(x.national().create(ref, date.get(), Attributes.of(values)), Attributes.of(added)));
            }
            return Optional.of(type.get() instanceof DeclaredEventType d ? d.create(ref, date.get(), attributes)
                    : ((EventType) type.get()).create(ref, date.get(), attributes));
        } catch (IllegalArgumentException | NullPointerException e) {
            add(index, Optional.of(ref), "", List.of(at), CaseFileCodes.EVENT_UNREADABLE, "cannot be read as " + article(type.get().code()) + " " + type.get().code() + " event");
            standIn(ref);
            return Optional.empty();
        }
    }

    private void standIn(EventRef ref) {
        ref.id().ifPresent(id -> standIns.add(new Visit(ref, LocalDate.EPOCH)));
    }

    private EventRef idOf(int index, JsonNode node) {
        String at = "/events/" + index;
        EventRef ref = EventRef.at(index);
        JsonNode idNode = node.get("id");
        if (idNode != null && !idNode.isNull()) {
            if (!idNode.isTextual()) {
                add(index, Optional.of(ref), "id", List.of(at + "/id", at), CaseFileCodes.WRONG_TYPE,
                        "expected an id (a string), found " + JsonKind.of(idNode));
            } else if (idNode.textValue().isBlank()) {
                add(index, Optional.of(ref), "id", List.of(at + "/id", at), CaseFileCodes.BAD_VALUE, "must not be empty");
            } else if (Ids.unprintable(idNode.textValue()).isPresent()) {
                add(index, Optional.of(ref), "id", List.of(at + "/id", at), CaseFileCodes.BAD_VALUE, Ids.unprintable(idNode.textValue()).get());
            } else {
                ref = EventRef.of(index, idNode.textValue());
            }
        }
        return ref;
    }

    private Optional<EventSchema> type(EventRef ref, JsonNode node) {
        Optional<String> code = required(ref, node, "type", "every event needs a type", n -> JsonValues.text(n, "an event type"));
        if (code.isEmpty()) {
            return Optional.empty();
        }
        Optional<EventSchema> type = EventType.fromCode(code.get())
                .map(t -> extended.containsKey(t) ? (EventSchema) extended.get(t) : t)
                .or(() -> Optional.ofNullable(declared.get(code.get())));
        if (type.isEmpty()) {
            List<String> known = new ArrayList<>(EVENT_TYPES);
            known.addAll(declared.keySet());
            eventProblem(ref, "type", CaseFileCodes.UNKNOWN_EVENT_TYPE, unknownCode("event type", code.get(), known));
        }
        return type;
    }

    private Optional<Object> attribute(EventRef ref, EventSchema type, AttributeSpec spec, JsonNode node) {
        if (node == null || node.isNull()) {
            if (spec.required()) {
                eventProblem(ref, spec.name(), CaseFileCodes.MISSING_FIELD, "missing; " + article(type.code()) + " " + type.code() + " event needs it");
            }
            return Optional.empty();
        }
        try {
            return switch (spec.type()) {
                case FLAG -> Optional.of(JsonValues.flag(node));
                case COUNT -> Optional.of(JsonValues.count(node));
                case DATE -> Optional.of(JsonValues.date(node));
                case CODE -> code(ref, spec, spec.name(), node).map(Object.class::cast);
                case CODES -> Optional.of(codes(ref, spec, node));
                case EVENT_REF -> Optional.of(eventRef(node));
                case TEXT -> Optional.of(new FreeText(JsonValues.text(node, "text")));
            };
        } catch (BadValue e) {
            eventProblem(ref, spec.name(), e.code, e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<Coded> code(EventRef ref, AttributeSpec spec, String field, JsonNode node) throws BadValue {
        String vocabulary = vocabularyName(spec);
        String code = JsonValues.text(node, article(vocabulary) + " " + vocabulary);
        Optional<Coded> parsed = spec.parseCode(code, declaredCodes);
        if (parsed.isEmpty()) {
            eventProblem(ref, field, CaseFileCodes.UNKNOWN_CODE, unknownCode(vocabulary, code, spec.codes(declaredCodes)));
        }
        return parsed;
    }

    private Set<Coded> codes(EventRef ref, AttributeSpec spec, JsonNode node) throws BadValue {
        if (!node.isArray()) {
            throw new BadValue(CaseFileCodes.WRONG_TYPE, "expected a list of " + vocabularyName(spec) + "s, found " + JsonKind.of(node));
        }
        Set<Coded> codes = new LinkedHashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String field = spec.name() + "[" + i + "]";
            try {
                code(ref, spec, field, node.get(i)).ifPresent(codes::add);
            } catch (BadValue e) {
                eventProblem(ref, field, e.code, e.getMessage());
            }
        }
        return codes;
    }

    private static String eventRef(JsonNode node) throws BadValue {
        String id = JsonValues.text(node, "an event id");
        if (id.isBlank()) {
            throw new BadValue(CaseFileCodes.BAD_VALUE, "must not be empty");
        }
        Optional<String> hazard = Ids.unprintable(id);
        if (hazard.isPresent()) {
            throw new BadValue(CaseFileCodes.BAD_VALUE, hazard.get());
        }
        return id;
    }

    /**
     * Checks what only the whole case shows (unique ids, references; {@link CaseRules}), by
     * building the record. A reference to a later meeting is reported only when nothing else is
     * wrong with the file: with other problems it may be their consequence.
     */
    private CaseRecord validate(Optional<String> caseId, Optional<Child> child, List<CaseEvent> events) {
        List<CaseEvent> all = new ArrayList<>(events);
        all.addAll(standIns);
        all.sort(Comparator.comparingInt(e -> e.ref().index()));
        try {
            Map<EventRef, java.time.LocalTime> recorded = new HashMap<>(times);
            recorded.keySet().retainAll(events.stream().map(CaseEvent::ref).toList());
            CaseRecord record = new CaseRecord(caseId.orElse("?"), child.orElse(Child.bornOn(LocalDate.EPOCH)), all, recorded);
            return problems.isEmpty() ? record : null;
        } catch (InvalidCaseException e) {
            Map<Integer, CaseEvent> byIndex = new HashMap<>();
            all.forEach(ev -> byIndex.put(ev.ref().index(), ev));
            boolean onlyLater = problems.isEmpty()
                    && e.problems().stream().allMatch(p -> p.code().equals(CaseRules.MEETING_REF_LATER));
            for (Problem problem : e.problems()) {
                Optional<EventRef> event = problem.location().event();
                String field = problem.location().field().orElse("");
                int index = event.map(EventRef::index).orElse(-1);
                if (problem.code().equals(CaseRules.MEETING_REF_LATER)) {
                    if (onlyLater) {
                        add(index, event, field, pointers(index, field), problem.code(), problem.message());
                    }
                    continue;
                }
                Optional<String> target = event.map(r -> byIndex.get(r.index()))
                        .flatMap(ev -> ev.attribute(field)).filter(String.class::isInstance).map(String.class::cast);
                if (target.isPresent() && standIns.stream().anyMatch(st -> st.ref().id().equals(target))) {
                    continue;
                }
                String message = problem.message() + target.map(t -> ": \"" + t + "\"").orElse("");
                add(index, event, field, pointers(index, field), problem.code(), message);
            }
            return null;
        }
    }

    private <T> Optional<T> required(EventRef ref, JsonNode node, String field, String why, Reader<T> reader) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            eventProblem(ref, field, CaseFileCodes.MISSING_FIELD, "missing; " + why);
            return Optional.empty();
        }
        try {
            return Optional.of(reader.read(value));
        } catch (BadValue e) {
            eventProblem(ref, field, e.code, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * An unknown code is repeated only when it is a likely misspelling of a known one (a short
     * token a few edits from it): any other value, a name or a phone number, say, may be personal
     * data and is withheld.
     */
    private static String unknownCode(String vocabulary, String code, List<String> known) {
        Optional<String> suggestion = Suggestion.closest(code, known);
        String head = Suggestion.isShowableToken(code) && suggestion.isPresent() ? "unknown " + vocabulary + " '" + code + "'"
                : "not a known " + vocabulary;
        return head + suggestion.map(s -> "; did you mean '" + s + "'?")
                .orElse("; expected one of: " + String.join(", ", known));
    }

    /** "a" or "an", as the word that follows needs. */
    private static String article(String word) {
        return English.article(word);
    }

    /** "Role" becomes "role", "ReviewOutcome" becomes "review outcome". */
    private static String vocabularyName(AttributeSpec spec) {
        String simple = spec.vocabulary().map(Class::getSimpleName).orElse("code");
        return simple.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    private void caseProblem(String field, String code, String message) {
        add(-1, Optional.empty(), field, pointers(-1, field), code, message);
    }

    private void eventProblem(EventRef ref, String field, String code, String message) {
        add(ref.index(), Optional.of(ref), field, pointers(ref.index(), field), code, message);
    }

    private static List<String> pointers(int index, String field) {
        String base = index < 0 ? "" : "/events/" + index;
        String path = base + "/" + field.replace('.', '/').replace("[", "/").replace("]", "");
        List<String> candidates = new ArrayList<>();
        candidates.add(path);
        int cut = path.lastIndexOf('/');
        while (cut > 0 && !path.substring(0, cut).equals(base)) {
            candidates.add(path.substring(0, cut));
            cut = path.lastIndexOf('/', cut - 1);
        }
        candidates.add(base);
        return candidates;
    }

    private void add(int index, Optional<EventRef> event, String field, List<String> pointers, String code, String message) {
        Location at = new Location(Optional.of(source), lineOf(pointers).orElse(0), 0, event,
                field.isEmpty() ? Optional.empty() : Optional.of(field));
        problems.add(new Located(index, problems.size(), Problem.error(code, at, message)));
    }

    /** The line of the first of {@code pointers} that the file has a field at, if lines are known. */
    private Optional<Integer> lineOf(List<String> pointers) {
        return pointers.stream().flatMap(p -> json.fieldAt(p).stream()).findFirst().map(Position::line);
    }

    private void fail(List<Problem> all) throws CaseFileException {
        throw new CaseFileException(source, all);
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(JsonNode node) throws BadValue;
    }

    /** A problem with its place in the file, to list problems in file order. */
    private record Located(int index, int sequence, Problem problem) {
    }
}
