package org.childinneed.dsl.internal.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.childinneed.model.Coded;
import org.childinneed.model.compliance.DeclaredKind;
import org.childinneed.model.compliance.Finding;
import org.childinneed.model.compliance.FindingKind;
import org.childinneed.model.compliance.Obligation;
import org.childinneed.model.compliance.ObligationKind;
import org.childinneed.model.event.AttributeSpec;
import org.childinneed.model.event.DeclaredCodes;
import org.childinneed.model.event.DeclaredEventType;
import org.childinneed.model.event.EventSchema;
import org.childinneed.model.event.EventType;
import org.childinneed.model.event.ExtendedEventType;

/**
 * The names a script may use, read from the domain core: event types, attributes, codes, kinds. The
 * static methods answer for the national vocabulary; an instance ({@link #declaring}) also knows
 * the event types, obligation kinds and finding kinds a policy (or the vocabularies it uses) declares.
 */
public final class Vocabulary {

    private static final List<String> EVENT_TYPES = EventType.national().stream().map(EventType::code).toList();
    private static final List<String> OBLIGATION_KINDS = codes(ObligationKind.values());
    private static final List<String> FINDING_KINDS = codes(FindingKind.values());

    /** The national vocabulary alone. */
    public static final Vocabulary NATIONAL = new Vocabulary(List.of(), List.of(), List.of(), DeclaredCodes.NONE);

    private final Map<String, DeclaredEventType> declared = new LinkedHashMap<>();
    private final Map<String, DeclaredKind> obligationKinds = new LinkedHashMap<>();
    private final Map<String, DeclaredKind> findingKinds = new LinkedHashMap<>();
    private final List<String> schemaCodes;
    private final DeclaredCodes codes;
    private final Map<EventType, ExtendedEventType> extended = new java.util.EnumMap<>(EventType.class);

    private Vocabulary(List<DeclaredEventType> declared, List<DeclaredKind> obligationKinds, List<DeclaredKind> findingKinds,
            DeclaredCodes declaredCodes) {
        this.codes = declaredCodes;
        declared.forEach(type -> this.declared.put(type.code(), type));
        obligationKinds.forEach(kind -> this.obligationKinds.put(kind.code(), kind));
        findingKinds.forEach(kind -> this.findingKinds.put(kind.code(), kind));
        List<String> codes = new ArrayList<>(EVENT_TYPES);
        codes.addAll(this.declared.keySet());
        this.schemaCodes = List.copyOf(codes);
    }

    /** The national vocabulary and the event types {@code declared} (whose codes differ from national ones). */
    public static Vocabulary declaring(List<DeclaredEventType> declared) {
        return new Vocabulary(declared, List.of(), List.of(), DeclaredCodes.NONE);
    }

    /**
     * The national vocabulary and the event types, obligation kinds and finding kinds declared
     * (whose codes differ from national ones).
     */
    public static Vocabulary declaring(List<DeclaredEventType> declared, List<DeclaredKind> obligationKinds,
            List<DeclaredKind> findingKinds) {
        return new Vocabulary(declared, obligationKinds, findingKinds, DeclaredCodes.NONE);
    }

    /**
     * The national vocabulary and the event types, obligation kinds, finding kinds and codes of open
     * lists declared (whose codes differ from national ones).
     */
    public static Vocabulary declaring(List<DeclaredEventType> declared, List<DeclaredKind> obligationKinds,
            List<DeclaredKind> findingKinds, DeclaredCodes codes) {
        return new Vocabulary(declared, obligationKinds, findingKinds, codes);
    }

    /**
     * This vocabulary with the national types {@code extensions} add attributes to (each replacing
     * any this vocabulary has for that type).
     */
    public Vocabulary extending(List<ExtendedEventType> extensions) {
        Vocabulary with = new Vocabulary(declared(), declaredObligationKinds(), declaredFindingKinds(), codes);
        with.extended.putAll(extended);
        extensions.forEach(x -> with.extended.put(x.national(), x));
        return with;
    }

    /** The national types a policy adds attributes to, with them, in the order of the national types. */
    public List<ExtendedEventType> extended() {
        return List.copyOf(extended.values());
    }

    /** The national type {@code type} with the attributes added to it, or {@code type} itself. */
    public EventSchema schemaOf(EventType type) {
        EventSchema with = extended.get(type);
        return with == null ? type : with;
    }

    /** The roles and plan elements declared, in the order declared. */
    public DeclaredCodes declaredCodes() {
        return codes;
    }

    /** The event types declared, in the order declared. */
    public List<DeclaredEventType> declared() {
        return List.copyOf(declared.values());
    }

    /** The obligation kinds declared, in the order declared. */
    public List<DeclaredKind> declaredObligationKinds() {
        return List.copyOf(obligationKinds.values());
    }

    /** The finding kinds declared, in the order declared. */
    public List<DeclaredKind> declaredFindingKinds() {
        return List.copyOf(findingKinds.values());
    }

    /** This vocabulary's declarations and then those of {@code other} not already here (by code). */
    public Vocabulary and(Vocabulary other) {
        Map<String, DeclaredEventType> events = new LinkedHashMap<>(declared);
        other.declared.forEach(events::putIfAbsent);
        Map<String, DeclaredKind> obligations = new LinkedHashMap<>(obligationKinds);
        other.obligationKinds.forEach(obligations::putIfAbsent);
        Map<String, DeclaredKind> findings = new LinkedHashMap<>(findingKinds);
        other.findingKinds.forEach(findings::putIfAbsent);
        Vocabulary both = new Vocabulary(List.copyOf(events.values()), List.copyOf(obligations.values()),
                List.copyOf(findings.values()), codes.and(other.codes));
        both.extended.putAll(extended);
        other.extended.forEach((type, x) -> both.extended.merge(type, x, Vocabulary::merged));
        return both;
    }

    /** The national or declared obligation kind written {@code code}. */
    public Optional<Obligation.Kind> obligationKindOf(String code) {
        return obligationKind(code).map(Obligation.Kind.class::cast).or(() -> Optional.ofNullable(obligationKinds.get(code)));
    }

    /** The national or declared finding kind written {@code code}. */
    public Optional<Finding.Kind> findingKindOf(String code) {
        return findingKind(code).map(Finding.Kind.class::cast).or(() -> Optional.ofNullable(findingKinds.get(code)));
    }

    /** Every obligation kind code, national then declared. */
    public List<String> obligationKindCodes() {
        List<String> codes = new ArrayList<>(OBLIGATION_KINDS);
        codes.addAll(obligationKinds.keySet());
        return codes;
    }

    /** Every finding kind code, national then declared. */
    public List<String> findingKindCodes() {
        List<String> codes = new ArrayList<>(FINDING_KINDS);
        codes.addAll(findingKinds.keySet());
        return codes;
    }

    /** The national or declared event type written {@code code}. */
    public Optional<EventSchema> schema(String code) {
        Optional<EventSchema> national = EventType.fromCode(code).map(this::schemaOf);
        return national.or(() -> Optional.ofNullable(declared.get(code)));
    }

    /** Every event type code, national then declared. */
    public List<String> schemaCodes() {
        return schemaCodes;
    }

    /** A declared event type with an attribute called {@code name}, if one has. */
    public Optional<DeclaredEventType> declaredHaving(String name) {
        return declared.values().stream().filter(t -> t.attribute(name).isPresent()).findFirst();
    }

    /** The event type written {@code code}. */
    public static Optional<EventType> eventType(String code) {
        return EventType.fromCode(code);
    }

    /** Every event type code. */
    public static List<String> eventTypes() {
        return EVENT_TYPES;
    }

    /** The obligation kind written {@code code}. */
    public static Optional<ObligationKind> obligationKind(String code) {
        return Coded.parse(ObligationKind.class, code);
    }

    /** The finding kind written {@code code}. */
    public static Optional<FindingKind> findingKind(String code) {
        return Coded.parse(FindingKind.class, code);
    }

    /** Every obligation kind code. */
    public static List<String> obligationKinds() {
        return OBLIGATION_KINDS;
    }

    /** Every finding kind code. */
    public static List<String> findingKinds() {
        return FINDING_KINDS;
    }

    /** The names of the attributes of {@code type}. */
    public static List<String> attributeNames(EventSchema type) {
        return type.attributes().stream().map(AttributeSpec::name).toList();
    }

    /** The attributes both add to one national type; where both add one name, the first's. */
    private static ExtendedEventType merged(ExtendedEventType first, ExtendedEventType second) {
        List<AttributeSpec> added = new ArrayList<>(first.added());
        second.added().stream().filter(a -> first.added().stream().noneMatch(b -> b.name().equals(a.name())))
                .forEach(added::add);
        return new ExtendedEventType(first.national(), added);
    }

    private static List<String> codes(Coded[] values) {
        return Arrays.stream(values).map(Coded::code).toList();
    }
}
