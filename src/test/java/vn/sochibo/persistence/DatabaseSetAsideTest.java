package vn.sochibo.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.common.StoreException;

/** Closing the store and moving its files aside, on real H2 files: moved, never copied or deleted. */
class DatabaseSetAsideTest {
    @TempDir
    Path dir;

    private int createDemo() {
        try (AppServices services = Services.open(dir)) {
            services.demo().create();
            return services.members().all().size();
        }
    }

    private static long count(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void theDatabaseMovesIntoItsOwnFolderAndTheDataFolderOpensEmpty() throws Exception {
        int members = createDemo();
        assertThat(members).isEqualTo(25);
        Path aside;
        try (Database db = Database.open(dir)) {
            aside = db.closeAndSetAside("demo");
        }

        Path data = dir.toRealPath();
        assertThat(aside.getParent()).isEqualTo(data.resolve("set-aside"));
        assertThat(aside.getFileName().toString()).matches("demo-\\d{8}-\\d{6}");
        assertThat(aside.resolve("sochibo.mv.db")).isRegularFile();
        assertThat(data.resolve("sochibo.mv.db")).doesNotExist();
        try (Stream<Path> left = Files.list(data)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".db"));
        }

        // The folder lock is free again: the OS lock (this JVM would get OverlappingFileLockException) …
        try (FileChannel channel = FileChannel.open(data.resolve("sochibo.lock"), StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            assertThat(lock).isNotNull();
            lock.release();
        }
        // … and the data folder opens as a new, empty store.
        try (Database db = Database.open(dir)) {
            var memberRepo = db.memberRepository();
            var settings = db.settingsRepository();
            assertThat(db.transactions().inTransaction(memberRepo::count)).isZero();
            assertThat(db.transactions().inTransaction(() -> settings.get("cell.demo"))).isEmpty();
        }

        // The demo, untouched, opens with plain JDBC where it now is.
        String url = "jdbc:h2:file:" + aside.resolve("sochibo") + ";IFEXISTS=TRUE";
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            assertThat(count(c, "SELECT COUNT(*) FROM member")).isEqualTo(members);
            assertThat(count(c, "SELECT COUNT(*) FROM cell_profile")).isEqualTo(1);
            assertThat(count(c, "SELECT COUNT(*) FROM app_setting WHERE setting_key = 'cell.demo'"
                    + " AND setting_value = 'true'")).isEqualTo(1);
        }
    }

    @Test
    void aFailedMoveLeavesTheDatabaseWhereItWasAndReleasesTheFolder() throws Exception {
        int members = createDemo();
        // A file where the set-aside folder should go: the move cannot happen.
        Files.writeString(dir.resolve("set-aside"), "in the way");

        Database db = Database.open(dir);
        assertThatThrownBy(() -> db.closeAndSetAside("demo"))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("store.error.setAside"));

        assertThat(dir.resolve("sochibo.mv.db")).isRegularFile();
        assertThat(Files.readString(dir.resolve("set-aside"))).isEqualTo("in the way");
        try (AppServices services = Services.open(dir)) {
            assertThat(services.members().all()).hasSize(members);
            assertThat(services.settings().isDemoCell()).isTrue();
        }
    }

    @Test
    void aClosedStoreCannotBeSetAside() {
        Database db = Database.open(dir);
        db.close();

        assertThatThrownBy(() -> db.closeAndSetAside("demo")).isInstanceOf(IllegalStateException.class);
        assertThat(dir.resolve("set-aside")).doesNotExist();
    }
}
