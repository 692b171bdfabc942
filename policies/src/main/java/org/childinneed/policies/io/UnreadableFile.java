package org.childinneed.policies.io;

/** An input file that cannot be read as text; the message says why, without the file's name. */
public final class UnreadableFile extends Exception {

    private static final long serialVersionUID = 1L;

    UnreadableFile(String message) {
        super(message, null, false, false);
    }
}
