package vn.sochibo.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.backup.BackupStore;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.common.StoreException;
import vn.sochibo.application.member.MemberInput;
import vn.sochibo.domain.member.Gender;

/** The store's side of backups, streamed: the script written, checked, screened and digested as a stream. */
class H2BackupStoreTest {
    private static final String NAME = "Hoàng Thị Ngọc Diệp";

    @TempDir
    Path data;
    @TempDir
    Path temp;

    @BeforeEach
    void demoCell() {
        try (AppServices s = Services.open(data)) {
            s.demo().create();
            s.members().add(new MemberInput(NAME, Gender.FEMALE, LocalDate.of(1990, 1, 2), "Huế", "Giáo viên",
                    LocalDate.of(2020, 5, 19), LocalDate.of(2021, 5, 19), null, null, null));
        }
    }

    /** The cell's script, streamed by the store, and what it holds. */
    private record Streamed(byte[] script, BackupStore.Contents contents) {
    }

    private Streamed streamed() throws IOException {
        try (Database db = Database.open(data)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BackupStore.Contents contents = new H2BackupStore(db.jdbcTransactions(), temp).writeScript(out);
            return new Streamed(out.toByteArray(), contents);
        }
    }

    private H2BackupStore checker() {
        return new H2BackupStore(null, temp);
    }

    private List<String> checkFolders() throws IOException {
        try (Stream<Path> files = Files.list(temp)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("sochibo-check-")).toList();
        }
    }

    private static InputStream text(String script) {
        return new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theStreamedScriptIsTheDatabasesScriptRowByRow() throws Exception {
        String expected;
        Streamed streamed;
        try (Database db = Database.open(data)) {
            // What SCRIPT gives as rows, one statement a line, read whole here as the reference.
            expected = db.jdbcTransactions().inTransaction(() -> Jdbc.call(() -> {
                StringBuilder rows = new StringBuilder();
                try (Statement s = db.jdbcTransactions().connection().createStatement();
                        ResultSet rs = s.executeQuery("SCRIPT")) {
                    while (rs.next()) {
                        rows.append(rs.getString(1)).append('\n');
                    }
                }
                return rows.toString();
            }));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BackupStore.Contents contents = new H2BackupStore(db.jdbcTransactions(), temp).writeScript(out);
            streamed = new Streamed(out.toByteArray(), contents);
        }
        String script = new String(streamed.script(), StandardCharsets.UTF_8);
        // SCRIPT writes text beyond ASCII as U&'...' with escapes: the name, as it is written there.
        StringBuilder escaped = new StringBuilder();
        NAME.chars().forEach(c -> escaped.append(c < 128 ? String.valueOf((char) c) : String.format("\\%04x", c)));
        assertThat(script).isEqualTo(expected).contains("U&'" + escaped + "'")
                .contains("INSERT INTO \"PUBLIC\".\"MEETING\"");
        assertThat(streamed.contents().members()).isEqualTo(26);
        assertThat(streamed.contents().meetings()).isGreaterThan(20);
        // Read back as a stream into a throwaway database, it holds what was counted when it was written.
        assertThat(checker().readScript(text(script), "x.zip")).isEqualTo(streamed.contents());
    }

    @Test
    void noCheckDatabaseIsLeftInTheTemporaryFolderAfterAGoodOrAFailingCheck() throws Exception {
        Streamed good = streamed();
        assertThat(checker().readScript(new ByteArrayInputStream(good.script()), "good.zip"))
                .isEqualTo(good.contents());
        assertThat(checkFolders()).isEmpty();

        // Screened, but it does not load.
        assertThatThrownBy(() -> checker().readScript(text("INSERT INTO \"PUBLIC\".\"NO_SUCH_TABLE\" VALUES\n(1);\n"),
                "bad.zip")).isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("backup.error.unreadable"));
        assertThat(checkFolders()).isEmpty();

        // Refused late in the stream, after the whole cell went into the throwaway database.
        InputStream crafted = new SequenceInputStream(new ByteArrayInputStream(good.script()),
                text("CALL FILE_WRITE('owned', 'x.txt');\n"));
        assertThatThrownBy(() -> checker().readScript(crafted, "crafted.zip"))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("backup.error.foreignStatement"));
        assertThat(checkFolders()).isEmpty();

        // The stream itself fails half way (a backup found changed on the way): its exception passes unchanged.
        InputStream failing = new SequenceInputStream(new ByteArrayInputStream(good.script(), 0,
                good.script().length / 2), new InputStream() {
                    @Override
                    public int read() {
                        throw new StoreException("backup.error.checksum", null, "changed.zip");
                    }
                });
        assertThatThrownBy(() -> checker().readScript(failing, "changed.zip"))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("backup.error.checksum"));
        assertThat(checkFolders()).isEmpty();
    }

    @Test
    void aCheckRemovesTheCheckFoldersAKilledProcessLeftMoreThanAnHourAgo() throws Exception {
        Path stale = Files.createDirectory(temp.resolve("sochibo-check-1234"));
        Files.writeString(stale.resolve("check.mv.db"), "encrypted, key forgotten");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS)));
        Path running = Files.createDirectory(temp.resolve("sochibo-check-5678"));
        checker().readScript(new ByteArrayInputStream(streamed().script()), "good.zip");
        assertThat(checkFolders()).containsExactly(running.getFileName().toString());
    }

    @Test
    void aStatementHiddenBehindAnotherOnItsLineIsRefusedBeforeItRuns() {
        // Each line on its own passes the line screen: "SET " is an allowed head and nothing is called.
        for (String hidden : List.of("SET MODE REGULAR; CREATE ALIAS NOPE FOR 'java.lang.Math.abs';\n",
                "SET MODE REGULAR;CREATE TRIGGER T1 BEFORE INSERT ON \"PUBLIC\".\"MEMBER\" FOR EACH ROW AS 'x';\n",
                "SET MODE REGULAR /*\n */; CREATE ALIAS NOPE FOR 'java.lang.Math.abs';\n")) {
            assertThatThrownBy(() -> checker().readScript(text(hidden), "hidden.zip"))
                    .as(hidden).isInstanceOfSatisfying(StoreException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("backup.error.foreignStatement"));
        }
    }

    @Test
    void theRecordsDigestLeavesOutTheAuditTrailAndCommentsAndNothingElse() throws IOException {
        String records = "CREATE MEMORY TABLE \"PUBLIC\".\"MEMBER\"(\n    \"ID\" UUID\n);\n"
                + "INSERT INTO \"PUBLIC\".\"MEMBER\" VALUES\n('Hòa');\n";
        String withAudit = "-- 2 +/- SELECT COUNT(*) FROM PUBLIC.AUDIT_ENTRY;\n"
                + "INSERT INTO \"PUBLIC\".\"AUDIT_ENTRY\" VALUES\n(1, 'BACKUP'),\n(2, 'BACKUP');\n" + records;
        H2BackupStore store = checker();
        byte[] plain = store.recordsDigest(out -> out.write(records.getBytes(StandardCharsets.UTF_8)));
        assertThat(store.recordsDigest(out -> out.write(withAudit.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(plain);
        // Line ends as readLine reads them; written a byte at a time or all at once.
        assertThat(store.recordsDigest(out -> {
            for (byte b : withAudit.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)) {
                out.write(b);
            }
        })).isEqualTo(plain);
        assertThat(store.recordsDigest(out -> out.write(records.replace("'Hòa'", "'Hoà'")
                .getBytes(StandardCharsets.UTF_8)))).isNotEqualTo(plain);
        assertThat(store.recordsDigest(out -> out.write((records + "INSERT INTO \"PUBLIC\".\"MEETING\" VALUES\n(1);\n")
                .getBytes(StandardCharsets.UTF_8)))).isNotEqualTo(plain);
    }
}
