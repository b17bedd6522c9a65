package vn.sochibo.persistence;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.InputStreamReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.util.ScriptReader;
import org.slf4j.LoggerFactory;
import vn.sochibo.application.backup.BackupStore;
import vn.sochibo.application.common.StoreException;

/**
 * Backups as H2 SQL scripts, never as plain files: {@code SCRIPT} of the open database as rows (inside a unit of
 * work, so nothing changes while it is read), in memory or streamed to the caller; a script is checked by running
 * its statements into a throwaway database in a folder of its own in the system's temporary folder, encrypted
 * ({@code CIPHER=AES}) with a random key that lives only in memory for the check, with a small page cache (an
 * in-memory database held the whole cell in the heap, several times over while it was built, and the collector
 * kept the heap it grew to), then deleted. A copy left behind by a killed process cannot be read by anyone.
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

    /** The page cache of the throwaway database a script is checked in, in KiB (H2's default scales with the heap). */
    private static final int CHECK_CACHE_KB = 4096;
    /** The names of the check databases' folders in the temporary folder. */
    private static final String CHECK_PREFIX = "sochibo-check-";
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /** The open store; null for a checker of backup files only. */
    private final JdbcTransactions transactions;

    /** How SCRIPT starts the statements holding the audit trail's rows (each continues on lines of their own). */
    private static final String AUDIT_ROWS = "INSERT INTO \"PUBLIC\".\"AUDIT_ENTRY\"";

    H2BackupStore(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public byte[] script() {
        if (transactions == null) {
            throw new IllegalStateException("no open store to back up");
        }
        return transactions.inTransaction(() -> Jdbc.call(() -> {
            // SCRIPT as rows (not SCRIPT TO a file): the script stays in memory, so that the data of a protected
            // folder never reaches the disk in plain text. The rows are the statements SCRIPT TO writes.
            return script(transactions.connection());
        }));
    }

    @Override
    public Contents writeScript(OutputStream out) throws IOException {
        if (transactions == null) {
            throw new IllegalStateException("no open store to back up");
        }
        try {
            return transactions.inTransaction(() -> Jdbc.call(() -> {
                try {
                    script(transactions.connection(), out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                try (Statement s = transactions.connection().createStatement()) {
                    return contents(s);
                }
            }));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The SCRIPT of the database on {@code c}, one statement a line (a statement may span lines), UTF-8. */
    static byte[] script(Connection c) throws SQLException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(1 << 16);
        try {
            script(c, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the SCRIPT of the database on {@code c} to {@code out} as {@link #script(Connection)} holds it. */
    static void script(Connection c, OutputStream out) throws SQLException, IOException {
        Writer text = new BufferedWriter(new OutputStreamWriter(new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush(); // never closes the caller's stream
            }
        }, StandardCharsets.UTF_8), 1 << 16);
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SCRIPT")) {
            while (rs.next()) {
                text.write(rs.getString(1));
                text.write('\n');
            }
        }
        text.close();
    }

    /** What the database on {@code s} holds: its schema version and counts. */
    static Contents contents(Statement s) throws SQLException {
        String version = singleString(s, "SELECT \"version\" FROM \"flyway_schema_history\" "
                + "WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC LIMIT 1");
        // A database older than the meetings (V1; the backup before a migration) counts none.
        boolean meetings = singleInt(s, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'MEETING'") > 0;
        return new Contents(version, singleInt(s, "SELECT COUNT(*) FROM member"),
                meetings ? singleInt(s, "SELECT COUNT(*) FROM meeting") : 0);
    }

    @Override
    public Contents readScript(byte[] script, String name) {
        screen(script, name);
        Path folder;
        try {
            folder = Files.createTempDirectory(CHECK_PREFIX);
            removeStaleCheckFolders(folder.getParent());
        } catch (IOException e) {
            throw new StoreException("backup.error.unreadable", e, name);
        }
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        // TRACE_LEVEL_FILE=0: H2 writes no trace file (a failing statement's text, with the data in it, would be
        // written there in plain text).
        String url = "jdbc:h2:file:" + folder.resolve("check") + ";CIPHER=AES;CACHE_SIZE=" + CHECK_CACHE_KB
                + ";TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE";
        try (Connection c = DriverManager.getConnection(url, "sa", Database.h2Password(key));
                Statement s = c.createStatement()) {
            run(s, script);
            Contents contents = contents(s);
            // Nothing of it is kept: no need to write what is cached or to compact the file on the way out.
            s.execute("SHUTDOWN IMMEDIATELY");
            return contents;
        } catch (SQLException e) {
            throw new StoreException("backup.error.unreadable", e, name);
        } finally {
            Arrays.fill(key, (byte) 0);
            deleteFolder(folder);
        }
    }

    /**
     * Deletes the check folders a killed process left in the temporary folder (encrypted under keys that died with
     * it, so only their space is lost): those made more than an hour ago, as no check takes that long.
     */
    private static void removeStaleCheckFolders(Path temp) {
        java.time.Instant before = java.time.Instant.now().minus(java.time.Duration.ofHours(1));
        try (java.nio.file.DirectoryStream<Path> stale = Files.newDirectoryStream(temp, CHECK_PREFIX + "*")) {
            for (Path folder : stale) {
                if (Files.isDirectory(folder) && Files.getLastModifiedTime(folder).toInstant().isBefore(before)) {
                    deleteFolder(folder);
                }
            }
        } catch (IOException e) {
            LoggerFactory.getLogger(H2BackupStore.class).warn("Could not look for old check folders in {}", temp, e);
        }
    }

    /** Deletes the folder of a throwaway check database (encrypted under a key already forgotten). */
    private static void deleteFolder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LoggerFactory.getLogger(H2BackupStore.class).warn("Could not remove the check folder {}", folder, e);
        }
    }

    @Override
    public byte[] withoutAuditTrail(byte[] script) {
        java.io.ByteArrayOutputStream kept = new java.io.ByteArrayOutputStream(script.length);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(script),
                StandardCharsets.UTF_8))) {
            boolean inAuditRows = false;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("--")) {
                    continue;
                }
                boolean continuation = !line.isEmpty() && (Character.isWhitespace(line.charAt(0))
                        || line.charAt(0) == '(' || line.charAt(0) == ')' || line.charAt(0) == ';');
                if (!continuation) {
                    inAuditRows = line.startsWith(AUDIT_ROWS);
                }
                if (!inAuditRows) {
                    kept.writeBytes((line + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return kept.toByteArray();
    }

    /** Runs a screened script statement by statement, as RUNSCRIPT would, from memory. */
    static void run(Statement s, byte[] script) throws SQLException {
        try (ScriptReader reader = new ScriptReader(new InputStreamReader(new ByteArrayInputStream(script),
                StandardCharsets.UTF_8))) {
            for (String sql = reader.readStatement(); sql != null; sql = reader.readStatement()) {
                if (!sql.isBlank()) {
                    s.execute(sql);
                }
            }
        }
    }

    /**
     * Refuses a script holding anything a backup written by {@code SCRIPT} never holds. Each statement starts at the
     * beginning of a line with an allowed head (continuation lines start with a space or a bracket); triggers call
     * this app's own classes; and outside string literals no word is followed by "(" except SQL keywords and type
     * names (no function can be called, in rows, defaults or constraints alike). Comment lines are skipped.
     */
    static void screen(byte[] script, String name) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(script),
                StandardCharsets.UTF_8))) {
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
