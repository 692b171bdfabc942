package org.childinneed.dsl.internal.eval;

import org.childinneed.model.event.CaseEvent;

/** A filter on one attribute of an event, resolved to the attribute's accessor and typed values. */
interface AttributeTest {

    /** Whether {@code event} passes. */
    boolean test(CaseEvent event);

    /** Why {@code event} fails (or, {@code held}, passes), in words with codes and numbers only. */
    String why(CaseEvent event, boolean held);

    /** Why {@code event} fails or passes, as a fact: without what would have been permitted. */
    default String fact(CaseEvent event, boolean held) {
        return why(event, held);
    }

    /** The attribute tested. */
    String attribute();

    /** The codes this test permits, when it is a test of one code against a list. */
    default java.util.Optional<java.util.List<String>> permitted() {
        return java.util.Optional.empty();
    }
}
