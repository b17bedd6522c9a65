package vn.sochibo.application.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.common.StoreException;

/** Verified, rotating backups of a data folder, and refusal of damaged or crafted backup files. */
class BackupServiceTest {
    @TempDir
    Path temp;

    /** A clock that moves on by the given step on every reading. */
    private static final class SteppingClock extends Clock {
        private Instant now;
        private final java.time.Duration step;

        SteppingClock(Instant start, java.time.Duration step) {
            this.now = start;
            this.step = step;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.ofHours(7);
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public synchronized Instant instant() {
            Instant at = now;
            now = now.plus(step);
            return at;
        }
    }

    private static Clock fixed() {
        return Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    /** The version of the newest migration the app ships, e.g. "5" for V5__….sql. */
    private static String latestMigration() throws IOException {
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max(Integer::compare)
                    .map(String::valueOf).orElseThrow();
        }
    }

    @Test
    void aBackupHoldsTheWholeCellAndIsVerified() throws IOException {
        try (AppServices s = Services.open(temp.resolve("data"), fixed())) {
            s.demo().create();
            BackupService.Result result = s.backups().backUp("manual");
            BackupInfo info = result.backup();
            assertThat(info.file()).exists().hasParent(temp.resolve("data/backups"));
            assertThat(info.file().getFileName().toString()).startsWith("sochibo-backup-").endsWith(".zip");
            assertThat(info.members()).isEqualTo(s.members().all().size()).isGreaterThan(20);
            assertThat(info.meetings()).isEqualTo(s.meetings().all().size()).isGreaterThan(20);
            assertThat(info.schemaVersion()).isEqualTo(latestMigration());
            assertThat(info.reason()).isEqualTo("manual");
            assertThat(result.secondFolder()).isNull();
            assertThat(s.backups().verify(info.file())).isEqualTo(info);
            assertThat(s.backups().list()).containsExactly(info);
            try (var files = Files.list(info.file().getParent())) {
                assertThat(files).as("no temporary files left").containsExactly(info.file());
            }
        }
    }

    @Test
    void oldBackupsBeyondTheNumberToKeepAreRemovedAndTheSecondFolderGetsACopy() {
        Path usb = temp.resolve("usb/SoChiBo");
        try (AppServices s = Services.open(temp.resolve("data"),
                new SteppingClock(Instant.parse("2026-11-26T03:00:00Z"), java.time.Duration.ofMinutes(1)))) {
            s.settings().setBackupKeep(3);
            s.settings().setBackupSecondFolder(usb.toString());
            for (int i = 0; i < 5; i++) {
                BackupService.Result r = s.backups().backUp("manual");
                assertThat(r.copiedToSecondFolder()).as(r.secondFolderProblem()).isTrue();
            }
            assertThat(s.backups().list()).hasSize(3);
            try (var files = Files.list(usb)) {
                assertThat(files).hasSize(3);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aMissingSecondFolderDoesNotFailTheBackup() throws IOException {
        Path notAFolder = Files.writeString(temp.resolve("a-file"), "x");
        try (AppServices s = Services.open(temp.resolve("data"), fixed())) {
            s.settings().setBackupSecondFolder(notAFolder.resolve("inside").toString());
            BackupService.Result r = s.backups().backUp("exit");
            assertThat(r.backup().file()).exists();
            assertThat(r.copiedToSecondFolder()).isFalse();
            assertThat(r.secondFolderProblem()).isEqualTo("backup.error.secondFolder");
        }
    }

    @Test
    void theExitBackupIsSkippedWhenOnlyTheAuditTrailChangedSinceTheNewestBackup() {
        try (AppServices s = Services.open(temp.resolve("data"),
                new SteppingClock(Instant.parse("2026-11-26T03:00:00Z"), java.time.Duration.ofMinutes(1)))) {
            s.demo().create();
            assertThat(s.backups().backUpOnExit()).as("no backup yet").isPresent();
            // That backup added a BACKUP line to the audit trail; the records are the same.
            assertThat(s.backups().backUpOnExit()).isEmpty();
            assertThat(s.backups().backUpOnExit()).isEmpty();
            assertThat(s.backups().list()).hasSize(1);

            var member = s.members().all().get(0);
            s.members().addEvent(member.id(), vn.sochibo.domain.member.StatusEventType.EXEMPTION_STARTED,
                    s.members().today(), "Miễn sinh hoạt");
            assertThat(s.backups().backUpOnExit()).as("a member changed").isPresent();
            assertThat(s.backups().list()).hasSize(2);
        }
    }

    @Test
    void theDailyBackupIsMadeOnlyWhenTheLastOneIsADayOld() {
        try (AppServices s = Services.open(temp.resolve("data"), fixed())) {
            assertThat(s.backups().backUpIfDue()).isPresent();
            assertThat(s.backups().backUpIfDue()).isEmpty();
            assertThat(s.backups().list()).singleElement().satisfies(b -> assertThat(b.reason()).isEqualTo("daily"));
        }
    }

    @Test
    void aTruncatedTamperedOrForeignFileIsRefusedWithItsReason() throws IOException {
        Path good;
        try (AppServices s = Services.open(temp.resolve("data"), fixed())) {
            s.demo().create();
            good = s.backups().backUp("manual").backup().file();

            byte[] bytes = Files.readAllBytes(good);
            Path truncated = Files.write(temp.resolve("truncated.zip"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
            assertRefused(s, truncated, "backup.error.notABackup");

            Path foreign = Files.writeString(temp.resolve("notes.zip"), "not a zip at all");
            assertRefused(s, foreign, "backup.error.notABackup");

            String script = scriptOf(good);
            assertThat(script).contains("('cell.demo', 'true')");
            Path edited = rezip(good, temp.resolve("edited.zip"), script.replace("('cell.demo', 'true')", "('cell.demo', 'false')"));
            assertRefused(s, edited, "backup.error.checksum");
        }
    }

    @Test
    void aCraftedScriptThatWouldRunCodeIsRefusedUnread() throws Exception {
        try (AppServices s = Services.open(temp.resolve("data"), fixed())) {
            s.demo().create();
            Path good = s.backups().backUp("manual").backup().file();
            String script = scriptOf(good);
            for (String evil : List.of(
                    "CREATE ALIAS EXEC AS 'String exec(String c) throws Exception { Runtime.getRuntime().exec(c); return c; }';",
                    "CALL FILE_WRITE('owned', 'x.txt');",
                    "INSERT INTO \"PUBLIC\".\"APP_SETTING\" VALUES ('a', FILE_READ('/etc/passwd'));",
                    "CREATE TRIGGER T1 BEFORE INSERT ON \"PUBLIC\".\"MEMBER\" FOR EACH ROW CALL 'com.evil.Trigger';")) {
                Path crafted = rezipWithManifestFixed(good, temp.resolve("crafted.zip"), script + evil + "\n");
                assertRefused(s, crafted, "backup.error.foreignStatement");
            }
        }
    }

    @Test
    void aBackupChangedAfterItWasCheckedIsRefusedWhenItIsReadAgain() throws IOException {
        try (AppServices s = Services.open(temp.resolve("data"), fixed())) {
            s.demo().create();
            Path good = s.backups().backUp("manual").backup().file();
            BackupFile.Parsed parsed = BackupFile.parse(good, true);
            // Read to its end, the script checks out.
            try (BackupFile.ScriptStream script = BackupFile.openScript(parsed, null)) {
                assertThat(new String(script.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(scriptOf(good));
                script.requireChecked();
            }
            // Not read to its end, it is not checked.
            try (BackupFile.ScriptStream script = BackupFile.openScript(parsed, null)) {
                script.readNBytes(100);
                assertThatThrownBy(script::requireChecked).isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("backup.error.checksum"));
            }
            // Changed between the check and the restore's second reading: refused at the end of that reading.
            String script = scriptOf(good);
            Path edited = rezip(good, temp.resolve("edited.zip"), script.replace("('cell.demo', 'true')",
                    "('cell.demo', 'false')"));
            Files.move(edited, good, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            try (BackupFile.ScriptStream changed = BackupFile.openScript(parsed, null)) {
                assertThatThrownBy(changed::readAllBytes).isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("backup.error.checksum"));
            }
        }
    }

    private static void assertRefused(AppServices s, Path file, String key) {
        assertThatThrownBy(() -> s.backups().verify(file)).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    static String scriptOf(Path zip) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                if (e.getName().equals(BackupFile.SCRIPT_ENTRY)) {
                    return new String(z.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no script in " + zip);
    }

    /** The same backup with another script and the original manifest. */
    private static Path rezip(Path original, Path target, String script) throws IOException {
        String manifest = entry(original, BackupFile.MANIFEST_ENTRY);
        return write(target, script, manifest);
    }

    /** Another script with a manifest whose checksum matches it, as someone crafting a file would make. */
    private static Path rezipWithManifestFixed(Path original, Path target, String script) throws Exception {
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(script.getBytes(StandardCharsets.UTF_8)));
        String manifest = entry(original, BackupFile.MANIFEST_ENTRY).replaceAll("scriptSha256=\\w+", "scriptSha256=" + sha);
        return write(target, script, manifest);
    }

    private static String entry(Path zip, String name) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(z.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name);
    }

    private static Path write(Path target, String script, String manifest) throws IOException {
        try (OutputStream out = Files.newOutputStream(target); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(BackupFile.SCRIPT_ENTRY));
            z.write(script.getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry(BackupFile.MANIFEST_ENTRY));
            z.write(manifest.getBytes(StandardCharsets.UTF_8));
        }
        return target;
    }
}
