package org.childinneed.model;

/**
 * The one family of exceptions for bad input: a case, a case file, a scenario file, a policy script
 * or a bank-holidays file that cannot be used. Each subtype lists every problem found and names
 * where each is; none carries personal data or a stack trace. Unchecked, like
 * {@link NumberFormatException}: a product catches this one type to tell its user's input apart from
 * a defect of the library.
 */
public abstract class BadInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception whose message lists the problems.
     *
     * @param message the problems, each naming where it is
     */
    protected BadInputException(String message) {
        super(message);
    }

    /**
     * A stable machine-readable code for the kind of input that was bad, for example
     * {@code case-file} or {@code policy-compilation}.
     *
     * @return the code
     */
    public abstract String code();

    /** No stack trace: the message says where the input is wrong, and a batch reads many files. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
