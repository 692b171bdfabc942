package org.childinneed.model.compliance;

import java.time.LocalDate;
import java.util.Objects;
import org.childinneed.model.event.EventRef;

/**
 * A departure from the procedure found in the record (contract section 2).
 *
 * @param rule the catalog clause id ({@code KEN-04})
 * @param kind the kind of finding
 * @param event the event at fault
 * @param date the date of that event
 * @param message what was found, in plain words naming ids, codes and dates only
 * @param cite where the rule comes from
 */
public record Finding(String rule, FindingKind kind, EventRef event, LocalDate date, String message, Citation cite) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(cite, "cite");
    }
}
