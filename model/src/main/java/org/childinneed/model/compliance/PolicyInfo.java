package org.childinneed.model.compliance;

import java.util.Objects;

/**
 * What a policy is: its id, title, version or date, and the document it encodes.
 *
 * @param id the id by which it is chosen ({@code kent})
 * @param title its title
 * @param version its version or date
 * @param source the source document it encodes
 */
public record PolicyInfo(String id, String title, String version, String source) {

    public PolicyInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(source, "source");
    }
}
