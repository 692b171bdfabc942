package org.childinneed.model.compliance;

import java.time.LocalDate;
import java.util.Objects;
import org.childinneed.model.event.EventRef;

/**
 * An obligation or finding a case would raise on a day before the first version of the policy
 * that writes its rule took effect: no version was in force, so it is named and not judged.
 *
 * @param rule the rule that would raise it
 * @param event its trigger (an obligation) or the event at fault (a finding)
 * @param date its trigger date, or the finding's date
 * @param first the first version of the policy writing the rule, which took effect after {@code date}
 */
public record NotInForce(String rule, EventRef event, LocalDate date, PolicyVersion first) {

    public NotInForce {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(first, "first");
        if (first.effective().isEmpty()) {
            throw new IllegalArgumentException("an undated version is in force on every day");
        }
    }

    /** {@code before working-together 2018 took effect on 2018-07-04}. */
    public String reason() {
        return "before " + first.policy() + " " + first.label() + " took effect on " + first.effective().orElseThrow();
    }
}
