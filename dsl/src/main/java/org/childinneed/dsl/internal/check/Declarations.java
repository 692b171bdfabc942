package org.childinneed.dsl.internal.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.childinneed.dsl.internal.ast.AttributeDecl;
import org.childinneed.dsl.internal.ast.CodeDecl;
import org.childinneed.dsl.internal.ast.EventDecl;
import org.childinneed.dsl.internal.ast.KindDecl;
import org.childinneed.dsl.internal.ast.PolicyDecl;
import org.childinneed.dsl.internal.ast.Text;
import org.childinneed.dsl.internal.ast.Name;
import org.childinneed.dsl.internal.source.Codes;
import org.childinneed.model.text.DidYouMean;
import org.childinneed.dsl.internal.source.Reporter;
import org.childinneed.model.Coded;
import org.childinneed.model.compliance.DeclaredKind;
import org.childinneed.model.event.AttributeSpec;
import org.childinneed.model.event.AttributeType;
import org.childinneed.model.event.DeclaredCodes;
import org.childinneed.model.event.DeclaredEventType;
import org.childinneed.model.event.OpenList;
import org.childinneed.model.event.EventType;
import org.childinneed.model.event.ExtendedEventType;
import org.childinneed.model.meeting.Role;

/**
 * Checks the event types a script declares ({@code event x "..."} with its {@code attribute}s) and
 * turns them into the model's {@link DeclaredEventType}s. A declared name never shadows a national
 * one, nor one the extended policy declares.
 */
public final class Declarations {

    /** The kinds of value an attribute may be declared with, as written. */
    static final Map<String, AttributeType> KINDS = kinds();

    private final Reporter reporter;

    private Declarations(Reporter reporter) {
        this.reporter = reporter;
    }

    /**
     * Checks what {@code script} declares (event types, obligation and finding kinds), given what the
     * policy it extends and the vocabulary scripts it uses declare ({@code inherited}), and, for a
     * vocabulary script, that it holds declarations only; the vocabulary of both, the well-formed
     * declarations only.
     */
    public static Vocabulary check(PolicyDecl script, Vocabulary inherited, Reporter reporter) {
        Declarations declarations = new Declarations(reporter);
        if (script.vocabulary()) {
            declarations.vocabularyOnly(script);
        }
        Map<String, DeclaredEventType> events = new LinkedHashMap<>();
        inherited.declared().forEach(t -> events.put(t.code(), t));
        Map<EventType, List<AttributeSpec>> added = new java.util.EnumMap<>(EventType.class);
        inherited.extended().forEach(x -> added.put(x.national(), new ArrayList<>(x.added())));
        for (EventDecl event : script.events()) {
            Optional<EventType> national = EventType.fromCode(event.name().text()).filter(t -> t != EventType.DECLARED);
            if (national.isPresent() && event.description().isEmpty() && !event.attributes().isEmpty()) {
                declarations.extension(event, national.get(), added.computeIfAbsent(national.get(), t -> new ArrayList<>()));
                continue;
            }
            declarations.event(event, events).ifPresent(t -> events.put(t.code(), t));
        }
        Map<String, DeclaredKind> obligations = new LinkedHashMap<>();
        inherited.declaredObligationKinds().forEach(k -> obligations.put(k.code(), k));
        Map<String, DeclaredKind> findings = new LinkedHashMap<>();
        inherited.declaredFindingKinds().forEach(k -> findings.put(k.code(), k));
        for (KindDecl kind : script.kinds()) {
            Map<String, DeclaredKind> known = kind.obligation() ? obligations : findings;
            declarations.kind(kind, known).ifPresent(k -> known.put(k.code(), k));
        }
        Map<OpenList, Map<String, String>> codes = new EnumMap<>(OpenList.class);
        for (OpenList list : OpenList.values()) {
            codes.put(list, new LinkedHashMap<>(inherited.declaredCodes().of(list)));
        }
        for (CodeDecl code : script.codes()) {
            declarations.code(code, codes);
        }
        List<ExtendedEventType> extended = new ArrayList<>();
        added.forEach((type, attributes) -> {
            if (!attributes.isEmpty()) {
                extended.add(new ExtendedEventType(type, attributes));
            }
        });
        return Vocabulary.declaring(List.copyOf(events.values()), List.copyOf(obligations.values()),
                List.copyOf(findings.values()), DeclaredCodes.of(codes)).extending(extended);
    }

    private void code(CodeDecl decl, Map<OpenList, Map<String, String>> codes) {
        OpenList list = decl.role() ? OpenList.ROLE : OpenList.PLAN_ELEMENT;
        String code = decl.code().text();
        if (decl.word().isPresent() && !decl.word().get().text().equals("element")) {
            Name word = decl.word().get();
            reporter.error(Codes.MALFORMED_DECLARATION, word, "expected 'plan element', not 'plan " + word.text() + "'",
                    Optional.of("write 'plan element " + code + "'"));
        } else if (list.isNational(code)) {
            reporter.error(Codes.SHADOWS_NATIONAL, decl.code(), "'" + code + "' is a national " + list.words() + "; a policy cannot"
                    + " declare it again", Optional.of("use '" + code + "' as it is, or give the new " + list.words()
                            + " a name of its own"));
        } else if (codes.get(list).containsKey(code)) {
            reporter.error(Codes.DECLARED_TWICE, decl.code(), list.words() + " '" + code + "' is already declared");
        } else if (decl.description().isPresent() && decl.description().get().value().isBlank()) {
            reporter.error(Codes.EMPTY_TEXT, decl.description().get(), "the description of '" + code + "' is empty");
        } else {
            codes.get(list).put(code, decl.description().map(Text::value).orElse(code));
        }
    }

    private void vocabularyOnly(PolicyDecl script) {
        String why = "a vocabulary script holds declarations only";
        String hint = "move it to a policy that writes 'uses " + script.id().text() + "'";
        script.rules().forEach(r -> reporter.error(Codes.VOCABULARY_NOT_A_POLICY, r.name(), why + ", not rules", Optional.of(hint)));
        script.outOfScope().forEach(d -> reporter.error(Codes.VOCABULARY_NOT_A_POLICY, d, why + ", not out-of-scope clauses",
                Optional.of(hint)));
        script.parents().forEach(p -> reporter.error(Codes.VOCABULARY_NOT_A_POLICY, p, "a vocabulary script extends no policy",
                Optional.of("write 'uses " + p.text() + "' if it is a vocabulary script")));
    }

    private Optional<DeclaredKind> kind(KindDecl kind, Map<String, DeclaredKind> known) {
        String what = kind.obligation() ? "obligation" : "finding";
        if (!kind.word().text().equals("kind")) {
            reporter.error(Codes.MALFORMED_DECLARATION, kind.word(), "expected '" + what + " kind', not '" + what + " "
                    + kind.word().text() + "'", Optional.of("write '" + what + " kind " + kind.code().text() + "'"));
            return Optional.empty();
        }
        String code = kind.code().text();
        boolean national = kind.obligation() ? Vocabulary.obligationKind(code).isPresent() : Vocabulary.findingKind(code).isPresent();
        if (national) {
            reporter.error(Codes.SHADOWS_NATIONAL, kind.code(), "'" + code + "' is a national " + what + " kind; a policy cannot"
                    + " declare it again", Optional.of("use '" + code + "' as it is, or give the new kind a name of its own"));
            return Optional.empty();
        }
        if (known.containsKey(code)) {
            reporter.error(Codes.DECLARED_TWICE, kind.code(), what + " kind '" + code + "' is already declared");
            return Optional.empty();
        }
        if (kind.description().isPresent() && kind.description().get().value().isBlank()) {
            reporter.error(Codes.EMPTY_TEXT, kind.description().get(), "the description of '" + code + "' is empty");
            return Optional.empty();
        }
        return Optional.of(new DeclaredKind(code, kind.description().map(Text::value).orElse(code)));
    }

    /**
     * {@code event visit} followed by {@code attribute} lines, with no description: attributes added
     * to the national type {@code type} ({@code added}: those added already, by this script or one it
     * extends or uses). An added attribute never has a national attribute's name.
     */
    private void extension(EventDecl event, EventType type, List<AttributeSpec> added) {
        String code = type.code();
        for (AttributeDecl attribute : event.attributes()) {
            String name = attribute.name().text();
            if (type.attribute(name).isPresent()) {
                reporter.error(Codes.SHADOWS_NATIONAL, attribute.name(), "'" + name + "' is a national attribute of '" + code
                        + "'; a policy cannot declare it again", Optional.of("use '" + name + "' as it is, or give the new"
                                + " attribute a name of its own"));
            } else if (added.stream().anyMatch(a -> a.name().equals(name))) {
                reporter.error(Codes.DECLARED_TWICE, attribute.name(), "attribute '" + name + "' is already declared on '"
                        + code + "'");
            } else {
                attribute(attribute).ifPresent(added::add);
            }
        }
    }

    private Optional<DeclaredEventType> event(EventDecl event, Map<String, DeclaredEventType> known) {
        String code = event.name().text();
        boolean fine = true;
        if (EventType.fromCode(code).isPresent()) {
            reporter.error(Codes.SHADOWS_NATIONAL, event.name(), "'" + code + "' is a national event type; a policy cannot declare it"
                    + " again", Optional.of("use '" + code + "' as it is, give the new type a name of its own, or add attributes to"
                            + " it with 'event " + code + "' and 'attribute' lines, without a description"));
            fine = false;
        } else if (known.containsKey(code)) {
            reporter.error(Codes.DECLARED_TWICE, event.name(), "event type '" + code + "' is already declared");
            fine = false;
        }
        if (event.description().isPresent() && event.description().get().value().isBlank()) {
            reporter.error(Codes.EMPTY_TEXT, event.description().get(), "the description of '" + code + "' is empty");
        }
        List<AttributeSpec> attributes = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (AttributeDecl attribute : event.attributes()) {
            if (!names.add(attribute.name().text())) {
                reporter.error(Codes.DECLARED_TWICE, attribute.name(), "attribute '" + attribute.name().text() + "' is already declared"
                        + " on '" + code + "'");
                fine = false;
                continue;
            }
            Optional<AttributeSpec> spec = attribute(attribute);
            fine &= spec.isPresent();
            spec.ifPresent(attributes::add);
        }
        return fine ? Optional.of(new DeclaredEventType(code, event.description().map(t -> t.value()).orElse(code), attributes))
                : Optional.empty();
    }

    private Optional<AttributeSpec> attribute(AttributeDecl attribute) {
        String name = attribute.name().text();
        Name kind = attribute.kind();
        AttributeType type = KINDS.get(kind.text());
        if (type == null) {
            reporter.error(Codes.UNKNOWN_ATTRIBUTE_KIND, kind, "unknown kind of attribute '" + kind.text() + "'",
                    DidYouMean.hint(kind.text(), List.copyOf(KINDS.keySet()))
                            .or(() -> Optional.of("the kinds: " + String.join(", ", KINDS.keySet()))));
            return Optional.empty();
        }
        boolean listed = kind.text().equals("one") || kind.text().equals("list");
        if (listed != attribute.codes().isPresent()) {
            reporter.error(Codes.WRONG_TYPE, kind, listed ? "'" + kind.text() + "' needs its codes: '" + kind.text() + " of [...]'"
                    : "'" + kind.text() + "' takes no list of codes", Optional.of(listed
                            ? "write 'attribute " + name + " " + kind.text() + " of [<code>, ...]'"
                            : "write 'attribute " + name + " one of [<code>, ...]' for a code of your own"));
            return Optional.empty();
        }
        List<String> codes = List.of();
        if (listed) {
            List<Name> written = attribute.codes().orElseThrow();
            if (written.isEmpty()) {
                reporter.error(Codes.NEVER_HOLDS, attribute, "the list of codes of '" + name + "' is empty");
                return Optional.empty();
            }
            Set<String> seen = new LinkedHashSet<>();
            for (Name code : written) {
                if (!seen.add(code.text())) {
                    reporter.warning(Codes.LISTED_TWICE, code, "'" + code.text() + "' is listed twice", Optional.empty());
                }
            }
            codes = List.copyOf(seen);
        }
        Optional<Class<? extends Coded>> vocabulary = kind.text().equals("role") ? Optional.of(Role.class) : Optional.empty();
        return Optional.of(AttributeSpec.declared(name, type, false, vocabulary, codes));
    }

    private static Map<String, AttributeType> kinds() {
        Map<String, AttributeType> kinds = new LinkedHashMap<>();
        kinds.put("one", AttributeType.CODE);
        kinds.put("list", AttributeType.CODES);
        kinds.put("role", AttributeType.CODE);
        kinds.put("date", AttributeType.DATE);
        kinds.put("number", AttributeType.COUNT);
        kinds.put("flag", AttributeType.FLAG);
        kinds.put("reference", AttributeType.EVENT_REF);
        kinds.put("text", AttributeType.TEXT);
        return java.util.Collections.unmodifiableMap(kinds);
    }
}
