package org.childinneed.policies.scenario;

import java.util.List;
import java.util.stream.Stream;
import org.childinneed.model.Coded;
import org.childinneed.model.compliance.FindingKind;
import org.childinneed.model.compliance.ObligationKind;

/** What an expectation is about: an obligation or a finding, with the fields it may give. */
enum Subject {
    OBLIGATION("obligation", List.of("rule", "kind", "trigger", "triggerDate", "earliest", "due", "status",
            "satisfiedBy", "satisfiedOn", "severity"), Coded.codes(ObligationKind.class)),
    FINDING("finding", List.of("rule", "kind", "event", "date", "severity"), Coded.codes(FindingKind.class));

    /** A field of a finding matched by substring rather than equality. */
    static final String MESSAGE_CONTAINS = "messageContains";
    /** A field for the scenario's reader only: why this is expected (a hand computation, a clause). */
    static final String WHY = "why";

    private final String noun;
    private final List<String> fields;
    private final List<String> kinds;

    Subject(String noun, List<String> fields, List<String> kinds) {
        this.noun = noun;
        this.fields = fields;
        this.kinds = kinds;
    }

    /** "obligation" or "finding". */
    String noun() {
        return noun;
    }

    /** The report fields an expectation may compare, in report order. */
    List<String> fields() {
        return fields;
    }

    /** Every field an expectation item may carry. */
    List<String> allowedFields() {
        List<String> extra = this == FINDING ? List.of(MESSAGE_CONTAINS, WHY) : List.of(WHY);
        return Stream.concat(fields.stream(), extra.stream()).toList();
    }

    /** The kind codes of this subject. */
    List<String> kinds() {
        return kinds;
    }
}
