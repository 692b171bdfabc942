package org.childinneed.model.compliance;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;
import org.childinneed.model.event.EventRef;

/**
 * An obligation a trigger would have started but that its rule's condition lifted: an {@code unless}
 * that held, or an {@code if} that did not. Nothing disappears silently: reports that explain
 * (explain, JSON) show it as "not required, because ...", naming the event that lifted it. An
 * immutable value.
 *
 * <p>An engine may defer the reason ({@link #deferred}): it is built when first read, so a caller
 * that wants only the decisions never pays for sentences. A deferred reason equals the built one
 * and reads the same from any thread.
 */
public final class NotRequired {

    private final String rule;
    private final Obligation.Kind kind;
    private final EventRef trigger;
    private final LocalDate triggerDate;
    private final Citation cite;
    private final DeferredText because;

    /**
     * @param rule the rule
     * @param kind the obligation kind it would have been
     * @param trigger the event that would have started it
     * @param triggerDate that event's date
     * @param because why it is not required, in words with ids, codes and dates only
     * @param cite the rule's citation
     */
    public NotRequired(String rule, Obligation.Kind kind, EventRef trigger, LocalDate triggerDate, String because,
            Citation cite) {
        this(rule, kind, trigger, triggerDate, DeferredText.of(because, "because"), cite);
    }

    private NotRequired(String rule, Obligation.Kind kind, EventRef trigger, LocalDate triggerDate, DeferredText because,
            Citation cite) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.trigger = Objects.requireNonNull(trigger, "trigger");
        this.triggerDate = Objects.requireNonNull(triggerDate, "triggerDate");
        this.cite = Objects.requireNonNull(cite, "cite");
        this.because = because;
    }

    /**
     * A lifted obligation whose reason {@code because} builds when first read. The builder must be
     * pure (the same words every time) and must not return null; it may run more than once if
     * threads race.
     */
    public static NotRequired deferred(String rule, Obligation.Kind kind, EventRef trigger, LocalDate triggerDate,
            Supplier<String> because, Citation cite) {
        return new NotRequired(rule, kind, trigger, triggerDate, DeferredText.deferred(because, "because"), cite);
    }

    /** The rule. */
    public String rule() {
        return rule;
    }

    /** The obligation kind it would have been. */
    public Obligation.Kind kind() {
        return kind;
    }

    /** The event that would have started it. */
    public EventRef trigger() {
        return trigger;
    }

    /** That event's date. */
    public LocalDate triggerDate() {
        return triggerDate;
    }

    /** Why it is not required, in words with ids, codes and dates only. */
    public String because() {
        return because.get();
    }

    /** The rule's citation. */
    public Citation cite() {
        return cite;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof NotRequired that && rule.equals(that.rule) && kind.equals(that.kind)
                && trigger.equals(that.trigger) && triggerDate.equals(that.triggerDate) && because().equals(that.because())
                && cite.equals(that.cite);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, kind, trigger, triggerDate, because(), cite);
    }

    @Override
    public String toString() {
        return "NotRequired[rule=" + rule + ", kind=" + kind + ", trigger=" + trigger + ", triggerDate=" + triggerDate
                + ", because=" + because() + ", cite=" + cite + "]";
    }
}
