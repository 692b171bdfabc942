package org.childinneed.policies.importer.ssd;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.childinneed.policies.importer.ImportProblem;

/**
 * One row of an SSD table, its columns by their lower-cased SSD names, with where it stands
 * ({@code ssd_cin_plans.csv:12}, or a table and row number for a database). Values are read only
 * through the typed readers below, which report a bad value by column and never echo anything
 * but an id, a code or the digits of a date.
 */
record Row(String table, String where, Optional<Integer> line, Map<String, String> values) {

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_.-]{1,40}");
    private static final Pattern DATE_LIKE = Pattern.compile("[0-9/:. T-]{1,26}");
    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})([ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?)?");

    /** The non-blank value of {@code column}. */
    Optional<String> text(String column) {
        String v = values.get(column);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    /** An id column, when present and safe to repeat; a present but unusable id is a problem. */
    Optional<String> id(String column, Optional<String> child, List<ImportProblem> problems) {
        Optional<String> v = text(column);
        if (v.isPresent() && !SAFE_ID.matcher(v.get()).matches()) {
            problems.add(problem(child, column, "not a usable id (letters, digits, '.', '_' and '-', at most 40)"));
            return Optional.empty();
        }
        return v;
    }

    /** A date column: {@code YYYY-MM-DD}, with a time of day after it ignored (as databases export dates). */
    Optional<LocalDate> date(String column, Optional<String> child, List<ImportProblem> problems) {
        Optional<String> v = text(column);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        java.util.regex.Matcher m = DATE_TIME.matcher(v.get());
        try {
            if (!m.matches()) {
                throw new DateTimeParseException("", v.get(), 0);
            }
            LocalDate date = LocalDate.parse(m.group(1));
            if (date.getYear() < 1900 || date.getYear() > 2100) {
                problems.add(problem(child, column, "'" + m.group(1) + "' lies outside 1900 to 2100"));
                return Optional.empty();
            }
            return Optional.of(date);
        } catch (DateTimeParseException e) {
            problems.add(problem(child, column, (DATE_LIKE.matcher(v.get()).matches() ? "'" + v.get() + "' " : "")
                    + "is not a real date in the form YYYY-MM-DD"));
            return Optional.empty();
        }
    }

    /** A flag column: Y/N, true/false or 1/0, any case; anything else is a problem. */
    Optional<Boolean> flag(String column, Optional<String> child, List<ImportProblem> problems) {
        Optional<String> v = text(column);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        switch (v.get().toLowerCase(Locale.ROOT)) {
            case "y", "yes", "true", "1" -> {
                return Optional.of(true);
            }
            case "n", "no", "false", "0" -> {
                return Optional.of(false);
            }
            default -> {
                problems.add(problem(child, column, "not Y, N, true, false, 1 or 0"));
                return Optional.empty();
            }
        }
    }

    /** A problem with {@code column} of this row, naming the child by its person id when known. */
    ImportProblem problem(Optional<String> child, String column, String message) {
        return new ImportProblem(line, child, Optional.empty(), where + ", " + column, message);
    }
}
