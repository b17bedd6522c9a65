package vn.sochibo.persistence;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import vn.sochibo.application.integrity.DatabaseScan;

/**
 * Reads every row of every table of the app's schema through H2, and every value of each row (large texts
 * included), then compares the rows read with the table's own count. H2 2.x has no "check table" statement; what it
 * does check is every page it reads from the file (its length, its chunk, the chunk's checksum), so a damaged page
 * under a table fails that table's read, which is reported, not thrown. Pages already in H2's cache are not read
 * from the file again: the command line, which opens the folder just for the check, reads them all from the file.
 */
final class H2DatabaseScan implements DatabaseScan {
    private final JdbcTransactions tx;

    H2DatabaseScan(JdbcTransactions tx) {
        this.tx = tx;
    }

    @Override
    public List<TableScan> scanAllTables() {
        return tx.inTransaction(() -> Jdbc.call(() -> {
            Connection c = tx.connection();
            List<String[]> tables = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT TABLE_SCHEMA, TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_TYPE = 'BASE TABLE'"
                            + " AND TABLE_SCHEMA <> 'INFORMATION_SCHEMA' ORDER BY TABLE_SCHEMA, TABLE_NAME")) {
                while (rs.next()) {
                    tables.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            List<TableScan> scans = new ArrayList<>();
            for (String[] t : tables) {
                scans.add(scan(c, t[0], t[1]));
            }
            return scans;
        }));
    }

    private static TableScan scan(Connection c, String schema, String table) {
        String name = quote(schema) + "." + quote(table);
        String shown = "PUBLIC".equals(schema) ? table : schema + "." + table;
        long read = 0;
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT * FROM " + name)) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        readWhole(rs.getObject(i));
                    }
                    read++;
                }
            }
            long counted;
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + name)) {
                rs.next();
                counted = rs.getLong(1);
            }
            return new TableScan(shown, read, counted, null);
        } catch (SQLException | RuntimeException e) {
            return new TableScan(shown, read, -1, describe(e));
        }
    }

    /** A large text is read to its end (its pages are separate from the row's). */
    private static void readWhole(Object value) throws SQLException {
        if (value instanceof Clob clob) {
            try (var reader = clob.getCharacterStream()) {
                char[] buffer = new char[8192];
                while (reader.read(buffer) >= 0) {
                    // read only
                }
            } catch (java.io.IOException e) {
                throw new SQLException("could not read a large text value", e);
            }
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String line = message.lines().findFirst().orElse("").strip();
        if (line.length() > 300) {
            line = line.substring(0, 300) + "…";
        }
        return e instanceof SQLException sql ? "H2 " + sql.getErrorCode() + ": " + line : line;
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
