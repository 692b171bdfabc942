package org.childinneed.policies.importer.ssd;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.childinneed.policies.importer.ImportProblem;

/**
 * Where SSD tables are read from (a folder of CSV extracts, a database), one row at a time. A
 * table that is not there is empty; a table that breaks off reports where, in {@link #problems()}.
 */
interface TableReader extends AutoCloseable {

    /** The rows of {@code table}, or empty when the source has no such table. */
    Optional<Iterator<Row>> rows(String table);

    /** Problems with tables as a whole (a missing column, a file that breaks off), found so far. */
    List<ImportProblem> problems();

    @Override
    void close() throws IOException;
}
