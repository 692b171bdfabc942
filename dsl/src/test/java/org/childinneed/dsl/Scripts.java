package org.childinneed.dsl;

import org.childinneed.model.problem.Severity;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Compiles scripts for tests: the bundled ones from the policies module, or inline text. */
final class Scripts {

    static final Path BUNDLED = Path.of("..", "policies", "src", "main", "resources", "policies");

    static final PolicyResolver RESOLVER = id -> {
        Path file = BUNDLED.resolve(id + ".cin");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PolicySource(id + ".cin", Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    };

    static final PolicyCompiler COMPILER = PolicyCompiler.create(TestCalendar.WORKING_DAYS, RESOLVER);

    private Scripts() {
    }

    /** Compiles {@code text}, named {@code test.cin}. */
    static Compilation compile(String text) {
        return COMPILER.compile(new PolicySource("test.cin", text));
    }

    /** Compiles {@code text}, which must compile without errors. */
    static CompiledPolicy policy(String text) {
        Compilation compilation = compile(text);
        assertTrue(compilation.succeeded(), compilation::render);
        return compilation.policy().orElseThrow();
    }

    /**
     * Asserts that a policy with one finding of {@code kind}, {@code for each <subject> unless
     * <unless>}, is refused with an error saying {@code message}.
     */
    static void rejectsFinding(String kind, String subject, String unless, String message) {
        Compilation compilation = compile("policy t \"Test\" version \"1\" source \"t.txt\"\nrule T-01 \"x\"\n  cite \"s\"\n"
                + "  finding " + kind + "\n    for each " + subject + "\n    unless " + unless + "\n");
        assertTrue(compilation.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR && d.message().equals(message)),
                compilation::render);
    }

    /** Compiles a bundled policy, which must compile without errors. */
    static CompiledPolicy bundled(String id) {
        Compilation compilation = COMPILER.compile(RESOLVER.find(id).orElseThrow());
        assertTrue(compilation.succeeded(), compilation::render);
        return compilation.policy().orElseThrow();
    }
}
