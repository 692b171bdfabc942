package org.childinneed.policies.sources;

import java.util.Objects;
import java.util.Optional;

/**
 * A Standard Safeguarding Dataset database to read cases from: its JDBC URL and the credentials
 * to connect with (from the environment, never from the command line, and never printed).
 *
 * @param url the JDBC URL ({@code jdbc:postgresql://host/db?currentSchema=ssd}, {@code jdbc:sqlserver://...})
 * @param user the user name, when not in the URL
 * @param password the password, when not in the URL
 */
public record SsdDatabase(String url, Optional<String> user, Optional<String> password) {

    public SsdDatabase {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    /** The URL as it may be printed: without its parameters, user or password. */
    @Override
    public String toString() {
        return org.childinneed.policies.importer.ssd.SsdSource.printable(url);
    }
}
