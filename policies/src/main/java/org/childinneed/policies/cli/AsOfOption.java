package org.childinneed.policies.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** {@code --as-of}: the date cases are evaluated as of (a picocli mixin of check, explain, summary and diff). */
final class AsOfOption {

    @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class,
            description = "Evaluate each case as known on this date (YYYY-MM-DD); later events are ignored. "
                    + "Default: today.")
    LocalDate asOf;

    LocalDate orToday() {
        return asOf != null ? asOf : LocalDate.now();
    }
}
