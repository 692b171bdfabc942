package org.childinneed.dsl;

import org.childinneed.model.problem.Severity;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Misuses of a point ({@code due at}, {@code then at}, {@code then due at}) in a schedule (issue 12,
 * "A point after a trigger"): each one error, at the fault, with a hint, and no knock-on error.
 */
class StepMisuseTest {

    /** The head and the rule's first lines: the obligation's clauses start on line 5. */
    private static final String RULE = "policy t \"T\" version \"1\" source \"t.txt\"\nrule T-01 \"x\"\n  cite \"s\"\n"
            + "  obligation review-meeting\n    when plan-started\n";

    static Stream<Arguments> misuses() {
        return Stream.of(
            Arguments.of("a point of 0 months", "    due at 0 months\n    met by meeting\n", 6, 9,
                    "a point 0 months after the trigger is the trigger's day", "write 'at once'"),
            Arguments.of("a later point of 0 weeks", "    due at once\n    then at 0 weeks\n    met by meeting\n", 7, 13,
                    "a point 0 weeks after the trigger is the trigger's day, which the first occurrence already covers",
                    "remove this step"),
            Arguments.of("a point before the step before it", "    due at 9 months\n    then at 6 months\n    met by meeting\n",
                    7, 13, "this occurrence is due 6 months after the trigger, not after the occurrence before it (9 months)",
                    "'then at' counts from the trigger: give a later point, or count from the occurrence before with"
                            + " 'then within'"),
            Arguments.of("a point after a repeating step", "    due within 6 weeks\n    then every 12 weeks\n"
                    + "    then at 52 weeks\n    met by meeting\n", 8, 5,
                    "nothing can follow 'then every', which repeats for as long as the plan lasts",
                    "move this step before the 'then every', or remove it"),
            Arguments.of("'then due at' after a repeating step: one error, not two", "    due within 6 weeks\n"
                    + "    then every 12 weeks\n    then due at 0 weeks\n    met by meeting\n", 8, 5,
                    "nothing can follow 'then every', which repeats for as long as the plan lasts",
                    "move this step before the 'then every', or remove it"),
            Arguments.of("'then due at' for a later point", "    due within 6 weeks\n    then due at 12 weeks\n    met by meeting\n",
                    7, 14, "a later point is counted from the trigger: 'then at 12 weeks', not 'then due at'",
                    "write 'then at 12 weeks' for a point after the trigger, or 'then within 12 weeks' to count from the"
                            + " event that met the occurrence before"),
            Arguments.of("'due at' beside 'every'", "    every 6 weeks from plan-started\n    due at 3 months\n    met by meeting\n",
                    6, 9, "'every' already says when it falls due; remove this 'due'", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("misuses")
    void eachMisuseIsOneErrorAtTheFaultWithAHint(String what, String clauses, int line, int column, String message,
            String hint) {
        String script = RULE + clauses;
        if (what.startsWith("'due at' beside")) {
            script = script.replace("    when plan-started\n", "");
        }
        Compilation compilation = Scripts.compile(script);
        List<Diagnostic> errors = compilation.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
        assertEquals(1, errors.size(), compilation::render);
        Diagnostic error = errors.get(0);
        assertEquals("misplaced-clause", error.code(), compilation::render);
        assertEquals(line + ":" + column, error.line() + ":" + error.column(), compilation::render);
        assertEquals(message, error.message(), compilation::render);
        assertEquals(Optional.ofNullable(hint), error.hint(), compilation::render);
    }
}
