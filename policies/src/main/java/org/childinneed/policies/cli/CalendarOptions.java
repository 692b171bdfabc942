package org.childinneed.policies.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.childinneed.model.calendar.WorkingDays;
import org.childinneed.model.text.Printable;
import org.childinneed.policies.io.InputFile;
import org.childinneed.policies.io.UnreadableFile;
import org.childinneed.policies.bundled.BundledPolicies;
import org.childinneed.policies.calendar.BankHolidays;
import org.childinneed.policies.calendar.BankHolidaysFormatException;
import picocli.CommandLine.Option;

/**
 * {@code --holidays} and {@code --closure-days} (a picocli mixin of the commands that evaluate):
 * the working-day calendar, the embedded bank holidays of England and Wales updated by a newer
 * published list and closed on local closure days.
 */
final class CalendarOptions {

    @Option(names = "--holidays", paramLabel = "FILE",
            description = "A newer bank-holidays list (JSON in the shape gov.uk publishes, its england-and-wales "
                    + "division); the years it lists replace the embedded ones.")
    Path holidays;

    @Option(names = "--closure-days", paramLabel = "FILE",
            description = "Local closure days, not working days: one date (YYYY-MM-DD) a line; blank lines and "
                    + "lines starting with # are ignored.")
    Path closureDays;

    private BankHolidays calendar;
    private BundledPolicies policies;

    /** The bundled policies counting working days with this calendar (the standard ones when no option is given). */
    BundledPolicies policies(CommandContext context) throws InputError {
        if (policies == null) {
            policies = holidays == null && closureDays == null ? context.policies()
                    : BundledPolicies.using(WorkingDays.of(calendar()));
        }
        return policies;
    }

    /**
     * A note on {@code err} when {@code asOf} lies after the last year of published bank holidays
     * the calendar holds: later years are projected by rule, and may miss a one-off holiday.
     */
    void noteIfBeyondPublished(LocalDate asOf, PrintWriter err) {
        int last = (calendar != null ? calendar : BankHolidays.englandAndWales()).publishedYears().last();
        if (asOf.getYear() > last) {
            err.println("cin: note: the bank holidays loaded end in " + last + "; for the as-of date " + asOf
                    + " later ones are projected by rule and may miss a one-off holiday. Load a newer list with "
                    + "--holidays FILE (the bank-holidays JSON published by gov.uk).");
        }
    }

    private BankHolidays calendar() throws InputError {
        if (calendar == null) {
            BankHolidays built = BankHolidays.englandAndWales();
            if (holidays != null) {
                built = built.merge(readHolidays(holidays));
            }
            if (closureDays != null) {
                built = built.withClosureDays(readClosureDays(closureDays));
            }
            calendar = built;
        }
        return calendar;
    }

    /** The most a bank-holidays list or a closure-days file may hold (the list gov.uk publishes is about 20 kB). */
    static final int MAX_FILE_BYTES = 1024 * 1024;

    private static BankHolidays readHolidays(Path file) throws InputError {
        String text = read(file, "bank holidays file");
        try (InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
            return BankHolidays.fromJson(in, file.toString());
        } catch (BankHolidaysFormatException e) {
            throw new InputError(e.getMessage());
        } catch (IOException e) {
            throw new InputError(file + ": the bank holidays file cannot be read");
        }
    }

    /** The text of {@code file}, read within {@link #MAX_FILE_BYTES} and without waiting on a pipe. */
    private static String read(Path file, String what) throws InputError {
        try {
            return InputFile.readBytes(file, what, MAX_FILE_BYTES);
        } catch (UnreadableFile e) {
            throw new InputError(Printable.inline(file.toString()) + ": " + e.getMessage());
        }
    }

    /** One ISO date a line; every bad line is named at once. */
    static List<LocalDate> readClosureDays(Path file) throws InputError {
        List<String> lines = read(file, "closure days file").replaceFirst("^\uFEFF", "").lines().toList();
        List<LocalDate> days = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                LocalDate day = LocalDate.parse(line);
                if (day.isBefore(WorkingDays.INDEXED_FROM) || day.isAfter(WorkingDays.INDEXED_TO)) {
                    problems.add(file + ":" + (i + 1) + ": a closure day must lie in the years 1900 to 2100");
                } else {
                    days.add(day);
                }
            } catch (DateTimeParseException e) {
                problems.add(file + ":" + (i + 1) + ": not a date; write one date a line as YYYY-MM-DD");
            }
        }
        if (!problems.isEmpty()) {
            throw new InputError(String.join("\n", problems));
        }
        return days;
    }
}
