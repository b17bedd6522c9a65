package vn.sochibo.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.h2.tools.ChangeFileEncryption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.application.backup.BackupInfo;
import vn.sochibo.application.backup.BackupService;
import vn.sochibo.application.common.PasswordPrompt;

/** The backup made before migrating a password-protected folder is an encrypted backup file (ADR 0011). */
class SealedMigrationBackupTest {
    private static final String PASSWORD = "mật khẩu đủ dài";

    @TempDir
    Path dir;

    @Test
    void anOlderProtectedDatabaseIsBackedUpEncryptedThenMigrated() throws Exception {
        // A folder at schema version 1, protected as the app protects one: file encrypted with a random data key,
        // the key wrapped in sochibo.key.
        String url = Database.jdbcUrl(dir);
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO member (id, full_name, admission_date, search_text) VALUES "
                    + "(RANDOM_UUID(), 'Nguyen Thi Zebraquux', DATE '1946-01-01', 'nguyen thi zebraquux')");
            s.execute("SHUTDOWN");
        }
        byte[] key = KeyFile.newDataKey();
        ChangeFileEncryption.execute(dir.toString(), Database.DATABASE_NAME, "AES", null,
                java.util.HexFormat.of().formatHex(key).toCharArray(), true);
        KeyFile.wrap(PASSWORD.toCharArray(), key, 1_000).write(dir.resolve(KeyFile.FILE_NAME));
        PasswordPrompt prompt = (folder, wrong) -> wrong ? null : PASSWORD.toCharArray();

        try (Database db = Database.open(dir, prompt, 1_000)) {
            assertThat(db.isProtected()).isTrue();
        }
        List<Path> backups;
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            backups = files.toList();
        }
        assertThat(backups).singleElement().satisfies(b -> {
            assertThat(b.getFileName().toString()).startsWith("before-migration-").endsWith(".zip");
            String bytes = new String(Files.readAllBytes(b), StandardCharsets.ISO_8859_1);
            assertThat(bytes).doesNotContain("zebraquux").doesNotContain("INSERT INTO");
        });
        // It opens with the password alone, as a backup of another computer would, and holds the data before
        // the migration (one member, no meeting tables yet).
        BackupService checker = new BackupService(Database.backupChecker(), Database.backupKeyOpener(), dir,
                () -> null, null, Clock.systemDefaultZone());
        BackupInfo info = checker.verify(backups.get(0), prompt);
        assertThat(info.encrypted()).isTrue();
        assertThat(info.reason()).isEqualTo("before-migration");
        assertThat(info.schemaVersion()).isEqualTo("1");
        assertThat(info.members()).isEqualTo(1);
        assertThat(info.meetings()).isZero();
    }
}
