package org.childinneed.policies.casefile;

import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;

/** Did-you-mean suggestions, and the rule for which values from a file an error may repeat. */
public final class Suggestion {

    private static final Pattern TOKEN = Pattern.compile("[a-z0-9-]{1,40}");

    private Suggestion() {
    }

    /**
     * The candidate closest to {@code input} by edit distance, when it is close enough to be a
     * likely misspelling (at most a third of the longer word, and at most 3 edits).
     */
    public static Optional<String> closest(String input, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(input.toLowerCase(java.util.Locale.ROOT), candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        int allowed = Math.min(3, Math.max(1, Math.max(input.length(), best.length()) / 3));
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /**
     * Whether {@code value} is a short lower-case token ({@code [a-z0-9-]{1,40}}) that an error
     * message may repeat: a code, never a name or free text.
     */
    public static boolean isShowableToken(String value) {
        return TOKEN.matcher(value).matches();
    }

    /** Levenshtein distance, with a transposition counted as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
