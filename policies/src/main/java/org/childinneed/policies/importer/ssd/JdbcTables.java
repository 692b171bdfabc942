package org.childinneed.policies.importer.ssd;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.childinneed.policies.importer.ImportProblem;

/**
 * SSD tables in a database, read over plain JDBC ({@code java.sql}) with the driver the user puts
 * on the class path (PostgreSQL's {@code org.postgresql:postgresql}, SQL Server's
 * {@code com.microsoft.sqlserver:mssql-jdbc}): {@code SELECT * FROM table ORDER BY 1} (the table's id first, so the order is the same on every run), rows fetched in
 * batches, read-only. A table the database lacks is an empty table. No message repeats the URL's
 * query, a user name or a password, nor the database's own error text (which may quote data).
 */
final class JdbcTables implements TableReader {

    private static final int FETCH = 1_000;

    private final Connection connection;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<Statement> open = new ArrayList<>();

    private JdbcTables(Connection connection) {
        this.connection = connection;
    }

    static JdbcTables connect(String url, Optional<String> user, Optional<String> password) throws IOException {
        Properties properties = new Properties();
        user.ifPresent(u -> properties.setProperty("user", u));
        password.ifPresent(p -> properties.setProperty("password", p));
        try {
            Connection c = DriverManager.getConnection(url, properties);
            c.setReadOnly(true);
            c.setAutoCommit(false);
            return new JdbcTables(c);
        } catch (SQLException e) {
            boolean noDriver = e.getMessage() != null && e.getMessage().startsWith("No suitable driver");
            throw new IOException(noDriver ? "no JDBC driver on the class path accepts " + redacted(url)
                    : "cannot connect to " + redacted(url) + (e.getSQLState() == null ? "" : " (SQL state " + e.getSQLState() + ")"));
        }
    }

    /** {@code url} without its query or properties (where drivers take user names and passwords). */
    static String redacted(String url) {
        int cut = url.length();
        for (char c : new char[] {'?', ';'}) {
            int i = url.indexOf(c);
            if (i >= 0) {
                cut = Math.min(cut, i);
            }
        }
        String base = url.substring(0, cut).replaceAll("//[^/@]*@", "//");
        return base + (cut < url.length() ? " (with its parameters)" : "");
    }

    @Override
    public Optional<Iterator<Row>> rows(String table) {
        Statement statement = null;
        try {
            statement = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(FETCH);
            ResultSet result = statement.executeQuery("SELECT * FROM " + table + " ORDER BY 1");
            open.add(statement);
            return Optional.of(new Rows(table, result));
        } catch (SQLException e) {
            closeQuietly(statement);
            rollback();
            return Optional.empty();
        }
    }

    @Override
    public List<ImportProblem> problems() {
        return List.copyOf(problems);
    }

    @Override
    public void close() throws IOException {
        open.forEach(JdbcTables::closeQuietly);
        try {
            connection.rollback();
            connection.close();
        } catch (SQLException e) {
            throw new IOException("the database connection could not be closed");
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // a failed query leaves nothing to undo: the connection only reads
        }
    }

    private static void closeQuietly(Statement statement) {
        try {
            if (statement != null) {
                statement.close();
            }
        } catch (SQLException e) {
            // closing a read-only statement loses nothing
        }
    }

    /** The rows of one table; an error while fetching ends it, with a problem naming the row. */
    private final class Rows extends RowIterator {
        private final String table;
        private final ResultSet result;
        private final String[] columns;
        private int number;

        Rows(String table, ResultSet result) throws SQLException {
            this.table = table;
            this.result = result;
            ResultSetMetaData meta = result.getMetaData();
            columns = new String[meta.getColumnCount()];
            for (int i = 0; i < columns.length; i++) {
                columns[i] = meta.getColumnLabel(i + 1).toLowerCase(Locale.ROOT);
            }
        }

        @Override
        Row fetch() {
            try {
                if (!result.next()) {
                    result.close();
                    return null;
                }
                number++;
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < columns.length; i++) {
                    Object value = result.getObject(i + 1);
                    values.put(columns[i], value == null ? null : value.toString());
                }
                return new Row(table, table + " row " + number, Optional.empty(), values);
            } catch (SQLException e) {
                problems.add(new ImportProblem(Optional.empty(), Optional.empty(), Optional.empty(),
                        table + " row " + (number + 1), "could not be fetched (SQL state " + e.getSQLState()
                                + "); the table's later rows are not read"));
                return null;
            }
        }
    }
}
