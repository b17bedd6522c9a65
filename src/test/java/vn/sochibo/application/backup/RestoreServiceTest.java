package vn.sochibo.application.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.common.StoreException;
import vn.sochibo.application.member.MemberInput;
import vn.sochibo.domain.member.Gender;

/** Restoring a data folder from a backup: round trip, refusals that change nothing, a folder that does not open. */
class RestoreServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    @TempDir
    Path temp;

    private Path data() {
        return temp.resolve("data");
    }

    private static String export(AppServices s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.exchange().exportTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void addMember(AppServices s, String name) {
        s.members().add(new MemberInput(name, Gender.FEMALE, LocalDate.of(1990, 1, 2), "Hải Phong", "Giáo viên",
                LocalDate.of(2020, 5, 19), LocalDate.of(2021, 5, 19), null, null, null));
    }

    private static List<Path> setAside(Path data) throws IOException {
        Path folder = data.resolve("set-aside");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.toList();
        }
    }

    /** The demo cell backed up; returns the backup and the export of what it held. */
    private record Saved(Path backup, String export) {
    }

    private Saved demoBackedUp() {
        try (AppServices s = Services.open(data(), CLOCK)) {
            s.demo().create();
            return new Saved(s.backups().backUp("manual").backup().file(), export(s));
        }
    }

    @Test
    void aRestoreBringsBackWhatTheBackupHeldAndSetsTheCurrentDatabaseAside() throws IOException {
        Saved saved = demoBackedUp();
        String changed;
        RestoreService.Restored restored;
        try (AppServices s = Services.open(data(), CLOCK)) {
            addMember(s, "Trần Thị Mới");
            changed = export(s);
            assertThat(changed).isNotEqualTo(saved.export());
            restored = s.restore(saved.backup());
            assertThat(s.isOpen()).as("the store is closed after a restore").isFalse();
        }
        assertThat(restored.backup().members()).isEqualTo(25);
        assertThat(restored.backupOfPrevious().reason()).isEqualTo("before-restore");
        assertThat(restored.backupOfPrevious().members()).isEqualTo(26);
        assertThat(restored.previousSetAside().getFileName().toString()).matches("before-restore-\\d{8}-\\d{6}");
        assertThat(restored.previousSetAside().resolve("sochibo.mv.db")).isRegularFile();

        try (AppServices s = Services.open(data(), CLOCK)) {
            assertThat(export(s)).isEqualTo(saved.export());
            assertThat(s.backups().list()).extracting(BackupInfo::reason).contains("before-restore", "manual");
            // The folder works as before: it can be written and backed up again.
            addMember(s, "Lê Văn Sau");
            assertThat(s.backups().backUp("manual").backup().members()).isEqualTo(26);
        }
        try (Stream<Path> left = Files.list(data())) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".restore-"));
        }
        // What was replaced opens on its own, with the member added after the backup.
        try (AppServices aside = Services.open(restored.previousSetAside(), CLOCK)) {
            assertThat(export(aside)).isEqualTo(changed);
        }
        // The before-restore backup gives back the replaced data too.
        try (AppServices s = Services.open(data(), CLOCK)) {
            s.restore(restored.backupOfPrevious().file());
        }
        try (AppServices s = Services.open(data(), CLOCK)) {
            assertThat(s.members().all()).hasSize(26);
        }
    }

    @Test
    void aDamagedForeignOrNewerBackupIsRefusedAndTheCurrentDataStaysAsItWas() throws Exception {
        Saved saved = demoBackedUp();
        byte[] bytes = Files.readAllBytes(saved.backup());
        Path truncated = Files.write(temp.resolve("truncated.zip"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Path foreign = Files.writeString(temp.resolve("letter.zip"), "not a backup");
        String script = scriptOf(saved.backup());
        Path tampered = zip(temp.resolve("tampered.zip"), script.replace("'cell.demo', 'true'", "'cell.demo', 'false'"),
                manifestOf(saved.backup()));
        Path newer = newerSchema(saved.backup(), temp.resolve("newer.zip"));
        Path missing = temp.resolve("no-such-file.zip");
        try (AppServices s = Services.open(data(), CLOCK)) {
            addMember(s, "Trần Thị Mới");
            String before = export(s);
            int backupsBefore = s.backups().list().size();
            assertRefused(s, truncated, "backup.error.notABackup");
            assertRefused(s, foreign, "backup.error.notABackup");
            assertRefused(s, tampered, "backup.error.checksum");
            assertRefused(s, missing, "backup.error.notABackup");
            assertThat(s.backups().list()).as("no backup made for a file refused on checking").hasSize(backupsBefore);
            assertRefused(s, newer, "store.error.tooNew");
            assertThat(export(s)).isEqualTo(before);
            addMember(s, "Vẫn Ghi Được");
        }
        assertThat(setAside(data())).isEmpty();
        try (AppServices s = Services.open(data(), CLOCK)) {
            assertThat(s.members().all()).hasSize(27);
        }
        try (Stream<Path> left = Files.list(data())) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".restore-"));
        }
    }

    @Test
    void whenTheCurrentDataCannotBeBackedUpNothingIsRestored() throws IOException {
        Saved saved = demoBackedUp();
        Path outside = Files.copy(saved.backup(), temp.resolve("copy.zip"));
        try (AppServices s = Services.open(data(), CLOCK)) {
            addMember(s, "Trần Thị Mới");
            String before = export(s);
            // The backups folder is a file now: no backup can be written there.
            Path backups = data().resolve("backups");
            try (Stream<Path> files = Files.list(backups)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(backups);
            Files.writeString(backups, "in the way");
            assertRefused(s, outside, "restore.error.backupFirst");
            assertThat(s.isOpen()).isTrue();
            assertThat(export(s)).isEqualTo(before);
        }
        assertThat(setAside(data())).isEmpty();
    }

    @Test
    void aFolderWhoseDatabaseIsGarbageIsRestoredFromItsNewestGoodBackupAndTheFileIsSetAside() throws Exception {
        Saved saved = demoBackedUp();
        Path damaged;
        try (AppServices s = Services.open(data(), CLOCK)) {
            damaged = s.backups().backUp("daily").backup().file();
        }
        // The newest backup is cut short; the one before it is good.
        byte[] full = Files.readAllBytes(damaged);
        Files.write(damaged, java.util.Arrays.copyOf(full, full.length - 100));
        Path file = data().resolve("sochibo.mv.db");
        byte[] garbage = new byte[16384];
        new java.util.Random(7).nextBytes(garbage);
        Files.write(file, garbage);
        assertThatThrownBy(() -> Services.open(data(), CLOCK)).isInstanceOf(StoreException.class);

        RestoreService recovery = Services.recovery(data(), CLOCK);
        // A refused restore leaves the garbage exactly where and as it was.
        assertThatThrownBy(() -> recovery.restore(temp.resolve("nothing.zip"))).isInstanceOf(StoreException.class);
        assertThat(file).hasBinaryContent(garbage);

        BackupInfo newest = recovery.newestGoodBackup().orElseThrow();
        assertThat(newest.file()).isEqualTo(saved.backup());
        RestoreService.Restored restored = recovery.restore(newest.file());
        assertThat(restored.backupOfPrevious()).isNull();
        assertThat(restored.previousSetAside().resolve("sochibo.mv.db")).hasBinaryContent(garbage);
        try (AppServices s = Services.open(data(), CLOCK)) {
            assertThat(export(s)).isEqualTo(saved.export());
        }
    }

    @Test
    void aForeignDatabaseFileIsReportedAsUnreadableAndRestoredOver() throws Exception {
        Saved saved = demoBackedUp();
        Files.delete(data().resolve("sochibo.mv.db"));
        String url = "jdbc:h2:file:" + data().resolve("sochibo").toAbsolutePath();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "sa", "");
                java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE TABLE letters(id INT PRIMARY KEY, body VARCHAR(100))");
            st.execute("INSERT INTO letters VALUES (1, 'not a cell')");
        }
        byte[] foreign = Files.readAllBytes(data().resolve("sochibo.mv.db"));
        assertThatThrownBy(() -> Services.open(data(), CLOCK)).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.messageKey()).isEqualTo("store.error.unreadable"));
        assertThat(data().resolve("sochibo.mv.db")).hasBinaryContent(foreign);
        RestoreService.Restored restored = Services.recovery(data(), CLOCK).restore(saved.backup());
        assertThat(restored.previousSetAside().resolve("sochibo.mv.db")).hasBinaryContent(foreign);
        try (AppServices s = Services.open(data(), CLOCK)) {
            assertThat(export(s)).isEqualTo(saved.export());
        }
    }

    private static void assertRefused(AppServices s, Path file, String key) {
        assertThatThrownBy(() -> s.restore(file)).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
        assertThat(s.isOpen()).isTrue();
    }

    /** The backup with a migration of a later version recorded, and a manifest matching it. */
    private static Path newerSchema(Path backup, Path target) throws Exception {
        String script = scriptOf(backup);
        // The last row of the schema history (the newest migration), ending its INSERT with ");".
        Matcher row = Pattern.compile("\\((\\d+), '\\d+', ([^\\n]*)\\);").matcher(script);
        assertThat(row.find()).as("the last flyway row in:%n%s", script).isTrue();
        String future = "(" + (Integer.parseInt(row.group(1)) + 1) + ", '99', " + row.group(2) + ")";
        String edited = script.substring(0, row.end() - 1) + ",\n" + future + script.substring(row.end() - 1);
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(edited.getBytes(StandardCharsets.UTF_8)));
        String manifest = manifestOf(backup).replaceAll("scriptSha256=\\w+", "scriptSha256=" + sha);
        return zip(target, edited, manifest);
    }

    private static String scriptOf(Path zip) throws IOException {
        return entry(zip, BackupFile.SCRIPT_ENTRY);
    }

    private static String manifestOf(Path zip) throws IOException {
        return entry(zip, BackupFile.MANIFEST_ENTRY);
    }

    private static String entry(Path zip, String name) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(z.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name + " in " + zip);
    }

    private static Path zip(Path target, String script, String manifest) throws IOException {
        try (OutputStream out = Files.newOutputStream(target); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(BackupFile.SCRIPT_ENTRY));
            z.write(script.getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry(BackupFile.MANIFEST_ENTRY));
            z.write(manifest.getBytes(StandardCharsets.UTF_8));
        }
        return target;
    }
}
