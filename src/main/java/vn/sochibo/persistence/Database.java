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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.sochibo.application.common.StoreException;
import vn.sochibo.application.common.StoreSync;
import vn.sochibo.application.common.Transactions;

/**
 * The embedded H2 store in the data folder. Opening takes an exclusive lock on the folder (a second window
 * or command gets a clear "already open" message), migrates the schema with Flyway after a backup, and
 * refuses a database written by a newer version of the app.
 *
 * <p>Durability: WRITE_DELAY=0 so that a commit reaches the file before it is acknowledged; CHECKPOINT
 * SYNC after bulk writes; a clean SHUTDOWN on close (see docs/decisions/0002-h2-durability.md).
 */
public final class Database implements AutoCloseable, StoreSync {
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
    private final Connection connection;
    private final JdbcTransactions transactions;
    private boolean closed;

    private Database(Path dataDir, FileChannel lockChannel, FileLock lock, Connection connection) {
        this.dataDir = dataDir;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.connection = connection;
        this.transactions = new JdbcTransactions(connection);
    }

    public static Database open(Path dataDir) {
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
            return openLocked(dir);
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

    private static Database openLocked(Path dir) {
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
        Connection connection = null;
        try {
            String url = jdbcUrl(dir);
            boolean backUpFirst = checkVersion(dir, url);
            // Open our connection before Flyway's: theirs then join the open database instead of reopening
            // the file for every step.
            connection = DriverManager.getConnection(url, "sa", "");
            migrate(dir, url, backUpFirst);
            connection.setAutoCommit(false);
            LOG.info("Opened data folder {}", dir);
            return new Database(dir, channel, lock, connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            releaseQuietly(lock, channel);
            throw translateOpenFailure(e, dir);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            releaseQuietly(lock, channel);
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
        // WRITE_DELAY=0: an acknowledged commit survives a kill -9 (the 500 ms default loses them).
        // DB_CLOSE_ON_EXIT=FALSE: we close cleanly ourselves, in the right order, from close().
        return "jdbc:h2:file:" + dir.resolve(DATABASE_NAME) + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }

    /**
     * Refuses a database written by a newer version of the app. Reads through a read-only connection, so that
     * a refused database is left byte for byte as it was. True when an existing database needs migrating.
     */
    private static boolean checkVersion(Path dir, String url) {
        if (!Files.exists(dir.resolve(DATABASE_NAME + ".mv.db"))) {
            return false;
        }
        MigrationInfoService info = flyway(url + ";ACCESS_MODE_DATA=r").info();
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
        return applied.length > 0 && info.pending().length > 0;
    }

    private static void migrate(Path dir, String url, boolean backUpFirst) throws SQLException {
        if (backUpFirst) {
            backupBeforeMigration(dir, url);
        }
        flyway(url).migrate();
    }

    private static Flyway flyway(String url) {
        return Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load();
    }

    private static void backupBeforeMigration(Path dir, String url) throws SQLException {
        Path backups = dir.resolve("backups");
        try {
            Files.createDirectories(backups);
        } catch (IOException e) {
            throw new StoreException("store.error.folder", e, backups.toString());
        }
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path target = backups.resolve("before-migration-" + stamp + ".sql.gz");
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("SCRIPT TO '" + target.toString().replace("'", "''") + "' COMPRESSION GZIP");
        }
        LOG.info("Backed up the database to {} before migrating", target);
    }

    private static StoreException translateOpenFailure(SQLException e, Path dir) {
        LOG.error("Could not open the database in {}", dir, e);
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new DataFolderInUseException(dir.toString(), e);
            case ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_ENCRYPTION_ERROR_1 ->
                    new StoreException("store.error.unreadable", e, dir.toString());
            default -> new StoreException("store.error.open", e, dir.toString());
        };
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

    /** Backups of this database as SQL scripts. */
    public vn.sochibo.application.backup.BackupStore backupStore() {
        return new H2BackupStore(transactions);
    }

    public JdbcSettingsRepository settingsRepository() {
        return new JdbcSettingsRepository(transactions);
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
        if (!label.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("label must be a plain lower-case word: " + label);
        }
        if (closed) {
            throw new IllegalStateException("the data folder " + dataDir + " is already closed");
        }
        closed = true;
        try {
            shutDown();
            return moveDatabaseFiles(label);
        } finally {
            releaseQuietly(lock, lockChannel);
            forget(dataDir);
            LOG.info("Closed data folder {}", dataDir);
        }
    }

    /** A clean SHUTDOWN: everything is on disk and H2 has let go of its files, so they can be moved. */
    private void shutDown() {
        try (Statement s = connection.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new StoreException("store.error.setAside", e, dataDir.toString());
        }
        closeQuietly(connection);
    }

    private Path moveDatabaseFiles(String label) {
        Path mainFile = dataDir.resolve(DATABASE_NAME + ".mv.db");
        Path target;
        try {
            target = newSetAsideFolder(label);
        } catch (IOException e) {
            throw new StoreException("store.error.setAside", e, dataDir.toString());
        }
        try {
            moveFile(mainFile, target);
        } catch (IOException e) {
            LOG.error("Could not move {} to {}; it stays where it was", mainFile, target, e);
            removeEmptyFolder(target);
            throw new StoreException("store.error.setAside", e, dataDir.toString());
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

    private Path newSetAsideFolder(String label) throws IOException {
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
