package org.childinneed.policies.importer;

import static org.childinneed.policies.importer.CensusFileTest.events;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.childinneed.policies.importer.ssd.SsdSource;
import org.junit.jupiter.api.Test;

/**
 * The SSD read over JDBC from a real SQL database the test starts itself: H2 in memory, in its
 * PostgreSQL mode (the README says why not an embedded PostgreSQL), the tables created with the
 * SSD's column names and types and filled with the rows of the realistic CSV extract.
 */
public class SsdDatabaseTest {

    private static final String USER = "analyst";
    private static final String PASSWORD = "s3cret-pass";

    private static Connection database(String name) throws SQLException, IOException {
        return database(name, USER, PASSWORD);
    }

    /** A new in-memory database {@code jdbc:h2:mem:NAME} holding the realistic extract; it lasts while the connection is open. */
    public static Connection database(String name, String user, String password) throws SQLException, IOException {
        String url = "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=0";
        Connection c = DriverManager.getConnection(url, user, password);
        try (Statement s = c.createStatement()) {
            String ddl = new String(SsdDatabaseTest.class.getResourceAsStream("/ssd/ssd-tables.sql").readAllBytes(),
                    StandardCharsets.UTF_8);
            for (String statement : ddl.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        }
        Path folder = SsdSourceTest.fixture("realistic");
        try (Stream<Path> files = Files.list(folder)) {
            for (Path csv : files.sorted().toList()) {
                load(c, csv);
            }
        }
        return c;
    }

    private static void load(Connection c, Path csv) throws IOException, SQLException {
        String table = csv.getFileName().toString().replace(".csv", "");
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv.toFile())) {
            for (Map<String, String> row : rows.readAll()) {
                List<String> columns = new ArrayList<>(row.keySet());
                String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                        + String.join(", ", columns.stream().map(x -> "?").toList()) + ")";
                try (PreparedStatement insert = c.prepareStatement(sql)) {
                    for (int i = 0; i < columns.size(); i++) {
                        String v = row.get(columns.get(i));
                        insert.setObject(i + 1, v == null || v.isBlank() ? null : v);
                    }
                    insert.executeUpdate();
                }
            }
        }
    }

    @Test
    void theTablesOfADatabaseGiveTheSameCasesAsTheirCsvExtract() throws Exception {
        try (Connection keep = database("same")) {
            SsdSourceTest.Read fromDb = SsdSourceTest.Read.of(SsdSource.database("jdbc:h2:mem:same",
                    Optional.of(USER), Optional.of(PASSWORD)));
            SsdSourceTest.Read fromCsv = SsdSourceTest.Read.of(SsdSource.folder(SsdSourceTest.fixture("realistic")));
            assertEquals(List.of(), fromDb.problems());
            assertEquals(List.of("P1-R1", "P2-R2", "P3-R3"), fromDb.cases().stream().map(ImportedCase::caseId).toList());
            for (ImportedCase c : fromCsv.cases()) {
                assertEquals(events(c.record().orElseThrow()), events(fromDb.record(c.caseId())), c.caseId());
                assertEquals(c.record().orElseThrow().child(), fromDb.record(c.caseId()).child());
            }
        }
    }

    @Test
    void aBadValueInATableNamesTheTableRowColumnAndPerson() throws Exception {
        try (Connection keep = database("bad"); Statement s = keep.createStatement()) {
            s.execute("UPDATE ssd_cin_episodes SET cine_close_reason = 'RC0' WHERE cine_referral_id = 'R1'");
            SsdSourceTest.Read read = SsdSourceTest.Read.of(SsdSource.database("jdbc:h2:mem:bad", Optional.of(USER),
                    Optional.of(PASSWORD)));
            assertEquals(List.of("ssd: child LAchildID \"P1\", ssd_cin_episodes row 1, cine_close_reason: "
                    + "not a census closure reason (RC1 to RC9)"), read.problems());
            assertEquals(3, read.cases().size());
        }
    }

    @Test
    void aDatabaseThatCannotBeReachedSaysSoWithoutItsCredentials() {
        IOException wrong = assertThrows(IOException.class, () -> SsdSource.database(
                "jdbc:h2:mem:absent;IFEXISTS=TRUE;PASSWORD_HASH=FALSE", Optional.of(USER), Optional.of(PASSWORD)));
        assertTrue(wrong.getMessage().startsWith("cannot connect to jdbc:h2:mem:absent (with its parameters)"), wrong.getMessage());
        IOException noDriver = assertThrows(IOException.class, () -> SsdSource.database(
                "jdbc:nosuchdb://host/ssd?user=" + USER + "&password=" + PASSWORD, Optional.empty(), Optional.empty()));
        assertEquals("no JDBC driver on the class path accepts jdbc:nosuchdb://host/ssd (with its parameters)", noDriver.getMessage());
        assertFalse(wrong.getMessage().contains(PASSWORD) || noDriver.getMessage().contains(PASSWORD));
    }
}
