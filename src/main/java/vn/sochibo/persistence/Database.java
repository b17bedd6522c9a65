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
import java.util.HashSet;
import java.util.Set;
import org.h2.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.sochibo.application.common.PasswordPrompt;
import vn.sochibo.application.common.PasswordRequiredException;
import vn.sochibo.application.common.StoreException;
import vn.sochibo.application.common.StoreSync;
import vn.sochibo.application.common.Transactions;
import vn.sochibo.application.backup.BackupKeys;
import vn.sochibo.application.security.DataProtection;

/**
 * The embedded H2 store in the data folder. Opening takes an exclusive lock on the folder (a second window
 * or command gets a clear "already open" message), migrates the schema with Flyway after a backup, and
 * refuses a database written by a newer version of the app ({@link DatabaseMigration}); it also sets a database
 * aside or replaces it by a restored one, and hands out the repositories and the backup and restore stores.
 *
 * <p>Optional password (ADR 0009): {@link DatabaseProtection} unlocks a protected folder's key file at open, holds
 * its data key and protects, changes and removes the password; this class implements {@link DataProtection} by
 * handing each call to it under this object's monitor.
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

    private final Path dataDir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private Connection connection;
    private final JdbcTransactions transactions;
    private boolean closed;
    /** Password protection; holds the data key of a protected folder (wiped on close). */
    private final DatabaseProtection protection;

    private Database(Path dataDir, FileChannel lockChannel, FileLock lock, Connection connection, byte[] dataKey,
            int kdfIterations) {
        this.dataDir = dataDir;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.connection = connection;
        this.transactions = new JdbcTransactions(connection);
        this.protection = new DatabaseProtection(this, dataDir, dataKey, kdfIterations);
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
            dataKey = DatabaseProtection.unlock(dir, prompt);
        } catch (RuntimeException | Error e) {
            releaseQuietly(lock, channel);
            throw e;
        }
        Connection connection = null;
        try {
            boolean encrypted = dataKey != null;
            String url = jdbcUrl(dir, encrypted);
            String password = h2Password(dataKey);
            // Most starts find the schema as this build left it and skip Flyway altogether (SchemaCheck): known from
            // the stamp of the last clean close when the file is unchanged since, else by a read-only look.
            boolean current = SchemaCheck.stampMatches(dir) || SchemaCheck.isCurrent(url + ";ACCESS_MODE_DATA=r", password);
            boolean backUpFirst = !current && DatabaseMigration.checkVersion(dir, url, password);
            // Open our connection before Flyway's: theirs then join the open database instead of reopening
            // the file for every step.
            connection = DriverManager.getConnection(url, "sa", password);
            if (!current) {
                DatabaseMigration.migrate(dir, url, password, backUpFirst, dataKey);
            }
            connection.setAutoCommit(false);
            LOG.info("Opened data folder {}{}", dir, encrypted ? " (protected by a password)" : "");
            return new Database(dir, channel, lock, connection, dataKey, kdfIterations);
        } catch (SQLException e) {
            closeQuietly(connection);
            DatabaseProtection.wipe(dataKey);
            releaseQuietly(lock, channel);
            throw translateOpenFailure(e, dir);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            DatabaseProtection.wipe(dataKey);
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

    // --- password protection (ADR 0009): DatabaseProtection, which holds the data key ---

    /** A copy of the data key (the caller wipes it); null when the folder is not protected. */
    synchronized byte[] dataKeyCopy() {
        return protection.dataKeyCopy();
    }

    /** The keys backups of this folder are sealed with (ADR 0011): none while the folder is not protected. */
    public BackupKeys backupKeys() {
        return protection.backupKeys();
    }

    /** Opens the key envelopes of backups without any folder open (the start-up recovery). */
    public static BackupKeys backupKeyOpener() {
        return DatabaseProtection.backupKeyOpener();
    }

    @Override
    public synchronized boolean isProtected() {
        return protection.isProtected();
    }

    /** See {@link DatabaseProtection#protect}. */
    @Override
    public synchronized void protect(char[] password) {
        protection.protect(password);
    }

    /** See {@link DatabaseProtection#changePassword}. */
    @Override
    public synchronized void changePassword(char[] oldPassword, char[] newPassword) {
        protection.changePassword(oldPassword, newPassword);
    }

    /** See {@link DatabaseProtection#checkPassword}. */
    @Override
    public synchronized boolean checkPassword(char[] password) {
        return protection.checkPassword(password);
    }

    /** See {@link DatabaseProtection#unprotect}. */
    @Override
    public synchronized void unprotect(char[] currentPassword) {
        protection.unprotect(currentPassword);
    }

    /** For tests: makes the next password change fail at {@code stepName}, as a full disk would. */
    void failAtStep(String stepName) {
        protection.failAtStep(stepName);
    }

    /** Refuses a change to a closed store (for {@link DatabaseProtection}). */
    void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the data folder " + dataDir + " is closed");
        }
    }

    /** SHUTDOWN: everything on disk, the file let go of, so that it can be copied and replaced. */
    void shutDownForRewrite() {
        try (Statement s = connection.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new StoreException("store.error.password", e, dataDir.toString());
        } finally {
            closeQuietly(connection);
        }
    }

    /** Opens the connection again on the database file as it now is, with {@code dataKey} (inside {@code exclusively}). */
    void reconnect(byte[] dataKey) {
        try {
            Connection c = DriverManager.getConnection(jdbcUrl(dataDir, dataKey != null), "sa", h2Password(dataKey));
            c.setAutoCommit(false);
            connection = c;
            transactions.replaceConnection(c);
        } catch (SQLException e) {
            throw new StoreException("store.error.open", e, dataDir.toString());
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
            SchemaCheck.stamp(dataDir);
        } catch (SQLException e) {
            LOG.warn("Clean shutdown of the database failed", e);
        } finally {
            closeQuietly(connection);
            protection.wipeKey();
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
            protection.wipeKey();
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
            protection.wipeKey();
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
