package org.childinneed.policies.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.childinneed.dsl.CompiledPolicy;
import org.childinneed.model.event.CaseEvent;
import org.childinneed.model.timeline.CaseRecord;
import org.childinneed.policies.bundled.BundledPolicies;
import org.childinneed.policies.bundled.PolicyCompilationException;
import org.childinneed.policies.bundled.PolicyNotFoundException;
import org.childinneed.policies.casefile.CaseFileException;
import org.childinneed.model.problem.Problem;

/**
 * What the robustness tests of case files share: the example files, the bundled policies, and the
 * one outcome allowed for any input: a case record, or a {@link CaseFileException} whose every
 * line names the file (and, for an event, its index), in bounded time.
 */
final class CaseFiles {

    /** A safety net against hangs, not a speed assertion. */
    static final Duration GENEROUS = Duration.ofSeconds(10);

    static final Path EXAMPLES = Path.of("..", "examples");

    /** Every bundled policy that compiles (that each one does is {@code BundledPoliciesTest}'s job). */
    static final List<CompiledPolicy> POLICIES = BundledPolicies.standard().ids().stream()
            .flatMap(id -> compiled(id).stream()).toList();

    /** The readable example case files, as text. */
    static final List<String> EXAMPLE_TEXTS = examples().stream()
            .filter(p -> !p.toString().contains("bad")).map(CaseFiles::text).toList();

    private CaseFiles() {
    }

    /** Every {@code *.json} under {@code examples/}, bad ones included, in path order. */
    static List<Path> examples() {
        try (Stream<Path> files = Files.walk(EXAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<CompiledPolicy> compiled(String id) {
        try {
            return Optional.of(BundledPolicies.standard().get(id));
        } catch (PolicyNotFoundException | PolicyCompilationException e) {
            return Optional.empty();
        }
    }

    /** What reading gave: the record, or the exception that says why not. */
    record Outcome(Optional<CaseRecord> record, Optional<CaseFileException> problem) {
    }

    /** Something that reads a case file. */
    @FunctionalInterface
    interface Reading {
        CaseRecord read() throws CaseFileException;
    }

    /**
     * Reads with {@code reading}, which must return a record or throw a {@link CaseFileException}
     * naming {@code source} on every line, within {@link #GENEROUS} time; {@code lines} is how many
     * lines the input has (problems must not point past it).
     */
    static Outcome readOrExplain(String source, int lines, Reading reading) {
        return assertTimeoutPreemptively(GENEROUS, () -> {
            try {
                return new Outcome(Optional.of(reading.read()), Optional.empty());
            } catch (CaseFileException e) {
                assertExplains(source, lines, e);
                return new Outcome(Optional.empty(), Optional.of(e));
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                return fail("reading " + source + " threw " + e, e);
            }
        });
    }

    static void assertExplains(String source, int lines, CaseFileException e) {
        assertEquals(source, e.source());
        assertFalse(e.problems().isEmpty());
        String[] messageLines = e.getMessage().split("\n", -1);
        assertEquals(e.problems().size(), messageLines.length, e.getMessage());
        for (int i = 0; i < messageLines.length; i++) {
            Problem problem = e.problems().get(i);
            String line = messageLines[i];
            assertTrue(line.startsWith(source + ":"), () -> "does not name the file: " + line);
            assertFalse(problem.message().isBlank(), line);
            int n = problem.location().line();
            assertTrue(n >= 0 && n <= lines, () -> "line " + n + " of " + lines + ": " + line);
            problem.location().event().ifPresent(ref -> assertTrue(line.contains("event #" + ref.index()), line));
            problem.location().field().ifPresent(field -> assertTrue(line.contains("field " + field + ": "), line));
        }
    }

    /** Evaluates {@code record} with every bundled policy as of a few dates, from year 1 to 9999. */
    static void evaluateWithEveryPolicy(CaseRecord record) {
        LocalDate last = record.events().stream().map(CaseEvent::date).max(LocalDate::compareTo)
                .orElse(LocalDate.of(2026, 1, 1));
        List<LocalDate> asOfs = List.of(last.plusDays(30), LocalDate.of(2026, 11, 22), LocalDate.of(1, 1, 1),
                LocalDate.of(9999, 12, 31));
        assertTimeoutPreemptively(GENEROUS, () -> {
            for (CompiledPolicy policy : POLICIES) {
                for (LocalDate asOf : asOfs) {
                    assertEquals(record.caseId(), policy.evaluate(record, asOf).caseId());
                }
            }
        });
    }
}
