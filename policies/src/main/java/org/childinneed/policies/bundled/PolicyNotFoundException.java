package org.childinneed.policies.bundled;

import org.childinneed.model.BadInputException;
/** A policy that is neither a bundled id nor a readable script file; the message says which. */
public final class PolicyNotFoundException extends BadInputException {

    private static final long serialVersionUID = 1L;

    /** A policy that cannot be found, with a message naming it and what is known instead. */
    public PolicyNotFoundException(String message) {
        super(message);
    }

    /** {@return {@code "policy-not-found"}} */
    @Override
    public String code() {
        return "policy-not-found";
    }
}
