package org.childinneed.model.compliance;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;
import org.childinneed.model.Coded;
import org.childinneed.model.event.EventRef;

/**
 * A departure from the procedure found in the record (contract section 2): an immutable value.
 *
 * <p>An engine may defer the message ({@link #deferred}): it is built when first read, so a caller
 * that wants only which rules found what, and where, never pays for sentences. A deferred message
 * equals the built one and reads the same from any thread.
 */
public final class Finding {

    private final String rule;
    private final Kind kind;
    private final EventRef event;
    private final LocalDate date;
    private final Citation cite;
    private final RuleSeverity severity;
    private final DeferredText message;

    /**
     * @param rule the catalog clause id ({@code KEN-04})
     * @param kind the kind of finding: national, or declared by the policy
     * @param event the event at fault
     * @param date the date of that event
     * @param message what was found, in plain words naming ids, codes and dates only
     * @param cite where the rule comes from
     * @param severity whether the rule is a requirement or advisory (good practice)
     */
    public Finding(String rule, Kind kind, EventRef event, LocalDate date, String message, Citation cite,
            RuleSeverity severity) {
        this(rule, kind, event, date, DeferredText.of(message, "message"), cite, severity);
    }

    private Finding(String rule, Kind kind, EventRef event, LocalDate date, DeferredText message, Citation cite,
            RuleSeverity severity) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.event = Objects.requireNonNull(event, "event");
        this.date = Objects.requireNonNull(date, "date");
        this.cite = Objects.requireNonNull(cite, "cite");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.message = message;
    }

    /** A finding of a required rule. */
    public Finding(String rule, Kind kind, EventRef event, LocalDate date, String message, Citation cite) {
        this(rule, kind, event, date, message, cite, RuleSeverity.REQUIRED);
    }

    /**
     * A finding of a required rule whose message {@code message} builds when first read. The
     * builder must be pure (the same words every time) and must not return null; it may run more
     * than once if threads race.
     */
    public static Finding deferred(String rule, Kind kind, EventRef event, LocalDate date, Supplier<String> message,
            Citation cite) {
        return new Finding(rule, kind, event, date, DeferredText.deferred(message, "message"), cite, RuleSeverity.REQUIRED);
    }

    /** The kind of a finding: a national {@link FindingKind}, or a {@link DeclaredKind} a policy declares. */
    public sealed interface Kind extends Coded permits FindingKind, DeclaredKind {
    }

    /** The catalog clause id ({@code KEN-04}). */
    public String rule() {
        return rule;
    }

    /** The kind of finding: national, or declared by the policy. */
    public Kind kind() {
        return kind;
    }

    /** The event at fault. */
    public EventRef event() {
        return event;
    }

    /** The date of that event. */
    public LocalDate date() {
        return date;
    }

    /** What was found, in plain words naming ids, codes and dates only. */
    public String message() {
        return message.get();
    }

    /** Where the rule comes from. */
    public Citation cite() {
        return cite;
    }

    /** Whether the rule is a requirement or advisory (good practice). */
    public RuleSeverity severity() {
        return severity;
    }

    /** This finding, of a rule of {@code severity}; a deferred message stays deferred. */
    public Finding withSeverity(RuleSeverity severity) {
        return new Finding(rule, kind, event, date, message, cite, severity);
    }

    /** Whether the rule behind it is a requirement, so that it makes the case non-compliant. */
    public boolean isRequired() {
        return severity == RuleSeverity.REQUIRED;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof Finding that && rule.equals(that.rule) && kind.equals(that.kind)
                && event.equals(that.event) && date.equals(that.date) && message().equals(that.message())
                && cite.equals(that.cite) && severity == that.severity;
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, kind, event, date, message(), cite, severity);
    }

    @Override
    public String toString() {
        return "Finding[rule=" + rule + ", kind=" + kind + ", event=" + event + ", date=" + date + ", message="
                + message() + ", cite=" + cite + ", severity=" + severity + "]";
    }
}
