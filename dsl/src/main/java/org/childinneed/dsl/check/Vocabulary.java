package org.childinneed.dsl.check;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.childinneed.model.Coded;
import org.childinneed.model.compliance.FindingKind;
import org.childinneed.model.compliance.ObligationKind;
import org.childinneed.model.event.AttributeSpec;
import org.childinneed.model.event.EventType;

/** The names a script may use, read from the domain core: event types, attributes, codes, kinds. */
public final class Vocabulary {

    private static final List<String> EVENT_TYPES = EventType.national().stream().map(EventType::code).toList();
    private static final List<String> OBLIGATION_KINDS = codes(ObligationKind.values());
    private static final List<String> FINDING_KINDS = codes(FindingKind.values());

    private Vocabulary() {
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
    public static List<String> attributeNames(EventType type) {
        return type.attributes().stream().map(AttributeSpec::name).toList();
    }

    private static List<String> codes(Coded[] values) {
        return Arrays.stream(values).map(Coded::code).toList();
    }
}
