package org.childinneed.model.event;

import java.util.List;
import java.util.Objects;

/**
 * What a policy declares that a case file may hold beyond the national vocabulary: events of
 * declared types, and declared roles and plan elements where national ones are expected.
 *
 * @param events the declared event types
 * @param codes the declared codes of the open lists
 * @param extended the national types the policy adds attributes to, with them
 */
public record DeclaredVocabulary(List<DeclaredEventType> events, DeclaredCodes codes, List<ExtendedEventType> extended) {

    /** Nothing declared: the national vocabulary alone. */
    public static final DeclaredVocabulary NONE = new DeclaredVocabulary(List.of(), DeclaredCodes.NONE);

    public DeclaredVocabulary {
        events = List.copyOf(events);
        Objects.requireNonNull(codes, "codes");
        extended = List.copyOf(extended);
    }

    /** Declared event types and codes, no national type extended. */
    public DeclaredVocabulary(List<DeclaredEventType> events, DeclaredCodes codes) {
        this(events, codes, List.of());
    }

    /** The national type {@code type} with the attributes the policy adds to it, if it adds any. */
    public java.util.Optional<ExtendedEventType> extension(EventType type) {
        return extended.stream().filter(x -> x.national() == type).findFirst();
    }

    /** Declared event types only. */
    public static DeclaredVocabulary of(List<DeclaredEventType> events) {
        return new DeclaredVocabulary(events, DeclaredCodes.NONE);
    }
}
