package org.childinneed.model.compliance;

import java.time.LocalDate;
import java.util.Objects;
import org.childinneed.model.Coded;
import org.childinneed.model.event.EventRef;

/**
 * A departure from the procedure found in the record (contract section 2).
 *
 * @param rule the catalog clause id ({@code KEN-04})
 * @param kind the kind of finding: national, or declared by the policy
 * @param event the event at fault
 * @param date the date of that event
 * @param message what was found, in plain words naming ids, codes and dates only
 * @param cite where the rule comes from
 * @param severity whether the rule is a requirement or advisory (good practice)
 */
public record Finding(String rule, Kind kind, EventRef event, LocalDate date, String message, Citation cite,
        RuleSeverity severity) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(cite, "cite");
        Objects.requireNonNull(severity, "severity");
    }

    /** The kind of a finding: a national {@link FindingKind}, or a {@link DeclaredKind} a policy declares. */
    public sealed interface Kind extends Coded permits FindingKind, DeclaredKind {
    }

    /** A finding of a required rule. */
    public Finding(String rule, Kind kind, EventRef event, LocalDate date, String message, Citation cite) {
        this(rule, kind, event, date, message, cite, RuleSeverity.REQUIRED);
    }

    /** This finding, of a rule of {@code severity}. */
    public Finding withSeverity(RuleSeverity severity) {
        return new Finding(rule, kind, event, date, message, cite, severity);
    }

    /** Whether the rule behind it is a requirement, so that it makes the case non-compliant. */
    public boolean isRequired() {
        return severity == RuleSeverity.REQUIRED;
    }
}
