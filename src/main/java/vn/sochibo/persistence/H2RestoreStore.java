package vn.sochibo.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.sochibo.application.backup.BackupStore;
import vn.sochibo.application.backup.RestoreStore;
import vn.sochibo.application.common.StoreException;

/**
 * Restores as H2 sees them: {@code RUNSCRIPT} of a screened backup script into a new database file in
 * {@code <data>/.restore-<random>/}, Flyway bringing it up to date (a newer schema is refused as
 * {@link Database#open} refuses it), then the file swapped in by {@link Database#closeAndReplace} (an open
 * store) or {@link Database#replaceInClosedFolder} (a folder whose database does not open).
 */
final class H2RestoreStore implements RestoreStore {
    private static final Logger LOG = LoggerFactory.getLogger(H2RestoreStore.class);
    static final String LABEL = "before-restore";
    private static final String STAGING_PREFIX = ".restore-";

    private final Path dataDir;
    /** The open store, or null for a folder whose database does not open. */
    private final Database database;

    private H2RestoreStore(Path dataDir, Database database) {
        this.dataDir = dataDir;
        this.database = database;
    }

    static H2RestoreStore over(Database database) {
        return new H2RestoreStore(database.dataDir(), database);
    }

    static H2RestoreStore overClosedFolder(Path dataDir) {
        return new H2RestoreStore(dataDir, null);
    }

    @Override
    public Built build(Path script) {
        String name = script.getFileName().toString();
        H2BackupStore.screen(script, name);
        Path folder;
        try {
            Files.createDirectories(dataDir);
            folder = Files.createDirectory(dataDir.resolve(STAGING_PREFIX + UUID.randomUUID()));
        } catch (IOException e) {
            throw new StoreException("restore.error.build", e, dataDir.toString());
        }
        try {
            String url = Database.jdbcUrl(folder);
            try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
                s.execute("RUNSCRIPT FROM '" + script.toAbsolutePath().toString().replace("'", "''")
                        + "' CHARSET 'UTF-8'");
            }
            // Refuses a newer schema (DatabaseTooNewException), then migrates an older one.
            Database.checkVersion(folder, url);
            Database.flyway(url).migrate();
            BackupStore.Contents contents;
            try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
                contents = new BackupStore.Contents(single(s, "SELECT \"version\" FROM \"flyway_schema_history\" "
                        + "WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC LIMIT 1"),
                        Integer.parseInt(single(s, "SELECT COUNT(*) FROM member")),
                        Integer.parseInt(single(s, "SELECT COUNT(*) FROM meeting")));
                // Everything on disk and the file let go of, so that it can be moved.
                s.execute("SHUTDOWN");
            }
            return new Built(folder, contents);
        } catch (SQLException | RuntimeException e) {
            deleteFolder(folder);
            if (e instanceof StoreException store) {
                throw store;
            }
            throw new StoreException("backup.error.unreadable", e, name);
        }
    }

    @Override
    public Path swapIn(Built built) {
        Path file = built.folder().resolve(Database.DATABASE_NAME + ".mv.db");
        Path aside = database != null ? database.closeAndReplace(file, LABEL)
                : Database.replaceInClosedFolder(dataDir, file, LABEL);
        deleteFolder(built.folder());
        return aside;
    }

    @Override
    public void discard(Built built) {
        deleteFolder(built.folder());
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : "";
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
