package vn.sochibo.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.sochibo.application.audit.AuditLog;
import vn.sochibo.application.backup.BackupStore;
import vn.sochibo.application.backup.RestoreStore;
import vn.sochibo.application.common.PasswordPrompt;
import vn.sochibo.application.common.StoreException;
import vn.sochibo.application.common.Transactions;

/**
 * Restores as H2 sees them: the statements of a backup script, read from a stream and screened on the way
 * ({@link H2BackupStore#run}), run into a new database file
 * in {@code <data>/.restore-<random>/}, encrypted with the folder's data key when the folder is protected (so
 * that no plain copy of a protected folder's data is ever written), Flyway bringing it up to date (a newer schema
 * is refused as {@link Database#open} refuses it), then the file swapped in by {@link Database#closeAndReplace}
 * (an open store) or {@link Database#replaceInClosedFolder} (a folder whose database does not open).
 */
final class H2RestoreStore implements RestoreStore {
    private static final Logger LOG = LoggerFactory.getLogger(H2RestoreStore.class);
    static final String LABEL = "before-restore";
    private static final String STAGING_PREFIX = ".restore-";

    private final Path dataDir;
    /** The open store, or null for a folder whose database does not open. */
    private final Database database;
    /** The password of a protected folder whose database does not open (its key file is unlocked with it). */
    private final PasswordPrompt folderPassword;
    /** The data key the database being built is encrypted with; null for a folder without a password. */
    private byte[] key;

    private H2RestoreStore(Path dataDir, Database database, PasswordPrompt folderPassword) {
        this.dataDir = dataDir;
        this.database = database;
        this.folderPassword = folderPassword;
    }

    static H2RestoreStore over(Database database) {
        return new H2RestoreStore(database.dataDir(), database, PasswordPrompt.NONE);
    }

    static H2RestoreStore overClosedFolder(Path dataDir, PasswordPrompt folderPassword) {
        return new H2RestoreStore(dataDir, null, folderPassword);
    }

    @Override
    public synchronized Built build(InputStream script, String name) {
        wipeKey();
        key = database != null ? database.dataKeyCopy() : DatabaseProtection.closedFolderKey(dataDir, folderPassword);
        Path folder;
        try {
            Files.createDirectories(dataDir);
            folder = Files.createDirectory(dataDir.resolve(STAGING_PREFIX + UUID.randomUUID()));
        } catch (IOException e) {
            throw new StoreException("restore.error.build", e, dataDir.toString());
        }
        try {
            String url = Database.jdbcUrl(folder, key != null);
            String password = Database.h2Password(key);
            try (Connection c = DriverManager.getConnection(url, "sa", password); Statement s = c.createStatement()) {
                H2BackupStore.run(s, script, name);
            }
            // Refuses a newer schema (DatabaseTooNewException), then migrates an older one.
            DatabaseMigration.checkVersion(folder, url, password);
            DatabaseMigration.flyway(url, password).migrate();
            BackupStore.Contents contents;
            try (Connection c = DriverManager.getConnection(url, "sa", password); Statement s = c.createStatement()) {
                contents = H2BackupStore.contents(s);
                // Everything on disk and the file let go of, so that it can be moved.
                s.execute("SHUTDOWN");
            }
            return new Built(folder, contents, key != null);
        } catch (SQLException | RuntimeException e) {
            deleteFolder(folder);
            if (e instanceof StoreException store) {
                throw store;
            }
            throw new StoreException("backup.error.unreadable", e, name);
        }
    }

    @Override
    public synchronized void inBuilt(Built built, BiConsumer<AuditLog, Transactions> work) {
        String url = Database.jdbcUrl(built.folder(), built.encrypted());
        try (Connection c = DriverManager.getConnection(url, "sa", Database.h2Password(key))) {
            c.setAutoCommit(false);
            JdbcTransactions transactions = new JdbcTransactions(c);
            transactions.run(() -> work.accept(new JdbcAuditLog(transactions), transactions));
            try (Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
        } catch (SQLException e) {
            throw new StoreException("restore.error.build", e, built.folder().toString());
        }
    }

    @Override
    public synchronized Path swapIn(Built built) {
        Path file = built.folder().resolve(Database.DATABASE_NAME + ".mv.db");
        try {
            Path aside = database != null ? database.closeAndReplace(file, LABEL, built.encrypted())
                    : Database.replaceInClosedFolder(dataDir, file, LABEL, built.encrypted());
            deleteFolder(built.folder());
            return aside;
        } finally {
            wipeKey();
        }
    }

    @Override
    public synchronized void discard(Built built) {
        deleteFolder(built.folder());
        wipeKey();
    }

    private void wipeKey() {
        if (key != null) {
            Arrays.fill(key, (byte) 0);
            key = null;
        }
    }

    /** Deletes a staging folder this class made (a temporary copy; never the user's database). */
    private static void deleteFolder(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("Could not remove the temporary restore folder {}", folder, e);
        }
    }
}
