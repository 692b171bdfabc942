package org.childinneed.model.compliance;

import java.time.LocalDate;
import java.util.Objects;
import org.childinneed.model.event.EventRef;

/**
 * An obligation a trigger would have started but that its rule's condition lifted: an {@code unless}
 * that held, or an {@code if} that did not. Nothing disappears silently: reports that explain
 * (explain, JSON) show it as "not required, because ...", naming the event that lifted it.
 *
 * @param rule the rule
 * @param kind the obligation kind it would have been
 * @param trigger the event that would have started it
 * @param triggerDate that event's date
 * @param because why it is not required, in words with ids, codes and dates only
 * @param cite the rule's citation
 */
public record NotRequired(String rule, Obligation.Kind kind, EventRef trigger, LocalDate triggerDate, String because,
        Citation cite) {

    public NotRequired {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(triggerDate, "triggerDate");
        Objects.requireNonNull(because, "because");
        Objects.requireNonNull(cite, "cite");
    }
}
