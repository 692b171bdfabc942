package org.childinneed.policies.report;

import org.childinneed.model.compliance.ObligationStatus;

/** How text output is decorated: plain, or with ANSI colours for a terminal. */
public enum Style {
    /** No escape codes. */
    PLAIN,
    /** ANSI colours and bold. */
    COLOUR;

    static final String RESET = "\u001b[0m";
    static final String BOLD = "\u001b[1m";
    static final String DIM = "\u001b[2m";
    static final String RED = "\u001b[31m";
    static final String GREEN = "\u001b[32m";
    static final String YELLOW = "\u001b[33m";
    static final String CYAN = "\u001b[36m";

    /** {@code text} in the given ANSI attribute, when colour is on. */
    String paint(String attribute, String text) {
        return this == COLOUR && !attribute.isEmpty() ? attribute + text + RESET : text;
    }

    /** The colour an obligation status is shown in. */
    static String colourOf(ObligationStatus status) {
        return switch (status) {
            case MET -> GREEN;
            case MET_LATE -> YELLOW;
            case OPEN -> CYAN;
            case OVERDUE -> BOLD + RED;
            case CANCELLED, NOT_RECORDED -> DIM;
        };
    }
}
