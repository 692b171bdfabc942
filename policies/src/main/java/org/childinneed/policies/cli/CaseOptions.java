package org.childinneed.policies.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The options of commands that evaluate cases: the policy, the as-of date and the case files. */
final class CaseOptions {

    @Mixin
    PolicyOption policy;

    @Mixin
    CalendarOptions calendar;

    @Mixin
    AsOfOption asOf;

    @Parameters(arity = "1..*", paramLabel = "CASE",
            description = "Case files (JSON), Children in Need census files (XML, told by their content), "
                    + "directories whose *.json files are read, or '-' for standard input.")
    List<Path> cases;

    LocalDate asOfOrToday() {
        return asOf.orToday();
    }
}
