package org.childinneed.policies.cli;

/** Bad input found by a command: cin prints the message and exits with status 2. */
final class InputError extends Exception {

    private static final long serialVersionUID = 1L;

    InputError(String message) {
        super(message, null, false, false);
    }
}
