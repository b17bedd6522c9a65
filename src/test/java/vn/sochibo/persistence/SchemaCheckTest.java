package vn.sochibo.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick look that lets an up-to-date database skip Flyway, and every case where Flyway must still run. */
class SchemaCheckTest {
    @TempDir
    Path dir;

    private String readOnlyUrl() {
        return Database.jdbcUrl(dir) + ";ACCESS_MODE_DATA=r";
    }

    private void execute(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(Database.jdbcUrl(dir), "sa", "");
                Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private String sha256() throws Exception {
        byte[] bytes = Files.readAllBytes(dir.resolve("sochibo.mv.db"));
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void theShippedVersionsAreTheMigrationFilesOfTheSources() throws Exception {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> list = Files.list(Path.of("src/main/resources/db/migration"))) {
            list.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.+\\.sql"))
                    .forEach(n -> files.add(n.substring(1, n.indexOf("__"))));
        }
        assertThat(files).isNotEmpty();
        assertThat(SchemaCheck.shippedVersions()).isEqualTo(files);
    }

    @Test
    void aDatabaseTheAppLeftIsCurrentAndTheLookChangesNoByte() throws Exception {
        Database.open(dir).close();
        String before = sha256();

        assertThat(SchemaCheck.isCurrent(readOnlyUrl(), "")).isTrue();
        assertThat(sha256()).isEqualTo(before);
        // And it opens again on the quick path with its data.
        Database.open(dir).close();
    }

    @Test
    void noDatabaseIsNotCurrentAndNothingIsCreated() {
        assertThat(SchemaCheck.isCurrent(readOnlyUrl(), "")).isFalse();
        assertThat(dir.resolve("sochibo.mv.db")).doesNotExist();
    }

    @Test
    void aMissingMigrationIsNotCurrent() throws Exception {
        Database.open(dir).close();
        String newest = SchemaCheck.shippedVersions().stream().reduce((a, b) -> b).orElseThrow();
        execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '" + newest + "'");

        assertThat(SchemaCheck.isCurrent(readOnlyUrl(), "")).isFalse();
    }

    @Test
    void aFailedMigrationIsNotCurrent() throws Exception {
        Database.open(dir).close();
        execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '1'");

        assertThat(SchemaCheck.isCurrent(readOnlyUrl(), "")).isFalse();
    }

    @Test
    void aMigrationFromANewerVersionIsNotCurrent() throws Exception {
        Database.open(dir).close();
        execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", "
                + "\"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") VALUES "
                + "(999, '999', 'from the future', 'SQL', 'V999__future.sql', 0, 'sa', 1, TRUE)");

        assertThat(SchemaCheck.isCurrent(readOnlyUrl(), "")).isFalse();
    }

    @Test
    void anH2FileOfSomethingElseIsNotCurrent() throws Exception {
        execute("CREATE TABLE other_program (id INT)");

        assertThat(SchemaCheck.isCurrent(readOnlyUrl(), "")).isFalse();
    }

    @Test
    void aCleanCloseLeavesAStampThatHoldsUntilTheFileChanges() throws Exception {
        Database.open(dir).close();
        assertThat(SchemaCheck.stampMatches(dir)).isTrue();

        // Opening on the stamp skips the read-only look but opens the same data, and the next close stamps again.
        Database.open(dir).close();
        assertThat(SchemaCheck.stampMatches(dir)).isTrue();

        // Any change to the file since the close (here only its time) and the stamp no longer speaks for it.
        Path file = dir.resolve("sochibo.mv.db");
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(
                Files.getLastModifiedTime(file).toInstant().plusSeconds(1)));
        assertThat(SchemaCheck.stampMatches(dir)).isFalse();
    }

    @Test
    void aStampOfOtherMigrationsOrWithoutADatabaseDoesNotMatch() throws Exception {
        assertThat(SchemaCheck.stampMatches(dir)).isFalse();
        Database.open(dir).close();
        Path stamp = dir.resolve(SchemaCheck.STAMP_FILE);
        String written = Files.readString(stamp);
        Files.writeString(stamp, written.replaceFirst("migrations=[^\\n]*", "migrations=1,2"));
        assertThat(SchemaCheck.stampMatches(dir)).isFalse();

        Files.writeString(stamp, written);
        assertThat(SchemaCheck.stampMatches(dir)).isTrue();
        Files.delete(dir.resolve("sochibo.mv.db"));
        assertThat(SchemaCheck.stampMatches(dir)).isFalse();
    }

    @Test
    void aNewerVersionsDatabaseIsStillRefusedUntouchedThoughTheOldStampIsThere() throws Exception {
        Database.open(dir).close();
        assertThat(dir.resolve(SchemaCheck.STAMP_FILE)).exists();
        // A newer version of the app migrated the file (without stamping it, as a crash would leave it).
        execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", "
                + "\"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") VALUES "
                + "(999, '999', 'from the future', 'SQL', 'V999__future.sql', 0, 'sa', 1, TRUE)");
        String before = sha256();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Database.open(dir))
                .isInstanceOf(DatabaseTooNewException.class);
        assertThat(sha256()).isEqualTo(before);
    }
}
