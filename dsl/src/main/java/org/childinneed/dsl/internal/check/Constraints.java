package org.childinneed.dsl.internal.check;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.childinneed.dsl.internal.ast.Comparison;

/**
 * What a conjunction of simple tests allows, per subject (an attribute, the child's age ...), so
 * that the checker can tell when a condition can never hold.
 */
final class Constraints {

    private final Map<String, Set<String>> allowedCodes = new HashMap<>();
    private final Map<String, String> codeDescriptions = new HashMap<>();
    private final Map<String, long[]> ranges = new HashMap<>();
    private final Map<String, Boolean> flags = new HashMap<>();

    /** Restricts {@code subject} to {@code codes}; the reason it can never hold, if it cannot. */
    Optional<String> allowOnly(String subject, Set<String> codes) {
        return restrict(subject, codes, describe(codes));
    }

    /** Removes {@code codes} from what {@code subject} may be, out of {@code all}. */
    Optional<String> exclude(String subject, Set<String> codes, Set<String> all) {
        Set<String> allowed = new LinkedHashSet<>(all);
        allowed.removeAll(codes);
        return restrict(subject, allowed, "not " + describe(codes));
    }

    private Optional<String> restrict(String subject, Set<String> codes, String description) {
        Set<String> before = allowedCodes.get(subject);
        Set<String> after = new LinkedHashSet<>(codes);
        if (before != null) {
            after.retainAll(before);
        }
        allowedCodes.put(subject, after);
        String earlier = codeDescriptions.put(subject, description);
        if (after.isEmpty()) {
            return Optional.of(before == null
                    ? subject + " can take no value here"
                    : subject + " cannot be " + earlier + " and " + description + " at once");
        }
        return Optional.empty();
    }

    /** Restricts the number {@code subject} by a comparison. */
    Optional<String> compare(String subject, Comparison comparison, long bound) {
        long[] range = ranges.computeIfAbsent(subject, s -> new long[] {Long.MIN_VALUE, Long.MAX_VALUE});
        switch (comparison) {
            case MORE_THAN -> range[0] = Math.max(range[0], bound == Long.MAX_VALUE ? bound : bound + 1);
            case AT_LEAST -> range[0] = Math.max(range[0], bound);
            case LESS_THAN -> range[1] = Math.min(range[1], bound == Long.MIN_VALUE ? bound : bound - 1);
            case AT_MOST -> range[1] = Math.min(range[1], bound);
        }
        if (range[0] > range[1]) {
            return Optional.of("no " + subject + " is " + comparison.words() + " " + bound
                    + " and within the other bounds given");
        }
        return Optional.empty();
    }

    /** Requires the yes/no {@code subject} to be {@code value}. */
    Optional<String> flag(String subject, boolean value) {
        Boolean before = flags.putIfAbsent(subject, value);
        if (before != null && before != value) {
            return Optional.of(subject + " cannot be both yes and no");
        }
        return Optional.empty();
    }

    private static String describe(Set<String> codes) {
        return codes.size() == 1 ? codes.iterator().next() : "one of [" + String.join(", ", codes) + "]";
    }
}
