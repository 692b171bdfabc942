package org.childinneed.model.compliance;

import java.time.LocalDate;
import java.util.Objects;
import org.childinneed.model.event.EventRef;

/**
 * A finding the case would raise but that cannot be judged from where the case came from: the
 * finding's exception (a management decision, the views in a closure summary) is evidence its
 * source never records, so the case can neither show it cleared nor be blamed for it. Listed for a
 * person to check, never counted as a finding.
 *
 * @param rule the rule that would raise it
 * @param kind the kind of finding it would be
 * @param event the event at fault
 * @param date the date of that event
 * @param reason why it is not judged, naming the evidence the source lacks (no personal data)
 */
public record NotJudged(String rule, FindingKind kind, EventRef event, LocalDate date, String reason) {

    public NotJudged {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reason, "reason");
    }
}
