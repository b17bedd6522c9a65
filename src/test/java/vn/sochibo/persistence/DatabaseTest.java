package vn.sochibo.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.application.common.StoreException;
import vn.sochibo.domain.common.Ids;
import vn.sochibo.domain.member.Gender;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.member.StatusEvent;
import vn.sochibo.domain.member.StatusEventType;

/** Opening, locking, migrating and refusing data folders, on real H2 files. */
class DatabaseTest {
    @TempDir
    Path dir;

    private static Member member(String name, String card) {
        return new Member(Ids.newId(), name, Gender.FEMALE, LocalDate.of(1980, 4, 30), "Hải Lăng", "Giáo viên",
                LocalDate.of(2010, 5, 19), LocalDate.of(2011, 5, 19), card, "0912 345 678", "dòng 1\ndòng 2",
                List.of(new StatusEvent(Ids.newId(), StatusEventType.EXEMPTION_STARTED, LocalDate.of(2020, 1, 2),
                        "QĐ 12-QĐ/ĐU")));
    }

    private static Member save(Database db, Member m) {
        var repo = db.memberRepository();
        db.transactions().run(() -> repo.save(m));
        return m;
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void dataSurvivesCloseAndReopen() {
        Member saved;
        try (Database db = Database.open(dir)) {
            saved = save(db, member("Nguyễn Thị Hoà", "012345"));
            var settings = db.settingsRepository();
            db.transactions().run(() -> settings.put("ui.textScalePercent", "125"));
        }
        try (Database db = Database.open(dir)) {
            var repo = db.memberRepository();
            assertThat(db.transactions().inTransaction(() -> repo.findById(saved.id()))).contains(saved);
            assertThat(db.transactions().inTransaction(repo::count)).isEqualTo(1);
            var settings = db.settingsRepository();
            assertThat(db.transactions().inTransaction(() -> settings.get("ui.textScalePercent"))).contains("125");
        }
    }

    @Test
    void aFailedUnitOfWorkWritesNothing() {
        try (Database db = Database.open(dir)) {
            var repo = db.memberRepository();
            Member first = member("Trần Văn An", "111");
            assertThatThrownBy(() -> db.transactions().run(() -> {
                repo.save(first);
                throw new IllegalStateException("boom");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(db.transactions().inTransaction(repo::count)).isZero();
        }
        try (Database db = Database.open(dir)) {
            var repo = db.memberRepository();
            assertThat(db.transactions().inTransaction(repo::count)).isZero();
        }
    }

    @Test
    void idsInUuidColumnsComeBackEqual() {
        // Besides fresh version 7 ids, ids with the sign bit set in both halves and the extremes.
        List<UUID> ids = List.of(Ids.newId(), new UUID(-1L, -1L), new UUID(0L, 1L),
                new UUID(0x8000000000000000L, 0x7FFFFFFFFFFFFFFFL), UUID.fromString("01890a5d-ac96-774b-bcce-b302099a8057"));
        try (Database db = Database.open(dir)) {
            for (int i = 0; i < ids.size(); i++) {
                UUID eventId = ids.get(ids.size() - 1 - i);
                save(db, new Member(ids.get(i), "Lê Văn Tám", Gender.MALE, null, null, null, LocalDate.of(2001, 1, 1), null,
                        null, null, null, List.of(new StatusEvent(eventId, StatusEventType.DECEASED,
                                LocalDate.of(2020, 1, 1), null))));
            }
        }
        try (Database db = Database.open(dir)) {
            var repo = db.memberRepository();
            List<Member> all = db.transactions().inTransaction(repo::findAll);
            assertThat(all).extracting(Member::id).containsExactlyInAnyOrderElementsOf(ids);
            for (int i = 0; i < ids.size(); i++) {
                UUID id = ids.get(i);
                Member back = db.transactions().inTransaction(() -> repo.findById(id)).orElseThrow();
                assertThat(back.id()).isEqualTo(id);
                assertThat(back.history()).extracting(StatusEvent::id).containsExactly(ids.get(ids.size() - 1 - i));
            }
        }
    }

    @Test
    void openingTheSameFolderTwiceInOneProcessIsRefusedAndTheFirstStillWorks() {
        try (Database first = Database.open(dir)) {
            assertThatThrownBy(() -> Database.open(dir))
                    .isInstanceOf(DataFolderInUseException.class)
                    .extracting(e -> ((StoreException) e).messageKey()).isEqualTo("store.error.inUse");
            // Also through another spelling of the same folder.
            assertThatThrownBy(() -> Database.open(dir.resolve("sub").resolve("..")))
                    .isInstanceOf(DataFolderInUseException.class);
            Member m = save(first, member("Phạm Thị Lan", "222"));
            var repo = first.memberRepository();
            assertThat(first.transactions().inTransaction(() -> repo.findById(m.id()))).contains(m);
        }
        // Once closed, the folder opens again.
        try (Database again = Database.open(dir)) {
            var repo = again.memberRepository();
            assertThat(again.transactions().inTransaction(repo::count)).isEqualTo(1);
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anotherProcessIsToldTheFolderIsInUse() throws Exception {
        try (Database first = Database.open(dir)) {
            assertThat(runOpenInAnotherProcess()).isEqualTo("REFUSED store.error.inUse DataFolderInUseException");
            // A refused attempt from this same process must not drop the lock that keeps other processes out.
            assertThatThrownBy(() -> Database.open(dir)).isInstanceOf(DataFolderInUseException.class);
            assertThat(runOpenInAnotherProcess()).isEqualTo("REFUSED store.error.inUse DataFolderInUseException");
            save(first, member("Võ Văn Kiệt", "333"));
        }
        assertThat(runOpenInAnotherProcess()).isEqualTo("OPENED");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aCommitSurvivesAProcessThatDiesWithoutClosingAndTheFolderOpensAgain() throws Exception {
        try (Database db = Database.open(dir)) {
            save(db, member("Trường Chinh", "666"));
        }
        assertThat(runOpenInAnotherProcess("crash", "Nguyễn Văn Cừ")).isEqualTo("COMMITTED");
        try (Database db = Database.open(dir)) {
            var repo = db.memberRepository();
            assertThat(db.transactions().inTransaction(repo::findAll)).extracting(Member::fullName)
                    .containsExactlyInAnyOrder("Trường Chinh", "Nguyễn Văn Cừ");
        }
    }

    private String runOpenInAnotherProcess(String... extraArgs) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                OpenDataFolderMain.class.getName(), dir.toString()));
        command.addAll(List.of(extraArgs));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        boolean finished = process.waitFor(45, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            throw new AssertionError("the second process did not finish in time");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return output.lines().filter(l -> l.startsWith("OPENED") || l.startsWith("COMMITTED") || l.startsWith("REFUSED") || l.startsWith("FAILED"))
                .findFirst().orElse("no result line in: " + output);
    }

    @Test
    void aDatabaseWrittenByANewerVersionIsRefusedAndLeftUnchanged() throws Exception {
        try (Database db = Database.open(dir)) {
            save(db, member("Hoàng Văn Thụ", "444"));
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("sochibo"), "sa", "");
                Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") VALUES "
                    + "(999, '999', 'from the future', 'SQL', 'V999__future.sql', 0, 'sa', 1, TRUE)");
        }
        Path file = dir.resolve("sochibo.mv.db");
        String before = sha256(file);
        long sizeBefore = Files.size(file);

        assertThatThrownBy(() -> Database.open(dir))
                .isInstanceOf(DatabaseTooNewException.class)
                .satisfies(e -> {
                    StoreException s = (StoreException) e;
                    assertThat(s.messageKey()).isEqualTo("store.error.tooNew");
                    assertThat(s.args()).contains("999");
                });

        assertThat(Files.size(file)).isEqualTo(sizeBefore);
        assertThat(sha256(file)).isEqualTo(before);
        assertThat(dir.resolve("backups")).doesNotExist();
        // The refusal released the folder: trying again is refused for the same reason, not as "in use".
        assertThatThrownBy(() -> Database.open(dir)).isInstanceOf(DatabaseTooNewException.class);
        assertThat(sha256(file)).isEqualTo(before);
        // And the data is all still there.
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("sochibo"), "sa", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT full_name FROM member")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Hoàng Văn Thụ");
        }
    }

    @Test
    void anOlderDatabaseIsBackedUpThenMigrated() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("sochibo");
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO member (id, full_name, admission_date, search_text) VALUES "
                    + "(RANDOM_UUID(), 'Nguyễn Thị Định', DATE '1946-01-01', 'nguyen thi dinh')");
        }
        try (Database db = Database.open(dir)) {
            var repo = db.memberRepository();
            assertThat(db.transactions().inTransaction(repo::findAll)).extracting(Member::fullName)
                    .containsExactly("Nguyễn Thị Định");
            var meetings = db.meetingRepository();
            assertThat(db.transactions().inTransaction(meetings::findAll)).isEmpty();
        }
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            List<Path> backups = files.toList();
            assertThat(backups).singleElement().satisfies(b -> {
                assertThat(b.getFileName().toString()).startsWith("before-migration-").endsWith(".sql.gz");
                try (var in = new GZIPInputStream(Files.newInputStream(b))) {
                    String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    // The data as it was before migrating: the member row, and no meeting tables yet.
                    assertThat(script).contains("'nguyen thi dinh'", "TABLE \"PUBLIC\".\"MEMBER\"")
                            .doesNotContain("TABLE \"PUBLIC\".\"MEETING\"");
                }
            });
        }
        // Opening again migrates nothing and makes no new backup.
        try (Database db = Database.open(dir)) {
            assertThat(db.dataDir()).isEqualTo(dir.toRealPath());
        }
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            assertThat(files.count()).isEqualTo(1);
        }
    }

    @Test
    void aGarbageDatabaseFileIsReportedAndNotDeleted() throws Exception {
        Path file = dir.resolve("sochibo.mv.db");
        byte[] garbage = new byte[8192];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) (i * 31 + 7);
        }
        byte[] text = "this is not an H2 database, it is a letter to the secretary\n".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(text, 0, garbage, 0, text.length);
        Files.write(file, garbage);

        assertThatThrownBy(() -> Database.open(dir))
                .isInstanceOf(StoreException.class)
                .isNotInstanceOf(DataFolderInUseException.class)
                .extracting(e -> ((StoreException) e).messageKey())
                .isIn("store.error.unreadable", "store.error.open");

        assertThat(file).exists().hasBinaryContent(garbage);
        // The folder is not left locked after the failure.
        assertThatThrownBy(() -> Database.open(dir))
                .isInstanceOf(StoreException.class)
                .isNotInstanceOf(DataFolderInUseException.class);
        assertThat(file).hasBinaryContent(garbage);
    }

    @Test
    void syncToDiskKeepsTheDataUsable() {
        try (Database db = Database.open(dir)) {
            save(db, member("Lê Duẩn", "555"));
            db.syncToDisk();
            var repo = db.memberRepository();
            assertThat(db.transactions().inTransaction(repo::count)).isEqualTo(1);
        }
    }
}
