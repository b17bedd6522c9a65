package vn.sochibo.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.api.ErrorCode;
import org.h2.tools.ChangeFileEncryption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.sochibo.application.common.PasswordPrompt;
import vn.sochibo.application.common.PasswordRequiredException;
import vn.sochibo.application.common.StoreException;
import vn.sochibo.application.common.StoreSync;
import vn.sochibo.application.common.Transactions;
import vn.sochibo.application.common.WrongPasswordException;
import vn.sochibo.application.backup.BackupKeys;
import vn.sochibo.application.backup.BackupService;
import vn.sochibo.application.security.DataProtection;

/**
 * The embedded H2 store in the data folder. Opening takes an exclusive lock on the folder (a second window
 * or command gets a clear "already open" message), migrates the schema with Flyway after a backup, and
 * refuses a database written by a newer version of the app.
 *
 * <p>Optional password (ADR 0009): a protected folder holds an H2 file encrypted (CIPHER=AES) with a random
 * data key, and {@code sochibo.key}, that key wrapped under the password. Whether a folder is protected is
 * read from the database file itself (H2's encrypted-file header), so a key file left behind by an
 * interrupted change never locks anyone out.
 *
 * <p>Durability: WRITE_DELAY=0 so that a commit reaches the file before it is acknowledged; CHECKPOINT
 * SYNC after bulk writes; a clean SHUTDOWN on close (see docs/decisions/0002-h2-durability.md).
 */
public final class Database implements AutoCloseable, StoreSync, DataProtection {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    public static final String DATABASE_NAME = "sochibo";
    private static final String LOCK_FILE = "sochibo.lock";
    /** Where {@link #closeAndSetAside} puts the database files, inside the data folder. */
    public static final String SET_ASIDE_FOLDER = "set-aside";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /**
     * Folders open in this JVM. Checked before touching the lock file: on Linux and macOS closing any channel
     * on the lock file drops the whole process's lock on it, so a refused second open must not open one.
     */
    private static final Set<Path> OPEN_IN_THIS_PROCESS = new HashSet<>();

    /** Where the database file is rewritten (encrypted or decrypted) before it replaces the original. */
    private static final String WORK_FOLDER = "password-work";
    /** The first bytes of an H2 file written with CIPHER=AES (org.h2.store.fs.encrypt.FileEncrypt). */
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final Path dataDir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final int kdfIterations;
    private Connection connection;
    private final JdbcTransactions transactions;
    private boolean closed;
    /** The data key of a protected folder, wiped on close; null when the folder is not protected. */
    private byte[] dataKey;
    /** For tests: the step of a password change at which to fail, as a disk failure would. */
    private String failAtStep;

    private Database(Path dataDir, FileChannel lockChannel, FileLock lock, Connection connection, byte[] dataKey,
            int kdfIterations) {
        this.dataDir = dataDir;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.connection = connection;
        this.transactions = new JdbcTransactions(connection);
        this.dataKey = dataKey;
        this.kdfIterations = kdfIterations;
    }

    /** Opens a data folder that is not protected by a password (a protected one: {@link PasswordRequiredException}). */
    public static Database open(Path dataDir) {
        return open(dataDir, PasswordPrompt.NONE);
    }

    /** Opens a data folder, asking {@code prompt} for the password when it is protected. */
    public static Database open(Path dataDir, PasswordPrompt prompt) {
        return open(dataDir, prompt, KeyFile.DEFAULT_ITERATIONS);
    }

    /**
     * As {@link #open(Path, PasswordPrompt)}; {@code kdfIterations} is the PBKDF2 iteration count of key files
     * written from now on (tests use a low one; the app always {@link KeyFile#DEFAULT_ITERATIONS}).
     */
    public static Database open(Path dataDir, PasswordPrompt prompt, int kdfIterations) {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            dir = dir.toRealPath();
        } catch (IOException e) {
            throw new StoreException("store.error.folder", e, dir.toString());
        }
        synchronized (OPEN_IN_THIS_PROCESS) {
            if (!OPEN_IN_THIS_PROCESS.add(dir)) {
                throw new DataFolderInUseException(dir.toString(), null);
            }
        }
        try {
            return openLocked(dir, prompt, kdfIterations);
        } catch (RuntimeException | Error e) {
            forget(dir);
            throw e;
        }
    }

    private static void forget(Path dir) {
        synchronized (OPEN_IN_THIS_PROCESS) {
            OPEN_IN_THIS_PROCESS.remove(dir);
        }
    }

    /** The folder lock: the lock file's channel and the OS lock on it. */
    private record FolderLock(FileChannel channel, FileLock lock) {
    }

    private static FolderLock lockFolder(Path dir) {
        FileChannel channel = null;
        FileLock lock;
        try {
            channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new DataFolderInUseException(dir.toString(), e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("store.error.folder", e, dir.toString());
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new DataFolderInUseException(dir.toString(), null);
        }
        return new FolderLock(channel, lock);
    }

    private static Database openLocked(Path dir, PasswordPrompt prompt, int kdfIterations) {
        FolderLock folderLock = lockFolder(dir);
        FileChannel channel = folderLock.channel();
        FileLock lock = folderLock.lock();
        byte[] dataKey;
        try {
            dataKey = unlock(dir, prompt);
        } catch (RuntimeException | Error e) {
            releaseQuietly(lock, channel);
            throw e;
        }
        Connection connection = null;
        try {
            boolean encrypted = dataKey != null;
            String url = jdbcUrl(dir, encrypted);
            String password = h2Password(dataKey);
            // Most starts find the schema as this build left it and skip Flyway altogether (SchemaCheck).
            boolean current = SchemaCheck.isCurrent(url + ";ACCESS_MODE_DATA=r", password);
            boolean backUpFirst = !current && checkVersion(dir, url, password);
            // Open our connection before Flyway's: theirs then join the open database instead of reopening
            // the file for every step.
            connection = DriverManager.getConnection(url, "sa", password);
            if (!current) {
                migrate(dir, url, password, backUpFirst, dataKey);
            }
            connection.setAutoCommit(false);
            LOG.info("Opened data folder {}{}", dir, encrypted ? " (protected by a password)" : "");
            return new Database(dir, channel, lock, connection, dataKey, kdfIterations);
        } catch (SQLException e) {
            closeQuietly(connection);
            wipe(dataKey);
            releaseQuietly(lock, channel);
            throw translateOpenFailure(e, dir);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            wipe(dataKey);
            releaseQuietly(lock, channel);
            if (e instanceof org.flywaydb.core.api.FlywayException) {
                // An H2 file that is not ours (tables but no schema history, or a history Flyway rejects).
                LOG.error("The database in {} is not a Sổ Chi Bộ database Flyway can bring up to date", dir, e);
                throw new StoreException("store.error.unreadable", e, dir.toString());
            }
            // Flyway wraps the driver's SQLException (file in use, corrupted, …) in its own exception.
            for (Throwable cause = e; cause != null && !(e instanceof StoreException); cause = cause.getCause()) {
                if (cause instanceof SQLException sql) {
                    throw translateOpenFailure(sql, dir);
                }
            }
            throw e;
        }
    }

    static String jdbcUrl(Path dir) {
        return jdbcUrl(dir, false);
    }

    static String jdbcUrl(Path dir, boolean encrypted) {
        // WRITE_DELAY=0: an acknowledged commit survives a kill -9 (the 500 ms default loses them).
        // DB_CLOSE_ON_EXIT=FALSE: we close cleanly ourselves, in the right order, from close().
        // CIPHER=AES: the password is then "<file password> <user password>" (h2Password).
        return "jdbc:h2:file:" + dir.resolve(DATABASE_NAME) + (encrypted ? ";CIPHER=AES" : "")
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }

    /**
     * The password H2 gets: for an encrypted file, the file password (the data key in hex: 256 random bits,
     * so H2's own weak stretching of it does not matter), a space, and the empty password of user sa.
     */
    static String h2Password(byte[] dataKey) {
        return dataKey == null ? "" : java.util.HexFormat.of().formatHex(dataKey) + " ";
    }

    private static char[] filePassword(byte[] dataKey) {
        return java.util.HexFormat.of().formatHex(dataKey).toCharArray();
    }

    /**
     * The data key of a protected folder, asking the prompt for the password until it unlocks the key file or
     * the prompt gives up; null for a folder that is not protected. Writes nothing.
     */
    private static byte[] unlock(Path dir, PasswordPrompt prompt) {
        Path keyPath = dir.resolve(KeyFile.FILE_NAME);
        if (!isEncrypted(dir.resolve(DATABASE_NAME + ".mv.db"))) {
            if (Files.exists(keyPath)) {
                // A change of protection was interrupted before or after the swap of the file: the plain
                // database file is the valid one; the key file encrypts nothing here.
                LOG.warn("Ignoring {}: the database file in {} is not encrypted", keyPath, dir);
            }
            return null;
        }
        if (!Files.exists(keyPath)) {
            throw new StoreException("store.error.keyMissing", null, dir.toString());
        }
        KeyFile keyFile = KeyFile.read(keyPath);
        boolean wrong = false;
        while (true) {
            char[] password = prompt == null ? null : prompt.password(dir, wrong);
            if (password == null) {
                if (wrong) {
                    throw new WrongPasswordException(null);
                }
                throw new PasswordRequiredException(dir.toString());
            }
            try {
                return keyFile.unwrap(password);
            } catch (WrongPasswordException e) {
                LOG.info("Wrong password for {}", dir);
                wrong = true;
            } finally {
                Arrays.fill(password, '\0');
            }
        }
    }

    /** True when {@code file} starts with H2's encrypted-file header. */
    static boolean isEncrypted(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        byte[] start = new byte[ENCRYPTED_HEADER.length];
        try (var in = Files.newInputStream(file)) {
            return in.readNBytes(start, 0, start.length) == start.length && Arrays.equals(start, ENCRYPTED_HEADER);
        } catch (IOException e) {
            throw new StoreException("store.error.folder", e, file.getParent().toString());
        }
    }

    private static void wipe(byte[] bytes) {
        if (bytes != null) {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /**
     * Refuses a database written by a newer version of the app. Reads through a read-only connection, so that
     * a refused database is left byte for byte as it was. True when an existing database needs migrating.
     */
    static boolean checkVersion(Path dir, String url) {
        return checkVersion(dir, url, "");
    }

    static boolean checkVersion(Path dir, String url, String password) {
        if (!Files.exists(dir.resolve(DATABASE_NAME + ".mv.db"))) {
            return false;
        }
        MigrationInfoService info = flyway(url + ";ACCESS_MODE_DATA=r", password).info();
        MigrationVersion supported = Arrays.stream(info.all())
                .filter(i -> i.getState() != MigrationState.FUTURE_SUCCESS && i.getState() != MigrationState.FUTURE_FAILED)
                .map(MigrationInfo::getVersion)
                .max(Comparator.naturalOrder())
                .orElse(MigrationVersion.EMPTY);
        MigrationInfo[] applied = info.applied();
        for (MigrationInfo done : applied) {
            if (done.getState() == MigrationState.FUTURE_SUCCESS || done.getState() == MigrationState.FUTURE_FAILED) {
                throw new DatabaseTooNewException(done.getVersion().getVersion(), supported.getVersion());
            }
        }
        if (applied.length == 0 && hasTables(url + ";ACCESS_MODE_DATA=r", password)) {
            // Tables but no schema history: an H2 file of something else. Refused before anything writes to it.
            throw new StoreException("store.error.unreadable", null, dir.toString());
        }
        return applied.length > 0 && info.pending().length > 0;
    }

    private static boolean hasTables(String readOnlyUrl, String password) {
        try (Connection c = DriverManager.getConnection(readOnlyUrl, "sa", password); Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                        + "WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            return rs.next() && rs.getInt(1) > 0;
        } catch (SQLException e) {
            throw new org.flywaydb.core.api.FlywayException("could not list the tables", e);
        }
    }

    private static void migrate(Path dir, String url, String password, boolean backUpFirst, byte[] dataKey)
            throws SQLException {
        if (backUpFirst) {
            if (dataKey != null) {
                sealedBackupBeforeMigration(dir, url, password, dataKey);
            } else {
                backupBeforeMigration(dir, url, password);
            }
        }
        flyway(url, password).migrate();
    }

    static Flyway flyway(String url) {
        return flyway(url, "");
    }

    static Flyway flyway(String url, String password) {
        // A DataSource of H2's own: Flyway's URL-based one trims the password, and with CIPHER the password
        // "<file password> " must keep its trailing space (the empty password of user sa).
        org.h2.jdbcx.JdbcDataSource dataSource = new org.h2.jdbcx.JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        dataSource.setPassword(password);
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
    }

    private static void backupBeforeMigration(Path dir, String url, String password) throws SQLException {
        Path backups = dir.resolve("backups");
        try {
            Files.createDirectories(backups);
        } catch (IOException e) {
            throw new StoreException("store.error.folder", e, backups.toString());
        }
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path target = backups.resolve("before-migration-" + stamp + ".sql.gz");
        try (Connection c = DriverManager.getConnection(url, "sa", password); Statement s = c.createStatement()) {
            s.execute("SCRIPT TO '" + target.toString().replace("'", "''") + "' COMPRESSION GZIP");
        }
        LOG.info("Backed up the database to {} before migrating", target);
    }

    /**
     * The backup before a migration of a protected folder: an encrypted backup file (ADR 0011) sealed under the
     * folder's key, {@code backups/before-migration-<stamp>.zip}, restorable with {@code restore FILE}. The
     * script stays in memory: no plain copy of the data is written.
     */
    private static void sealedBackupBeforeMigration(Path dir, String url, String password, byte[] dataKey)
            throws SQLException {
        Path backups = dir.resolve("backups");
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path target = backups.resolve("before-migration-" + stamp + ".zip");
        byte[] script = null;
        BackupKeys.BackupKey key = null;
        try (Connection c = DriverManager.getConnection(url, "sa", password); Statement s = c.createStatement()) {
            Files.createDirectories(backups);
            script = H2BackupStore.script(c);
            key = KeyFile.backupKey(dataKey, KeyFile.read(dir.resolve(KeyFile.FILE_NAME)).text());
            BackupService.writeSealed(target, script, java.time.Instant.now(), "before-migration",
                    H2BackupStore.contents(s), key);
        } catch (IOException e) {
            throw new StoreException("store.error.folder", e, backups.toString());
        } finally {
            if (script != null) {
                Arrays.fill(script, (byte) 0);
            }
            if (key != null) {
                key.wipe();
            }
        }
        LOG.info("Backed up the database (encrypted) to {} before migrating", target);
    }

    static StoreException translateOpenFailure(SQLException e, Path dir) {
        LOG.error("Could not open the database in {}", dir, e);
        if (e.getErrorCode() != ErrorCode.DATABASE_ALREADY_OPEN_1 && !looksLikeH2File(dir)) {
            // Readable, but not an H2 file at all (cut short to nothing, overwritten, another program's file).
            return new StoreException("store.error.unreadable", e, dir.toString());
        }
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new DataFolderInUseException(dir.toString(), e);
            case ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_ENCRYPTION_ERROR_1 ->
                    new StoreException("store.error.unreadable", e, dir.toString());
            default -> new StoreException("store.error.open", e, dir.toString());
        };
    }

    /**
     * True unless the database file is there, readable, and starts neither as every H2 file does ("H:2,") nor as
     * an encrypted one ("H2encrypt").
     */
    private static boolean looksLikeH2File(Path dir) {
        Path file = dir.resolve(DATABASE_NAME + ".mv.db");
        try (var in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(9), java.nio.charset.StandardCharsets.ISO_8859_1);
            return head.startsWith("H:2,") || head.equals("H2encrypt");
        } catch (IOException e) {
            // Not readable: an access problem rather than a damaged file; say so as such.
            return true;
        }
    }

    // --- password protection (ADR 0009) ---

    /** A copy of the data key (the caller wipes it); null when the folder is not protected. */
    synchronized byte[] dataKeyCopy() {
        return dataKey == null ? null : dataKey.clone();
    }

    /**
     * The data key of a protected folder whose database does not open (for a restore into it, which keeps it
     * protected), asking {@code prompt} for the password; null when the folder is not protected (its file is not
     * encrypted, or no key file is left to open it with).
     */
    static byte[] closedFolderKey(Path dir, PasswordPrompt prompt) {
        if (!isEncrypted(dir.resolve(DATABASE_NAME + ".mv.db")) || !Files.exists(dir.resolve(KeyFile.FILE_NAME))) {
            return null;
        }
        return unlock(dir, prompt);
    }

    /** The keys backups of this folder are sealed with (ADR 0011): none while the folder is not protected. */
    public BackupKeys backupKeys() {
        return new BackupKeys() {
            @Override
            public java.util.Optional<BackupKeys.BackupKey> sealing() {
                byte[] key = dataKeyCopy();
                if (key == null) {
                    return java.util.Optional.empty();
                }
                try {
                    return java.util.Optional.of(KeyFile.backupKey(key, KeyFile.read(dataDir.resolve(KeyFile.FILE_NAME)).text()));
                } finally {
                    wipe(key);
                }
            }

            @Override
            public BackupKeys.BackupKey open(String envelope, char[] password) {
                return openBackupEnvelope(envelope, password);
            }
        };
    }

    /** Opens the key envelopes of backups without any folder open (the start-up recovery). */
    public static BackupKeys backupKeyOpener() {
        return new BackupKeys() {
            @Override
            public java.util.Optional<BackupKeys.BackupKey> sealing() {
                return java.util.Optional.empty();
            }

            @Override
            public BackupKeys.BackupKey open(String envelope, char[] password) {
                return openBackupEnvelope(envelope, password);
            }
        };
    }

    private static BackupKeys.BackupKey openBackupEnvelope(String envelope, char[] password) {
        try {
            KeyFile keyFile;
            try {
                keyFile = KeyFile.parse(envelope);
            } catch (RuntimeException e) {
                throw new StoreException("backup.error.notABackup", e, "key.properties");
            }
            byte[] key = keyFile.unwrap(password);
            try {
                return KeyFile.backupKey(key, keyFile.text());
            } finally {
                wipe(key);
            }
        } finally {
            wipeChars(password);
        }
    }

    @Override
    public synchronized boolean isProtected() {
        return dataKey != null;
    }

    /**
     * Encrypts the database: it is closed (the folder lock kept), copied into {@code <data>/password-work/},
     * the copy encrypted and checked to open, the key file written, and only then the encrypted copy moved over
     * the original in one step. Before that step any failure leaves the plain database as it was (a key file
     * already written is removed; it would be ignored anyway); the store is open again either way.
     */
    @Override
    public synchronized void protect(char[] password) {
        requireOpen();
        if (dataKey != null) {
            wipeChars(password);
            throw new IllegalStateException("the data folder is already protected");
        }
        byte[] newKey = KeyFile.newDataKey();
        KeyFile keyFile;
        try {
            keyFile = KeyFile.wrap(password, newKey, kdfIterations);
        } finally {
            wipeChars(password);
        }
        transactions.exclusively(() -> {
            Path keyPath = dataDir.resolve(KeyFile.FILE_NAME);
            Path work = null;
            boolean swapped = false;
            try {
                shutDownForRewrite();
                work = freshWorkFolder();
                Files.copy(databaseFile(), work.resolve(DATABASE_NAME + ".mv.db"));
                step("encrypt");
                ChangeFileEncryption.execute(work.toString(), DATABASE_NAME, "AES", null, filePassword(newKey), true);
                checkOpens(work, newKey);
                step("writeKey");
                keyFile.write(keyPath);
                step("swap");
                replace(work.resolve(DATABASE_NAME + ".mv.db"), databaseFile());
                swapped = true;
            } catch (IOException | SQLException | RuntimeException e) {
                if (!swapped) {
                    deleteQuietly(keyPath);
                    wipe(newKey);
                    reconnectAfterFailure(e);
                    throw new StoreException("store.error.password", e, dataDir.toString());
                }
                throw new StoreException("store.error.password", e, dataDir.toString());
            } finally {
                deleteWorkFolder(work);
            }
            dataKey = newKey;
            reconnect();
            LOG.info("Protected the data folder {} with a password", dataDir);
        });
    }

    /** Unwraps the key with the old password and wraps it with the new one; the database file is untouched. */
    @Override
    public synchronized void changePassword(char[] oldPassword, char[] newPassword) {
        requireOpen();
        try {
            if (dataKey == null) {
                throw new IllegalStateException("the data folder is not protected");
            }
            Path keyPath = dataDir.resolve(KeyFile.FILE_NAME);
            byte[] key = KeyFile.read(keyPath).unwrap(oldPassword);
            try {
                if (!java.security.MessageDigest.isEqual(key, dataKey)) {
                    throw new StoreException("store.error.keyFile", null, keyPath.toString());
                }
                KeyFile next = KeyFile.wrap(newPassword, key, kdfIterations);
                step("writeKey");
                next.write(keyPath);
            } catch (IOException e) {
                throw new StoreException("store.error.password", e, dataDir.toString());
            } finally {
                wipe(key);
            }
            LOG.info("Changed the password of the data folder {}", dataDir);
        } finally {
            wipeChars(oldPassword);
            wipeChars(newPassword);
        }
    }

    /**
     * Unwraps the key file with {@code password} and compares the key with the one in use. A key file that
     * unwraps to another key (replaced behind the app's back) is refused as a damaged key file.
     */
    @Override
    public synchronized boolean checkPassword(char[] password) {
        requireOpen();
        Path keyPath = dataDir.resolve(KeyFile.FILE_NAME);
        try {
            if (dataKey == null) {
                throw new IllegalStateException("the data folder is not protected");
            }
            byte[] key;
            try {
                key = KeyFile.read(keyPath).unwrap(password);
            } catch (WrongPasswordException e) {
                return false;
            }
            boolean same = java.security.MessageDigest.isEqual(key, dataKey);
            wipe(key);
            if (!same) {
                throw new StoreException("store.error.keyFile", null, keyPath.toString());
            }
            return true;
        } finally {
            wipeChars(password);
        }
    }

    /**
     * Decrypts the database back to a plain file (copy, decrypt, check, swap, as in {@link #protect}); the key
     * file is deleted only once the plain file is open. A wrong password changes nothing.
     */
    @Override
    public synchronized void unprotect(char[] currentPassword) {
        requireOpen();
        Path keyPath = dataDir.resolve(KeyFile.FILE_NAME);
        try {
            if (dataKey == null) {
                throw new IllegalStateException("the data folder is not protected");
            }
            byte[] key = KeyFile.read(keyPath).unwrap(currentPassword);
            boolean same = java.security.MessageDigest.isEqual(key, dataKey);
            wipe(key);
            if (!same) {
                throw new StoreException("store.error.keyFile", null, keyPath.toString());
            }
        } finally {
            wipeChars(currentPassword);
        }
        transactions.exclusively(() -> {
            Path work = null;
            try {
                shutDownForRewrite();
                work = freshWorkFolder();
                Files.copy(databaseFile(), work.resolve(DATABASE_NAME + ".mv.db"));
                step("decrypt");
                ChangeFileEncryption.execute(work.toString(), DATABASE_NAME, "AES", filePassword(dataKey), null, true);
                checkOpens(work, null);
                step("swap");
                replace(work.resolve(DATABASE_NAME + ".mv.db"), databaseFile());
            } catch (IOException | SQLException | RuntimeException e) {
                reconnectAfterFailure(e);
                throw new StoreException("store.error.password", e, dataDir.toString());
            } finally {
                deleteWorkFolder(work);
            }
            wipe(dataKey);
            dataKey = null;
            reconnect();
            // Only now that the plain file is open: a key file left behind would be ignored anyway.
            try {
                step("deleteKey");
                Files.deleteIfExists(keyPath);
            } catch (IOException e) {
                LOG.warn("Could not delete {}; it is ignored since the database is not encrypted", keyPath, e);
            }
            LOG.info("Removed the password of the data folder {}", dataDir);
        });
    }

    /** For tests: makes the next password change fail at {@code stepName}, as a full disk would. */
    void failAtStep(String stepName) {
        this.failAtStep = stepName;
    }

    private void step(String name) throws IOException {
        if (name.equals(failAtStep)) {
            failAtStep = null;
            throw new IOException("injected failure at " + name);
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the data folder " + dataDir + " is closed");
        }
    }

    private Path databaseFile() {
        return dataDir.resolve(DATABASE_NAME + ".mv.db");
    }

    /** SHUTDOWN: everything on disk, the file let go of, so that it can be copied and replaced. */
    private void shutDownForRewrite() {
        try (Statement s = connection.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new StoreException("store.error.password", e, dataDir.toString());
        } finally {
            closeQuietly(connection);
        }
    }

    private Path freshWorkFolder() throws IOException {
        Path work = dataDir.resolve(WORK_FOLDER);
        // Only ever holds copies made by an earlier, interrupted change: the database in the folder is the valid one.
        deleteWorkFolder(work);
        return Files.createDirectories(work);
    }

    private static void deleteWorkFolder(Path work) {
        if (work == null || !Files.exists(work)) {
            return;
        }
        try (var files = Files.walk(work)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("Could not delete the work folder {}", work, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}", file, e);
        }
    }

    /** Opens the rewritten copy in {@code work} once, read-only, to be sure it is readable with {@code key}. */
    private static void checkOpens(Path work, byte[] key) throws SQLException {
        String url = jdbcUrl(work, key != null) + ";ACCESS_MODE_DATA=r";
        try (Connection c = DriverManager.getConnection(url, "sa", h2Password(key)); Statement s = c.createStatement()) {
            s.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"").close();
        }
    }

    private static void replace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Opens the connection again on the database file as it now is (inside {@code exclusively}). */
    private void reconnect() {
        try {
            Connection c = DriverManager.getConnection(jdbcUrl(dataDir, dataKey != null), "sa", h2Password(dataKey));
            c.setAutoCommit(false);
            connection = c;
            transactions.replaceConnection(c);
        } catch (SQLException e) {
            throw new StoreException("store.error.open", e, dataDir.toString());
        }
    }

    private void reconnectAfterFailure(Exception failure) {
        LOG.error("Changing the password protection of {} failed; the database is as it was", dataDir, failure);
        try {
            reconnect();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static void wipeChars(char[] chars) {
        if (chars != null) {
            Arrays.fill(chars, '\0');
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    public Transactions transactions() {
        return transactions;
    }

    JdbcTransactions jdbcTransactions() {
        return transactions;
    }

    public JdbcMemberRepository memberRepository() {
        return new JdbcMemberRepository(transactions);
    }

    public JdbcCellProfileRepository cellProfileRepository() {
        return new JdbcCellProfileRepository(transactions);
    }

    public JdbcMeetingRepository meetingRepository() {
        return new JdbcMeetingRepository(transactions);
    }

    /** Annual reviews: periods, the members' parts, final levels (V7). */
    public JdbcReviewRepository reviewRepository() {
        return new JdbcReviewRepository(transactions);
    }

    /** Pledges, their items and follow-ups (V6). */
    public JdbcPledgeRepository pledgeRepository() {
        return new JdbcPledgeRepository(transactions);
    }

    /** The search's bulk reads and data version (issue 7). */
    public JdbcSearchSource searchSource() {
        return new JdbcSearchSource(transactions);
    }

    /** Backups of this database as SQL scripts. */
    public vn.sochibo.application.backup.BackupStore backupStore() {
        return new H2BackupStore(transactions);
    }

    public JdbcSettingsRepository settingsRepository() {
        return new JdbcSettingsRepository(transactions);
    }

    /** Restores into this open data folder (the store is closed when the restored database is put in place). */
    public vn.sochibo.application.backup.RestoreStore restoreStore() {
        return H2RestoreStore.over(this);
    }

    /** Restores into a data folder whose database does not open (damaged or foreign); nothing is open. */
    public static vn.sochibo.application.backup.RestoreStore restoreStoreForClosedFolder(Path dataDir) {
        return restoreStoreForClosedFolder(dataDir, PasswordPrompt.NONE);
    }

    /**
     * As {@link #restoreStoreForClosedFolder(Path)}; when the folder is protected (its file is encrypted and its key
     * file is there), {@code folderPassword} unlocks its key file and the restored database stays protected.
     */
    public static vn.sochibo.application.backup.RestoreStore restoreStoreForClosedFolder(Path dataDir,
            PasswordPrompt folderPassword) {
        return H2RestoreStore.overClosedFolder(dataDir.toAbsolutePath().normalize(), folderPassword);
    }

    /** Checks backup scripts without an open store (it cannot write one). */
    public static vn.sochibo.application.backup.BackupStore backupChecker() {
        return new H2BackupStore(null);
    }

    /** False once closed, set aside or replaced. */
    public synchronized boolean isOpen() {
        return !closed;
    }

    /** Reads every row of every table, for the integrity check. */
    public vn.sochibo.application.integrity.DatabaseScan databaseScan() {
        return new H2DatabaseScan(transactions);
    }

    /** The insert-only audit trail (V5). */
    public JdbcAuditLog auditLog() {
        return new JdbcAuditLog(transactions);
    }

    /** Forces everything committed so far onto the disk: after an import, a restore or a finalize. */
    @Override
    public void syncToDisk() {
        transactions.run(() -> Jdbc.call(() -> {
            try (Statement s = transactions.connection().createStatement()) {
                s.execute("CHECKPOINT SYNC");
            }
            return null;
        }));
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (Statement s = connection.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            LOG.warn("Clean shutdown of the database failed", e);
        } finally {
            closeQuietly(connection);
            wipe(dataKey);
            releaseQuietly(lock, lockChannel);
            forget(dataDir);
            LOG.info("Closed data folder {}", dataDir);
        }
    }

    /**
     * Closes the store and moves its database files (never copies, never deletes them) into a new folder
     * {@code <data>/set-aside/<label>-<yyyyMMdd-HHmmss>/}, while the folder lock is still held, so that no
     * other window or command opens the half-moved store. Afterwards the data folder opens as a new, empty
     * store, and the set-aside folder opens as a data folder of its own.
     *
     * <p>This object is closed afterwards, whatever happens. When the database file cannot be moved, it is
     * left where it was (nothing is moved) and a {@link StoreException} says so; opening the data folder again
     * gives back the same store.
     *
     * @param label a plain word naming what is set aside, such as "demo"
     * @return the folder the database files are now in
     */
    public synchronized Path closeAndSetAside(String label) {
        checkLabel(label);
        if (closed) {
            throw new IllegalStateException("the data folder " + dataDir + " is already closed");
        }
        closed = true;
        try {
            shutDown("store.error.setAside");
            return moveDatabaseFiles(dataDir, label, "store.error.setAside", false);
        } finally {
            wipe(dataKey);
            releaseQuietly(lock, lockChannel);
            forget(dataDir);
            LOG.info("Closed data folder {}", dataDir);
        }
    }

    /** A clean SHUTDOWN: everything is on disk and H2 has let go of its files, so they can be moved. */
    private void shutDown(String errorKey) {
        try (Statement s = connection.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new StoreException(errorKey, e, dataDir.toString());
        }
        closeQuietly(connection);
    }

    /**
     * Closes the store and puts the database file {@code replacement} (built by a restore, inside the data
     * folder) in its place, while the folder lock is held: the current database files (with the key file of a
     * protected folder) move, untouched, into {@code <data>/set-aside/<label>-<yyyyMMdd-HHmmss>/}, then the
     * replacement moves in. When the replacement cannot be moved in, the current files move back, so the folder
     * opens as it was. This object is closed afterwards, whatever happens.
     *
     * @param keepKeyFile the replacement is encrypted with this folder's data key: the key file is copied into
     *        the set-aside folder (the replaced file needs it) and stays in place (the replacement needs it)
     * @return the folder the replaced database is now in
     */
    public synchronized Path closeAndReplace(Path replacement, String label, boolean keepKeyFile) {
        checkLabel(label);
        if (closed) {
            throw new IllegalStateException("the data folder " + dataDir + " is already closed");
        }
        closed = true;
        try {
            shutDown("restore.error.swap");
            return replaceDatabaseFile(dataDir, replacement, label, keepKeyFile);
        } finally {
            wipe(dataKey);
            releaseQuietly(lock, lockChannel);
            forget(dataDir);
            LOG.info("Closed data folder {}", dataDir);
        }
    }

    /**
     * The same as {@link #closeAndReplace} for a data folder that is not open (its database does not open: a
     * damaged or foreign file): takes the folder lock, moves the database file that is there (if any) aside and
     * the replacement into place, and lets go of the lock.
     *
     * @return the folder the replaced file is now in, or null when the folder held no database file
     */
    public static Path replaceInClosedFolder(Path dataDir, Path replacement, String label, boolean keepKeyFile) {
        checkLabel(label);
        Path dir;
        try {
            dir = dataDir.toAbsolutePath().normalize().toRealPath();
        } catch (IOException e) {
            throw new StoreException("store.error.folder", e, dataDir.toString());
        }
        synchronized (OPEN_IN_THIS_PROCESS) {
            if (!OPEN_IN_THIS_PROCESS.add(dir)) {
                throw new DataFolderInUseException(dir.toString(), null);
            }
        }
        try {
            FolderLock folderLock = lockFolder(dir);
            try {
                return replaceDatabaseFile(dir, replacement, label, keepKeyFile);
            } finally {
                releaseQuietly(folderLock.lock(), folderLock.channel());
            }
        } finally {
            forget(dir);
        }
    }

    /** Moves the current database files aside (when there are any) and the replacement in; undoes on failure. */
    private static Path replaceDatabaseFile(Path dir, Path replacement, String label, boolean keepKeyFile) {
        Path mainFile = dir.resolve(DATABASE_NAME + ".mv.db");
        Path aside = Files.exists(mainFile) ? moveDatabaseFiles(dir, label, "restore.error.swap", keepKeyFile) : null;
        try {
            Files.move(replacement, mainFile, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.error("Could not move the restored database {} into {}", replacement, dir, e);
            if (aside != null) {
                try {
                    Files.move(aside.resolve(mainFile.getFileName()), mainFile, StandardCopyOption.ATOMIC_MOVE);
                    if (keepKeyFile) {
                        Files.deleteIfExists(aside.resolve(KeyFile.FILE_NAME));
                    } else if (Files.exists(aside.resolve(KeyFile.FILE_NAME))) {
                        moveFile(aside.resolve(KeyFile.FILE_NAME), dir);
                    }
                    removeEmptyFolder(aside);
                } catch (IOException back) {
                    LOG.error("Could not move {} back from {}; open that folder to reach it", mainFile, aside, back);
                }
            }
            throw new StoreException("restore.error.swap", e, dir.toString());
        }
        LOG.info("Put the restored database in place in {}; the one replaced is in {}", dir, aside);
        return aside;
    }

    private static void checkLabel(String label) {
        if (!label.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("label must be a plain lower-case word: " + label);
        }
    }

    /**
     * Moves the database file, with the key file when there is one (first: without it a protected file cannot be
     * read) and H2's trace file, into a new set-aside folder; on failure moves back what was moved.
     */
    private static Path moveDatabaseFiles(Path dataDir, String label, String errorKey, boolean copyKeyFile) {
        Path mainFile = dataDir.resolve(DATABASE_NAME + ".mv.db");
        Path target;
        try {
            target = newSetAsideFolder(dataDir, label);
        } catch (IOException e) {
            throw new StoreException(errorKey, e, dataDir.toString());
        }
        Path keyFile = dataDir.resolve(KeyFile.FILE_NAME);
        boolean keyMoved = false;
        try {
            if (Files.exists(keyFile) && copyKeyFile) {
                // The replacement is encrypted with the same key: the key file stays for it, a copy goes along.
                Files.copy(keyFile, target.resolve(keyFile.getFileName()));
            } else if (Files.exists(keyFile)) {
                moveFile(keyFile, target);
                keyMoved = true;
            }
            moveFile(mainFile, target);
        } catch (IOException e) {
            LOG.error("Could not move {} to {}; it stays where it was", mainFile, target, e);
            if (keyMoved) {
                try {
                    moveFile(target.resolve(KeyFile.FILE_NAME), dataDir);
                } catch (IOException back) {
                    e.addSuppressed(back);
                    LOG.error("Could not move the key file back from {}", target, back);
                }
            }
            if (copyKeyFile) {
                try {
                    Files.deleteIfExists(target.resolve(KeyFile.FILE_NAME));
                } catch (IOException copy) {
                    e.addSuppressed(copy);
                }
            }
            removeEmptyFolder(target);
            throw new StoreException(errorKey, e, dataDir.toString());
        }
        Path trace = dataDir.resolve(DATABASE_NAME + ".trace.db");
        if (Files.exists(trace)) {
            try {
                moveFile(trace, target);
            } catch (IOException e) {
                // Only H2's own error log; the records themselves are already set aside.
                LOG.warn("Could not move {} to {}", trace, target, e);
            }
        }
        LOG.info("Set the database of {} aside in {}", dataDir, target);
        return target;
    }

    private static Path newSetAsideFolder(Path dataDir, String label) throws IOException {
        Path parent = Files.createDirectories(dataDir.resolve(SET_ASIDE_FOLDER));
        String name = label + "-" + LocalDateTime.now().format(STAMP);
        for (int n = 1; ; n++) {
            Path candidate = parent.resolve(n == 1 ? name : name + "-" + n);
            try {
                return Files.createDirectory(candidate);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // Set aside twice in the same second: take the next number.
            }
        }
    }

    private static void moveFile(Path file, Path folder) throws IOException {
        Path destination = folder.resolve(file.getFileName());
        try {
            Files.move(file, destination, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            Files.move(file, destination);
        }
    }

    private static void removeEmptyFolder(Path folder) {
        try (var entries = Files.list(folder)) {
            if (entries.findAny().isEmpty()) {
                Files.delete(folder);
            }
        } catch (IOException e) {
            LOG.warn("Could not remove the empty folder {}", folder, e);
        }
    }

    private static void releaseQuietly(FileLock lock, FileChannel channel) {
        try {
            lock.release();
        } catch (IOException e) {
            LOG.warn("Could not release the folder lock", e);
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.warn("Close failed", e);
        }
    }
}
