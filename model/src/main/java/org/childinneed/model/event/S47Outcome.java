package org.childinneed.model.event;

import org.childinneed.model.Coded;

/** What a section 47 enquiry concluded: convene an initial child protection conference, help as a child in need, or no further action. */
public enum S47Outcome implements Coded {
    INITIAL_CONFERENCE, IN_NEED, NO_FURTHER_ACTION;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
