package org.childinneed.policies.calendar;

import org.childinneed.model.BadInputException;
import java.util.List;
import java.util.Objects;

/**
 * A bank-holidays file that cannot be used, with every problem found in it. Each problem names the
 * source, the event (by its index in the {@code events} list) and the field.
 */
public final class BankHolidaysFormatException extends BadInputException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final List<String> problems;

    /** The problems (at least one) found in {@code source}, each already naming where it is. */
    public BankHolidaysFormatException(String source, List<String> problems) {
        super(source + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + " in the bank holidays file:\n  " + String.join("\n  ", problems));
        this.source = Objects.requireNonNull(source, "source");
        this.problems = List.copyOf(problems);
    }

    /** The name of the file or stream the problems are in. */
    public String source() {
        return source;
    }

    /** Every problem, in file order: {@code bank-holidays.json: event #3, field date: ...}. */
    public List<String> problems() {
        return problems;
    }

    /** {@return {@code "bank-holidays"}} */
    @Override
    public String code() {
        return "bank-holidays";
    }
}
