package org.childinneed.policies.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options of commands that evaluate cases: the policy, the as-of date and the case files. */
final class CaseOptions {

    @Mixin
    PolicyOption policy;

    @Mixin
    CalendarOptions calendar;

    @Mixin
    AsOfOption asOf;

    @Parameters(arity = "0..*", paramLabel = "CASE",
            description = "Case files (JSON), Children in Need census files (XML, told by their content), "
                    + "Standard Safeguarding Dataset extracts (a directory holding ssd_cin_episodes.csv), "
                    + "directories whose *.json files are read, or '-' for standard input.")
    List<Path> cases = new java.util.ArrayList<>();

    @Option(names = "--ssd", paramLabel = "JDBC-URL",
            description = "Also read the cases of a Standard Safeguarding Dataset database (jdbc:postgresql://..., "
                    + "jdbc:sqlserver://...; the driver jar on the class path). User and password from the environment "
                    + "variables CIN_SSD_USER and CIN_SSD_PASSWORD. Repeatable.")
    List<String> ssd = new java.util.ArrayList<>();

    /** The SSD databases named, with credentials from the environment. */
    List<org.childinneed.policies.sources.SsdDatabase> databases() throws InputError {
        if (cases.isEmpty() && ssd.isEmpty()) {
            throw new InputError("no cases: name case files, census files, SSD extracts or --ssd JDBC-URL");
        }
        for (String url : ssd) {
            if (!url.startsWith("jdbc:")) {
                throw new InputError("--ssd: not a JDBC URL (jdbc:...); an SSD extract folder is named as a CASE");
            }
        }
        java.util.Optional<String> user = java.util.Optional.ofNullable(System.getenv("CIN_SSD_USER"));
        java.util.Optional<String> password = java.util.Optional.ofNullable(System.getenv("CIN_SSD_PASSWORD"));
        return ssd.stream().map(u -> new org.childinneed.policies.sources.SsdDatabase(u, user, password)).toList();
    }

    LocalDate asOfOrToday() {
        return asOf.orToday();
    }
}
