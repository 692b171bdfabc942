package org.childinneed.dsl.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.childinneed.dsl.Compilation;
import org.childinneed.dsl.CompiledPolicy;
import org.childinneed.dsl.Diagnostic;
import org.childinneed.dsl.PolicyCompiler;
import org.childinneed.dsl.PolicyResolver;
import org.childinneed.dsl.PolicySource;
import org.childinneed.model.calendar.BankHoliday;
import org.childinneed.model.calendar.EnglandAndWalesRules;
import org.childinneed.model.calendar.HolidayCalendar;
import org.childinneed.model.calendar.WorkingDays;
import org.childinneed.model.compliance.ComplianceReport;
import org.childinneed.model.timeline.CaseRecord;

/**
 * What the robustness tests share: the bundled scripts (read from the policies module's sources),
 * a compiler over the England and Wales bank holidays by rule, and the checks every compilation
 * and evaluation must pass whatever the input.
 */
final class Fixtures {

    /** A safety net against hangs (a runaway parse or evaluation), not a speed assertion: wide enough for a loaded 2-core machine. */
    static final Duration GENEROUS = Duration.ofSeconds(60);

    static final Path BUNDLED = Path.of("..", "policies", "src", "main", "resources", "policies");

    static final List<String> BUNDLED_IDS = List.of("working-together", "kent", "sefton", "slough", "cheshire-west",
            "herefordshire");

    static final PolicyResolver RESOLVER = id -> {
        Path file = BUNDLED.resolve(id + ".cin");
        return Files.isRegularFile(file) ? Optional.of(new PolicySource(id + ".cin", read(file))) : Optional.empty();
    };

    static final WorkingDays WORKING_DAYS = WorkingDays.of(new RuleCalendar());

    static final PolicyCompiler COMPILER = PolicyCompiler.create(WORKING_DAYS, RESOLVER);

    private Fixtures() {
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a bundled script. */
    static String bundledText(String id) {
        return RESOLVER.find(id).orElseThrow().text();
    }

    /** Compiles {@code text} under {@code name}, within {@link #GENEROUS} time, checking the diagnostics. */
    static Compilation compileSafely(String name, String text) {
        Compilation compilation = assertTimeoutPreemptively(GENEROUS,
                () -> COMPILER.compile(new PolicySource(name, text)));
        assertWellFormed(compilation, name, text);
        return compilation;
    }

    /**
     * Every diagnostic points inside the script (a real line, a column on it or just past its end),
     * quotes that line (a CR before a line feed dropped, a lone CR shown as a space), renders, and is
     * not an internal error; a failed compilation says why.
     */
    static void assertWellFormed(Compilation compilation, String name, String text) {
        String[] lines = text.split("\n", -1); // the lexer ends a line only at a line feed
        for (int i = 0; i < lines.length; i++) {
            boolean crlf = i < lines.length - 1 && lines[i].endsWith("\r");
            String line = crlf ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            lines[i] = line.replace('\r', ' ');
        }
        for (Diagnostic d : compilation.diagnostics()) {
            if (!d.source().equals(name)) {
                continue; // a diagnostic of a script this one extends
            }
            assertTrue(d.line() >= 1 && d.line() <= lines.length, () -> "line outside the script: " + d);
            assertEquals(escaped(lines[d.line() - 1]), escaped(d.sourceLine()), () -> "quotes another line: " + d);
            assertTrue(d.column() >= 1 && d.column() <= lines[d.line() - 1].length() + 1,
                    () -> "column outside its line: " + d);
            String rendered = d.render();
            assertTrue(rendered.startsWith(name + ":" + d.line() + ":" + d.column() + ": "), rendered);
            assertFalse(d.message().isBlank(), d::toString);
            assertFalse(d.message().contains("internal error"), d::toString);
        }
        assertEquals(compilation.policy().isPresent(), compilation.errors().isEmpty(),
                () -> "a policy exactly when there are no errors:\n" + compilation.render());
    }

    /** {@code text} with control and non-ASCII characters as escapes, for failure messages. */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return out.toString();
    }

    /** Evaluates {@code policy} over {@code cases} as of each date, within {@link #GENEROUS} time. */
    static void evaluateSafely(CompiledPolicy policy, List<CaseRecord> cases, List<LocalDate> asOfs) {
        assertTimeoutPreemptively(GENEROUS, () -> {
            for (CaseRecord record : cases) {
                for (LocalDate asOf : asOfs) {
                    ComplianceReport report = policy.evaluate(record, asOf);
                    assertEquals(record.caseId(), report.caseId());
                    assertEquals(policy.info().id(), report.policy());
                }
            }
        });
    }

    /**
     * England and Wales bank holidays by rule, {@link EnglandAndWalesRules#FIRST_YEAR} to 2100 (the
     * published list lives in the policies module, which this one may not depend on).
     */
    static final class RuleCalendar implements HolidayCalendar {

        private static final LocalDate FIRST = LocalDate.of(EnglandAndWalesRules.FIRST_YEAR, 1, 1);
        private static final LocalDate LAST = LocalDate.of(2100, 12, 31);

        private static final Set<LocalDate> HOLIDAYS = IntStream.rangeClosed(FIRST.getYear(), LAST.getYear())
                .boxed().flatMap(year -> EnglandAndWalesRules.holidaysIn(year).stream()).map(BankHoliday::date)
                .collect(Collectors.toUnmodifiableSet());

        @Override
        public boolean isHoliday(LocalDate date) {
            return HOLIDAYS.contains(date);
        }

        @Override
        public List<LocalDate> holidaysBetween(LocalDate from, LocalDate to) {
            LocalDate first = from.isBefore(FIRST) ? FIRST : from;
            LocalDate last = to.isAfter(LAST) ? LAST : to;
            return Stream.iterate(first, d -> !d.isAfter(last), d -> d.plusDays(1)).filter(HOLIDAYS::contains).toList();
        }
    }
}
