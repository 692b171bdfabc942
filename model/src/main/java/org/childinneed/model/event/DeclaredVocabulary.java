package org.childinneed.model.event;

import java.util.List;
import java.util.Objects;

/**
 * What a policy declares that a case file may hold beyond the national vocabulary: events of
 * declared types, and declared roles and plan elements where national ones are expected.
 *
 * @param events the declared event types
 * @param codes the declared codes of the open lists
 */
public record DeclaredVocabulary(List<DeclaredEventType> events, DeclaredCodes codes) {

    /** Nothing declared: the national vocabulary alone. */
    public static final DeclaredVocabulary NONE = new DeclaredVocabulary(List.of(), DeclaredCodes.NONE);

    public DeclaredVocabulary {
        events = List.copyOf(events);
        Objects.requireNonNull(codes, "codes");
    }

    /** Declared event types only. */
    public static DeclaredVocabulary of(List<DeclaredEventType> events) {
        return new DeclaredVocabulary(events, DeclaredCodes.NONE);
    }
}
