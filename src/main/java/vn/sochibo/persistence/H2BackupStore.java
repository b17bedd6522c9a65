package vn.sochibo.persistence;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
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
 * work, so nothing changes while it is read), streamed to the caller; a script is checked by running its
 * statements, read from a stream, into a throwaway database in a folder of its own in the system's temporary folder, encrypted
 * ({@code CIPHER=AES}) with a random key that lives only in memory for the check, with a small page cache (an
 * in-memory database held the whole cell in the heap, several times over while it was built, and the collector
 * kept the heap it grew to), then deleted. A copy left behind by a killed process cannot be read by anyone.
 *
 * <p>A script is screened as it is read: a backup holds only the statements {@code SCRIPT} writes (tables,
 * indexes, sequences, constraints, rows, and triggers that call this app's own guard classes), and its rows only
 * literal values. Every line is screened before any statement holding it runs, and every statement as a whole
 * before it runs; anything else (an alias to Java code, a call, a file function, a trigger with a foreign class,
 * a statement hidden behind another on its line) refuses the file before it runs, so that a crafted "backup"
 * cannot run code on the secretary's laptop. The statements before it went into the database being built, which
 * is then deleted.
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
    /** Where the throwaway check databases are made (the system's temporary folder). */
    private final Path tempFolder;

    /** How SCRIPT starts the statements holding the audit trail's rows (each continues on lines of their own). */
    private static final String AUDIT_ROWS = "INSERT INTO \"PUBLIC\".\"AUDIT_ENTRY\"";

    H2BackupStore(JdbcTransactions transactions) {
        this(transactions, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** With the folder the check databases are made in (tests). */
    H2BackupStore(JdbcTransactions transactions, Path tempFolder) {
        this.transactions = transactions;
        this.tempFolder = tempFolder;
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

    /**
     * Writes the SCRIPT of the database on {@code c} to {@code out} in UTF-8, one statement a line (a statement may
     * span lines): {@code SCRIPT} as rows (not {@code SCRIPT TO} a file), so that the data of a protected folder
     * never reaches the disk in plain text. The rows are the statements {@code SCRIPT TO} writes.
     */
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
    public Contents readScript(InputStream script, String name) {
        Path folder;
        try {
            folder = Files.createTempDirectory(tempFolder, CHECK_PREFIX);
            removeStaleCheckFolders(tempFolder);
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
            run(s, script, name);
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
    public byte[] recordsDigest(ScriptWriter script) throws IOException {
        RecordsDigest digest = new RecordsDigest();
        script.writeTo(digest);
        return digest.finish();
    }

    /**
     * The SHA-256 of a script written to it, without its comment lines and the audit trail's rows: the lines kept,
     * each followed by a line feed. Lines end as {@link BufferedReader#readLine()} ends them (LF, CR or CR LF); a
     * line that starts with a space, a bracket or a semicolon continues the statement before it. One line is held
     * at a time.
     */
    static final class RecordsDigest extends OutputStream {
        private static final byte[] AUDIT_ROWS_BYTES = AUDIT_ROWS.getBytes(StandardCharsets.UTF_8);
        private final java.security.MessageDigest sha;
        private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream(256);
        private boolean afterCarriageReturn;
        private boolean inAuditRows;

        RecordsDigest() {
            try {
                sha = java.security.MessageDigest.getInstance("SHA-256");
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }

        @Override
        public void write(int b) {
            if (b == '\n' && afterCarriageReturn) {
                afterCarriageReturn = false;
                return;
            }
            afterCarriageReturn = b == '\r';
            if (b == '\n' || b == '\r') {
                endLine();
            } else {
                line.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            int start = off;
            int end = off + len;
            for (int i = off; i < end; i++) {
                if (b[i] == '\n' || b[i] == '\r' || afterCarriageReturn) {
                    line.write(b, start, i - start);
                    write(b[i]);
                    start = i + 1;
                }
            }
            line.write(b, start, end - start);
        }

        private void endLine() {
            byte[] bytes = line.toByteArray();
            line.reset();
            if (startsWith(bytes, "--".getBytes(StandardCharsets.US_ASCII))) {
                return;
            }
            boolean continuation = false;
            if (bytes.length > 0) {
                char first = new String(bytes, 0, Math.min(bytes.length, 4), StandardCharsets.UTF_8).charAt(0);
                continuation = Character.isWhitespace(first) || first == '(' || first == ')' || first == ';';
            }
            if (!continuation) {
                inAuditRows = startsWith(bytes, AUDIT_ROWS_BYTES);
            }
            if (!inAuditRows) {
                sha.update(bytes);
                sha.update((byte) '\n');
            }
        }

        private static boolean startsWith(byte[] bytes, byte[] prefix) {
            return bytes.length >= prefix.length
                    && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
        }

        /** The digest of what was written; the last line counts when it has no line end (as readLine reads it). */
        byte[] finish() {
            if (line.size() > 0) {
                endLine();
            }
            return sha.digest();
        }
    }

    /**
     * Runs a script from a stream statement by statement, as RUNSCRIPT would, screening it on the way (see
     * {@link Screen}): no statement runs before every line it is made of, and then the statement itself, passed
     * the screen. Reads {@code script} to its end; does not close it.
     */
    static void run(Statement s, InputStream script, String name) throws SQLException {
        Screen screen = new Screen(name);
        ScriptReader reader = new ScriptReader(new ScreenedReader(new BufferedReader(new InputStreamReader(
                script, StandardCharsets.UTF_8), 1 << 16), screen));
        for (String sql = reader.readStatement(); sql != null; sql = reader.readStatement()) {
            screen.statement(sql);
            if (!sql.isBlank()) {
                s.execute(sql);
            }
        }
    }

    /**
     * Hands a script's text on line by line, each line screened ({@link Screen#line}) before any of it is handed
     * on, with its own line end. Lines end as {@link BufferedReader#readLine()} ends them, so that the screen
     * sees at least every line start the statement reader sees.
     */
    private static final class ScreenedReader extends Reader {
        private static final int NONE = -2;
        private final Reader in;
        private final Screen screen;
        private final StringBuilder line = new StringBuilder();
        private String ready = "";
        private int at;
        private int lookahead = NONE;

        ScreenedReader(Reader in, Screen screen) {
            this.in = in;
            this.screen = screen;
        }

        @Override
        public int read(char[] buffer, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (at == ready.length()) {
                if (!nextLine()) {
                    return -1;
                }
            }
            int n = Math.min(len, ready.length() - at);
            ready.getChars(at, at + n, buffer, off);
            at += n;
            return n;
        }

        private boolean nextLine() throws IOException {
            line.setLength(0);
            int c = next();
            if (c < 0) {
                return false;
            }
            String end = "";
            for (; c >= 0; c = next()) {
                if (c == '\n') {
                    end = "\n";
                    break;
                }
                if (c == '\r') {
                    int after = next();
                    if (after == '\n') {
                        end = "\r\n";
                    } else {
                        lookahead = after;
                        end = "\r";
                    }
                    break;
                }
                line.append((char) c);
            }
            String text = line.toString();
            screen.line(text);
            ready = text + end;
            at = 0;
            return true;
        }

        private int next() throws IOException {
            if (lookahead != NONE) {
                int c = lookahead;
                lookahead = NONE;
                return c;
            }
            return in.read();
        }

        @Override
        public void close() {
            // The caller closes the stream.
        }
    }

    /**
     * Refuses a script holding anything a backup written by {@code SCRIPT} never holds, as it is read. Each line:
     * a statement starts at the beginning of a line with an allowed head (continuation lines start with a space or
     * a bracket); a trigger calls this app's own classes; and outside string literals no word is followed by "("
     * except SQL keywords and type names (no function can be called, in rows, defaults or constraints alike).
     * Comment lines are skipped. Each statement, before it runs: past its blank and comment lines it starts with
     * an allowed head (so that no statement can follow another on its line), and a trigger is one line calling
     * this app's own class.
     */
    static final class Screen {
        private final String name;
        private boolean inStatement;

        Screen(String name) {
            this.name = name;
        }

        /** Screens one line of the script (without its line end). */
        void line(String line) {
            if (line.isBlank() || line.startsWith("--")) {
                return;
            }
            char first = line.charAt(0);
            boolean continuation = Character.isWhitespace(first) || first == '(' || first == ')' || first == ';';
            if (continuation) {
                if (!inStatement) {
                    throw refused(name, line);
                }
            } else {
                if (!allowedHead(line)) {
                    throw refused(name, line);
                }
                inStatement = true;
            }
            if (hasCall(line)) {
                throw refused(name, line);
            }
        }

        /** Screens a statement as the statement reader gives it (without its semicolon), before it runs. */
        void statement(String sql) {
            int at = 0;
            while (at < sql.length()) {
                int end = at;
                while (end < sql.length() && sql.charAt(end) != '\n' && sql.charAt(end) != '\r') {
                    end++;
                }
                String line = sql.substring(at, end);
                if (!line.isBlank() && !line.startsWith("--")) {
                    if (!allowedHead(line)
                            || isTrigger(line) && !OWN_TRIGGER.matcher(sql.substring(at).strip()).matches()) {
                        throw refused(name, line);
                    }
                    return;
                }
                at = end + 1;
            }
        }

        private static boolean allowedHead(String line) {
            String upper = line.toUpperCase(Locale.ROOT);
            return ALLOWED_HEADS.stream().anyMatch(upper::startsWith)
                    && !(isTrigger(line) && !OWN_TRIGGER.matcher(line).matches());
        }

        private static boolean isTrigger(String line) {
            return line.toUpperCase(Locale.ROOT).matches("CREATE (FORCE )?TRIGGER .*");
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
