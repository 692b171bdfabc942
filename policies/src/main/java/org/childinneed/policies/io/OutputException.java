package org.childinneed.policies.io;

/** An output that could not be written, or was refused; the message names the file and says why. */
public final class OutputException extends Exception {

    private static final long serialVersionUID = 1L;

    OutputException(String message) {
        super(message, null, false, false);
    }
}
