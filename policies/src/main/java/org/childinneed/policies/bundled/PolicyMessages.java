package org.childinneed.policies.bundled;

import java.util.List;
import org.childinneed.policies.casefile.Suggestion;

/** What a user is told about policies that cannot be found. */
final class PolicyMessages {

    private PolicyMessages() {
    }

    /** The message for an unknown id: a did-you-mean where one is close, and the ids there are. */
    static String unknown(String policyId, List<String> ids) {
        String shown = Suggestion.isShowableToken(policyId) ? "unknown policy '" + policyId + "'" : "unknown policy";
        String known = ids.isEmpty() ? "No policies are bundled." : "Bundled policies: " + String.join(", ", ids) + ".";
        return shown + Suggestion.closest(policyId, ids).map(s -> "; did you mean '" + s + "'?").orElse(".")
                + " " + known + " A policy script is given by its path (ending in .cin).";
    }

    /** A script path that names no file. */
    static String noSuchFile(Object script) {
        return script + ": no such policy file";
    }

    /** A script that cannot be read. */
    static String unreadable(Object script) {
        return script + ": cannot be read as a UTF-8 policy script";
    }
}
