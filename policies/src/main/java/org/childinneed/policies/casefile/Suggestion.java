package org.childinneed.policies.casefile;

import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;
import org.childinneed.model.text.DidYouMean;

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
        return DidYouMean.closest(input, candidates);
    }

    /**
     * Whether {@code value} is a short lower-case token ({@code [a-z0-9-]{1,40}}) that an error
     * message may repeat: a code, never a name or free text.
     */
    public static boolean isShowableToken(String value) {
        return TOKEN.matcher(value).matches();
    }
}
