package org.childinneed.policies.cli;

import java.time.LocalDate;
import org.childinneed.model.text.Printable;
import org.childinneed.policies.casefile.IsoDates;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --as-of} as an ISO date of year 1 to 9999, strictly (no 30 February), with the
 * case reader's reasons ({@code February 2027 has 28 days}).
 */
final class DateConverter implements ITypeConverter<LocalDate> {

    static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    @Override
    public LocalDate convert(String value) {
        try {
            return IsoDates.parse(value, FIRST, LAST);
        } catch (IllegalArgumentException e) {
            String reason = e.getMessage().startsWith("expected")
                    ? "'" + Printable.inline(value) + "' is not a date; expected YYYY-MM-DD, for example 2027-03-01"
                    : e.getMessage();
            throw new TypeConversionException(reason);
        }
    }
}
