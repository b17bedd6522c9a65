package vn.sochibo.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.sochibo.application.backup.BackupStore;
import vn.sochibo.application.common.StoreException;

/**
 * Backups as H2 SQL scripts: {@code SCRIPT} of the open database (inside a unit of work, so nothing changes
 * while it is written), and {@code RUNSCRIPT} into a throwaway in-memory database to check one.
 *
 * <p>Before a script is run it is screened: a backup holds only the statements {@code SCRIPT} writes (tables,
 * indexes, sequences, constraints, rows, and triggers that call this app's own guard classes), and its rows only
 * literal values. Anything else (an alias to Java code, a call, a file function, a trigger with a foreign class)
 * refuses the file unread, so that a crafted "backup" cannot run code on the secretary's laptop.
 */
final class H2BackupStore implements BackupStore {
    private static final List<String> ALLOWED_HEADS = List.of("CREATE USER ", "CREATE SCHEMA ", "CREATE SEQUENCE ",
            "CREATE MEMORY TABLE ", "CREATE CACHED TABLE ", "CREATE TABLE ", "ALTER TABLE ", "ALTER SEQUENCE ",
            "CREATE INDEX ", "CREATE UNIQUE INDEX ", "CREATE PRIMARY KEY ", "INSERT INTO ", "CREATE TRIGGER ",
            "CREATE FORCE TRIGGER ", "COMMENT ON ", "SET ", "-- ");
    private static final Pattern OWN_TRIGGER = Pattern.compile("CREATE (FORCE )?TRIGGER .* CALL \"?'?vn\\.sochibo\\.persistence\\.[A-Za-z]+\"?'?;?\\s*");
    /** A word directly followed by "(" outside string literals: a function call, unless it is one of these. */
    private static final Pattern CALL = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*\\(");
    private static final java.util.Set<String> NOT_CALLS = java.util.Set.of("AND", "OR", "NOT", "CHECK", "DISTINCT",
            "KEY", "UNIQUE", "IN", "VARYING", "VARCHAR", "CHAR", "CHARACTER", "NUMERIC", "DECIMAL", "TIME",
            "TIMESTAMP", "BINARY", "VARBINARY", "FLOAT", "PRECISION");

    /** The open store; null for a checker of backup files only. */
    private final JdbcTransactions transactions;

    H2BackupStore(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void writeScript(Path target) {
        if (transactions == null) {
            throw new IllegalStateException("no open store to back up");
        }
        transactions.run(() -> Jdbc.call(() -> {
            try (Statement s = transactions.connection().createStatement()) {
                s.execute("SCRIPT TO '" + target.toAbsolutePath().toString().replace("'", "''") + "' CHARSET 'UTF-8'");
            }
            return null;
        }));
    }

    @Override
    public Contents readScript(Path script) {
        String name = script.getFileName().toString();
        screen(script, name);
        String url = "jdbc:h2:mem:check-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=0";
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM '" + script.toAbsolutePath().toString().replace("'", "''")
                    + "' CHARSET 'UTF-8'");
            String version = singleString(s, "SELECT \"version\" FROM \"flyway_schema_history\" "
                    + "WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC LIMIT 1");
            int members = singleInt(s, "SELECT COUNT(*) FROM member");
            int meetings = singleInt(s, "SELECT COUNT(*) FROM meeting");
            return new Contents(version, members, meetings);
        } catch (SQLException e) {
            throw new StoreException("backup.error.unreadable", e, name);
        }
    }

    /**
     * Refuses a script holding anything a backup written by {@code SCRIPT} never holds. Each statement starts at the
     * beginning of a line with an allowed head (continuation lines start with a space or a bracket); triggers call
     * this app's own classes; and outside string literals no word is followed by "(" except SQL keywords and type
     * names (no function can be called, in rows, defaults or constraints alike). Comment lines are skipped.
     */
    static void screen(Path script, String name) {
        try (BufferedReader in = Files.newBufferedReader(script, StandardCharsets.UTF_8)) {
            boolean inStatement = false;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("--")) {
                    continue;
                }
                char first = line.charAt(0);
                boolean continuation = Character.isWhitespace(first) || first == '(' || first == ')' || first == ';';
                if (continuation) {
                    if (!inStatement) {
                        throw refused(name, line);
                    }
                } else {
                    String upper = line.toUpperCase(Locale.ROOT);
                    if (ALLOWED_HEADS.stream().noneMatch(upper::startsWith)
                            || upper.matches("CREATE (FORCE )?TRIGGER .*") && !OWN_TRIGGER.matcher(line).matches()) {
                        throw refused(name, line);
                    }
                    inStatement = true;
                }
                if (hasCall(line)) {
                    throw refused(name, line);
                }
            }
        } catch (IOException e) {
            throw new StoreException("backup.error.unreadable", e, name);
        }
    }

    /** Whether the line, outside its string literals, has a word followed by "(" that is not a keyword or type. */
    private static boolean hasCall(String line) {
        StringBuilder outside = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '\'') {
                inString = !inString;
                outside.append(' ');
            } else if (!inString) {
                outside.append(ch);
            }
        }
        Matcher m = CALL.matcher(outside);
        while (m.find()) {
            if (!NOT_CALLS.contains(m.group(1).toUpperCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static StoreException refused(String name, String line) {
        String head = line.length() > 60 ? line.substring(0, 60) : line;
        return new StoreException("backup.error.foreignStatement", new IllegalArgumentException(head), name);
    }

    private static String singleString(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private static int singleInt(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
