package org.childinneed.model.event;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A strategy discussion or meeting about whether a child is suffering, or likely to suffer, significant harm (case-file type {@code strategy-discussion}; the Standard Safeguarding Dataset's {@code STRATEGY_DISCUSSION_FLAG}). */
public record StrategyDiscussion(EventRef ref, LocalDate date, Optional<StrategyDiscussionOutcome> outcome) implements CaseEvent {

    public StrategyDiscussion {
        CaseEvent.requireRefAndDate(ref, date);
        Objects.requireNonNull(outcome, "outcome is required");
    }

    @Override
    public EventType type() {
        return EventType.STRATEGY_DISCUSSION;
    }
}
