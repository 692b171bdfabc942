package org.childinneed.policies.caseload;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a case came from: the file (or folder) as the user named it, and, for a file holding many
 * cases, which of them. Holds ids and positions only, never personal data.
 *
 * @param file the path of the file as given, or another name a source chose for it
 * @param entry which case of a many-case file (a position or an id), or empty for a one-case file
 */
public record CaseOrigin(String file, Optional<String> entry) {

    public CaseOrigin {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(entry, "entry");
    }

    /** A file holding one case. */
    public static CaseOrigin file(String file) {
        return new CaseOrigin(file, Optional.empty());
    }

    /** Case {@code entry} of a file holding many. */
    public static CaseOrigin entry(String file, String entry) {
        return new CaseOrigin(file, Optional.of(entry));
    }

    /** {@code file}, or {@code file#entry}. */
    @Override
    public String toString() {
        return entry.map(e -> file + "#" + e).orElse(file);
    }
}
