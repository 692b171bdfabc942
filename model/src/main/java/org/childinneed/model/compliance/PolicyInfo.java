package org.childinneed.model.compliance;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a policy is: its id, title, version or date, the document it encodes, and the day the
 * version took effect.
 *
 * @param id the id by which it is chosen ({@code kent})
 * @param title its title
 * @param version its version or date
 * @param source the source document it encodes
 * @param effective the day this version took effect; empty for an undated version
 */
public record PolicyInfo(String id, String title, String version, String source, Optional<LocalDate> effective) {

    public PolicyInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(effective, "effective");
    }

    /** An undated version. */
    public PolicyInfo(String id, String title, String version, String source) {
        this(id, title, version, source, Optional.empty());
    }

    /** This version as a {@link PolicyVersion}. */
    public PolicyVersion toVersion() {
        return new PolicyVersion(id, version, effective);
    }
}
