package vn.sochibo.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.sochibo.application.backup.BackupKeys;
import vn.sochibo.application.backup.BackupService;
import vn.sochibo.application.common.StoreException;

/**
 * The migration path of a data folder, split out of {@link Database}: refusing a database written by a newer
 * version (read-only, so a refused file is left byte for byte as it was), the backup before a migration (a plain
 * {@code .sql.gz}, or an encrypted backup file for a protected folder, ADR 0011), and Flyway. Most starts never
 * come here: {@link SchemaCheck} finds the schema as this build left it and Flyway is not started at all.
 */
final class DatabaseMigration {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseMigration.class);
    private static final String DATABASE_NAME = Database.DATABASE_NAME;

    private DatabaseMigration() {
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

    static void migrate(Path dir, String url, String password, boolean backUpFirst, byte[] dataKey)
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
     * script is streamed from the database through the cipher into the file, as a daily backup's is: no plain
     * copy of the data is written, and no whole copy is held in memory.
     */
    private static void sealedBackupBeforeMigration(Path dir, String url, String password, byte[] dataKey)
            throws SQLException {
        Path backups = dir.resolve("backups");
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path target = backups.resolve("before-migration-" + stamp + ".zip");
        BackupKeys.BackupKey key = null;
        try (Connection c = DriverManager.getConnection(url, "sa", password)) {
            // One unit of work: the script and the counts in the manifest are of the same snapshot.
            c.setAutoCommit(false);
            Files.createDirectories(backups);
            key = KeyFile.backupKey(dataKey, KeyFile.read(dir.resolve(KeyFile.FILE_NAME)).text());
            BackupService.writeSealed(target, new H2BackupStore(new JdbcTransactions(c)), java.time.Instant.now(),
                    "before-migration", key);
        } catch (IOException e) {
            throw new StoreException("store.error.folder", e, backups.toString());
        } finally {
            if (key != null) {
                key.wipe();
            }
        }
        LOG.info("Backed up the database (encrypted) to {} before migrating", target);
    }
}
