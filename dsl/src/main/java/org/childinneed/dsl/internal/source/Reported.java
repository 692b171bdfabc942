package org.childinneed.dsl.internal.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.childinneed.model.problem.Location;
import org.childinneed.model.problem.Problem;
import org.childinneed.model.problem.Severity;

/**
 * The diagnostics of one or more scripts as a compilation holds them: at most
 * {@link #MAX_DIAGNOSTICS} minus one kept, and a count of those not reported.
 *
 * @param kept the diagnostics kept, in order
 * @param unreported how many more were found and not kept
 * @param unreportedErrors how many of those not kept are errors
 * @param firstUnreported the first of those not kept, in source order (the note about them points there)
 */
public record Reported(List<Found> kept, int unreported, int unreportedErrors,
        Optional<Found> firstUnreported) {

    /** The most diagnostics a compilation holds ({@code Compilation.MAX_DIAGNOSTICS}). */
    public static final int MAX_DIAGNOSTICS = 100;
    /** How many diagnostics are kept before the note that more were not reported. */
    static final int MAX_KEPT = MAX_DIAGNOSTICS - 1;

    /** Nothing reported. */
    public static final Reported NONE = new Reported(List.of(), 0, 0, Optional.empty());

    public Reported {
        kept = List.copyOf(kept);
    }

    /** These diagnostics, then those of {@code next}, kept to the limit. */
    public Reported then(Reported next) {
        List<Found> all = new ArrayList<>(kept);
        all.addAll(next.kept);
        int more = unreported + next.unreported;
        int errors = unreportedErrors + next.unreportedErrors;
        Optional<Found> first = firstUnreported;
        if (all.size() > MAX_KEPT) {
            List<Found> cut = all.subList(MAX_KEPT, all.size());
            more += cut.size();
            errors += (int) cut.stream().filter(Found::isError).count();
            first = first.or(() -> Optional.of(cut.get(0)));
            all = all.subList(0, MAX_KEPT);
        }
        return new Reported(all, more, errors, first.or(next::firstUnreported));
    }

    /** The errors found, kept or not. */
    public int errors() {
        return (int) kept.stream().filter(Found::isError).count() + unreportedErrors;
    }

    /** The warnings found, kept or not. */
    public int warnings() {
        return kept.size() + unreported - errors();
    }

    /**
     * The diagnostics kept, then, when some were not, one at the first of those saying how many: an
     * error when an error is among them, else a warning.
     */
    public List<Found> diagnostics() {
        if (unreported == 0 || firstUnreported.isEmpty()) {
            return kept;
        }
        Found at = firstUnreported.get();
        List<Found> all = new ArrayList<>(kept);
        Location where = at.problem().location();
        all.add(new Found(new Problem(Codes.TOO_MANY_PROBLEMS, unreportedErrors > 0 ? Severity.ERROR : Severity.WARNING,
                where, unreported + (unreported == 1 ? " further problem is" : " further problems are")
                        + " not reported, from here on; fix those above first",
                Optional.of("a compilation reports at most " + MAX_DIAGNOSTICS + " diagnostics")),
                at.length(), at.sourceLine()));
        return List.copyOf(all);
    }
}
