package org.childinneed.policies.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --as-of} as an ISO date, strictly (no 30 February). */
final class DateConverter implements ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw new TypeConversionException("'" + value + "' is not a date; expected YYYY-MM-DD, for example 2027-03-01");
        }
    }
}
