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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.audit.AuditAction;
import vn.sochibo.application.audit.AuditEntry;
import vn.sochibo.application.audit.AuditTrail;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.common.PasswordPrompt;
import vn.sochibo.application.common.PasswordRequiredException;
import vn.sochibo.application.common.StoreException;
import vn.sochibo.application.member.MemberInput;
import vn.sochibo.domain.member.Gender;

/** Backups of a password-protected folder (ADR 0011): encrypted, never plain on disk, restored keeping protection. */
class EncryptedBackupTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final AppServices.Opener OPENER = Services.openerForTests(CLOCK,
            (pdf, name) -> vn.sochibo.application.document.DocumentPrinter.Outcome.CANCELLED, 1_000);
    /** A member name no demo, test or other file holds: found on disk, it would be the plain data. */
    private static final String SECRET_NAME = "Lo Van Zebraquux";
    private static final String PASSWORD = "mật khẩu một";

    @TempDir
    Path temp;

    private static PasswordPrompt given(String password) {
        return (what, wrong) -> wrong ? null : password.toCharArray();
    }

    private static void addMember(AppServices s, String name) {
        s.members().add(new MemberInput(name, Gender.MALE, LocalDate.of(1980, 3, 4), "Hà Giang", "Nông dân",
                LocalDate.of(2010, 5, 19), null, null, null, null));
    }

    private static List<String> names(AppServices s) {
        return s.members().all().stream().map(m -> m.fullName()).toList();
    }

    /** A protected folder holding the demo cell and {@link #SECRET_NAME}. */
    private Path protectedFolder(String name) {
        Path data = temp.resolve(name);
        try (AppServices s = OPENER.open(data)) {
            s.demo().create();
            addMember(s, SECRET_NAME);
            s.security().setPassword(PASSWORD.toCharArray());
        }
        return data;
    }

    @Test
    void aProtectedFolderBacksUpEncryptedAndNothingPlainReachesTheDisk() throws Exception {
        Path data = protectedFolder("data");
        long started = System.currentTimeMillis() - 2_000;
        BackupInfo made;
        try (AppServices s = OPENER.open(data, given(PASSWORD))) {
            made = s.backups().backUp("manual").backup();
            assertThat(made.encrypted()).isTrue();
            assertThat(made.keyId()).hasSize(32);
            assertThat(made.members()).isEqualTo(s.members().all().size());
            // Verified and listed without a password: the open folder's key opens it, the manifest lists it.
            assertThat(s.backups().verify(made.file())).isEqualTo(made);
            assertThat(s.backups().list()).singleElement().satisfies(b -> assertThat(b.encrypted()).isTrue());
            // On exit: nothing but the audit trail changed since, so no backup; after a change, an encrypted one.
            assertThat(s.backups().backUpOnExit()).isEmpty();
            s.settings().setBackupKeep(7);
            assertThat(s.backups().backUpOnExit()).hasValueSatisfying(r -> assertThat(r.backup().encrypted()).isTrue());
        }
        assertThat(entries(made.file()).keySet()).containsExactlyInAnyOrder(BackupFile.KEY_ENTRY,
                BackupFile.SEALED_ENTRY, BackupFile.MANIFEST_ENTRY);
        assertThat(new String(entries(made.file()).get(BackupFile.MANIFEST_ENTRY), StandardCharsets.UTF_8))
                .contains("encrypted=true").doesNotContain("scriptSha256");
        // Neither the data folder (backups, staging, work folders) nor the temporary folder holds the data in
        // plain text: no file with the member's name or an SQL INSERT of it.
        List<Path> plain = new ArrayList<>();
        for (Path root : List.of(data, Path.of(System.getProperty("java.io.tmpdir")))) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile).filter(f -> modifiedSince(f, started)).filter(f -> !f.toString()
                        .endsWith(".mv.db") || !f.startsWith(data)).filter(EncryptedBackupTest::holdsPlainData)
                        .forEach(plain::add);
            } catch (IOException | java.io.UncheckedIOException e) {
                // Another process's temporary files may vanish while they are walked.
            }
        }
        assertThat(plain).isEmpty();
        assertThat(holdsPlainData(data.resolve("sochibo.mv.db"))).as("the database file is encrypted too").isFalse();
    }

    @Test
    void anEncryptedBackupRestoresOnAnotherComputerWithItsPasswordAndTheFolderStaysWithoutOne() throws Exception {
        Path backup = backUp(protectedFolder("data"), PASSWORD);
        Path other = temp.resolve("other");
        try (AppServices s = OPENER.open(other)) {
            addMember(s, "Đảng Viên Khác");
            BackupInfo listed = s.backups().inspect(backup);
            assertThat(listed.encrypted()).isTrue();
            assertThat(s.backups().needsPassword(listed)).isTrue();
            RestoreService.Restored restored = s.restore(backup, given(PASSWORD));
            assertThat(restored.folderProtected()).isFalse();
            assertThat(restored.backup().encrypted()).isTrue();
        }
        assertThat(other.resolve("sochibo.key")).doesNotExist();
        try (AppServices s = OPENER.open(other)) {
            assertThat(names(s)).contains(SECRET_NAME).doesNotContain("Đảng Viên Khác");
        }
    }

    @Test
    void aWrongOrMissingBackupPasswordIsRefusedAndNothingChanges() throws Exception {
        Path backup = backUp(protectedFolder("data"), PASSWORD);
        Path other = temp.resolve("other");
        try (AppServices s = OPENER.open(other)) {
            addMember(s, "Đảng Viên Khác");
            List<Integer> asked = new ArrayList<>();
            PasswordPrompt wrongTwice = (what, wrong) -> {
                asked.add(1);
                return asked.size() <= 2 ? "sai rồi sai rồi".toCharArray() : null;
            };
            assertRefused(s, () -> s.restore(backup, wrongTwice), "backup.error.wrongPassword");
            assertThat(asked).as("asked again after a wrong one, until the prompt gave up").hasSize(3);
            assertRefused(s, () -> s.restore(backup), "backup.error.passwordNeeded");
            assertRefused(s, () -> s.backups().verify(backup), "backup.error.passwordNeeded");
            assertThat(names(s)).containsExactly("Đảng Viên Khác");
            assertThat(s.backups().list()).as("not even the before-restore backup was made").isEmpty();
        }
        assertThat(other.resolve("set-aside")).doesNotExist();
    }

    @Test
    void aChangedByteInAnEncryptedBackupIsRefused() throws Exception {
        Path data = protectedFolder("data");
        Path backup = backUp(data, PASSWORD);
        Map<String, byte[]> entries = entries(backup);
        byte[] sealed = entries.get(BackupFile.SEALED_ENTRY).clone();
        sealed[sealed.length / 2] ^= 1;
        String manifest = new String(entries.get(BackupFile.MANIFEST_ENTRY), StandardCharsets.UTF_8);
        // As someone would craft it: the checksum of the sealed entry fixed, so that only GCM can tell.
        Path flipped = rezip(backup, temp.resolve("flipped.zip"), BackupFile.SEALED_ENTRY, sealed,
                manifest.replaceAll("payloadSha256=\\w+", "payloadSha256=" + BackupFile.sha256(sealed)));
        Path recounted = rezip(backup, temp.resolve("recounted.zip"), BackupFile.SEALED_ENTRY,
                entries.get(BackupFile.SEALED_ENTRY), manifest.replaceAll("members=\\d+", "members=3"));
        Path rawByte = temp.resolve("raw.zip");
        byte[] raw = Files.readAllBytes(backup);
        raw[raw.length / 3] ^= 1;
        Files.write(rawByte, raw);
        try (AppServices s = OPENER.open(data, given(PASSWORD))) {
            List<String> before = names(s);
            for (Path bad : List.of(flipped, recounted)) {
                assertRefused(s, () -> s.restore(bad), "backup.error.checksum");
                // The same with the password (as on another computer): the envelope opens, the data does not.
                assertRefused(s, () -> s.restore(bad, given(PASSWORD)), "backup.error.checksum");
            }
            assertThatThrownBy(() -> s.restore(rawByte)).isInstanceOf(StoreException.class);
            assertThat(s.isOpen()).isTrue();
            assertThat(names(s)).isEqualTo(before);
        }
    }

    @Test
    void aRestoreIntoAProtectedFolderKeepsItProtectedUnderItsCurrentPasswordAndIsAudited() throws Exception {
        Path data = protectedFolder("data");
        Path backup = backUp(data, PASSWORD);
        RestoreService.Restored restored;
        try (AppServices s = OPENER.open(data, given(PASSWORD))) {
            // A later password: the data key stays, so this folder's own backups need no password to restore.
            s.security().changePassword(PASSWORD.toCharArray(), "mật khẩu hai".toCharArray());
            addMember(s, "Người Thêm Sau");
            restored = s.restore(backup);
            assertThat(restored.folderProtected()).isTrue();
            assertThat(restored.previousSetAside().resolve("sochibo.key")).exists();
            assertThat(restored.backupOfPrevious().encrypted()).isTrue();
        }
        assertThat(Files.readAllBytes(data.resolve("sochibo.mv.db"))).startsWith("H2encrypt".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> OPENER.open(data)).isInstanceOf(PasswordRequiredException.class);
        try (AppServices s = OPENER.open(data, given("mật khẩu hai"))) {
            assertThat(names(s)).contains(SECRET_NAME).doesNotContain("Người Thêm Sau");
            List<AuditEntry> restores = s.audit().list(new AuditTrail.Filter(AuditAction.RESTORE, null, null, null), 0, 10)
                    .entries();
            assertThat(restores).singleElement().satisfies(e -> assertThat(e.summary())
                    .contains(backup.getFileName().toString()).contains("2026-11-26T03:00:00Z")
                    .contains("members=" + s.members().all().size()).contains("protected=true")
                    .contains("previousBackup=\"" + restored.backupOfPrevious().file().getFileName() + "\""));
            assertThat(s.audit().verify()).isEmpty();
        }
    }

    @Test
    void aBackupFromAnotherProtectedFolderNeedsItsOwnPasswordAndTheFolderKeepsItsOwn() throws Exception {
        Path backup = backUp(protectedFolder("data"), PASSWORD);
        Path other = temp.resolve("other");
        try (AppServices s = OPENER.open(other)) {
            addMember(s, "Đảng Viên Khác");
            s.security().setPassword("mật khẩu khác".toCharArray());
        }
        try (AppServices s = OPENER.open(other, given("mật khẩu khác"))) {
            assertRefused(s, () -> s.restore(backup, given("mật khẩu khác")), "backup.error.wrongPassword");
            assertThat(s.restore(backup, given(PASSWORD)).folderProtected()).isTrue();
        }
        try (AppServices s = OPENER.open(other, given("mật khẩu khác"))) {
            assertThat(names(s)).contains(SECRET_NAME);
        }
    }

    @Test
    void theStartUpRecoveryRestoresAnEncryptedBackupIntoADamagedProtectedFolder() throws Exception {
        Path data = protectedFolder("data");
        Path backup = backUp(data, PASSWORD);
        Path file = data.resolve("sochibo.mv.db");
        byte[] damaged = Files.readAllBytes(file);
        for (int i = 4096; i < damaged.length; i++) {
            damaged[i] = (byte) 0x5a;
        }
        Files.write(file, damaged);
        assertThatThrownBy(() -> OPENER.open(data, given(PASSWORD))).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(RestoreService.curesOpenFailure(e)).isTrue());
        RestoreService recovery = Services.recovery(data, CLOCK, given(PASSWORD));
        BackupInfo newest = recovery.newestGoodBackup().orElseThrow();
        assertThat(newest.file()).isEqualTo(backup);
        assertThat(recovery.needsPassword(newest)).isTrue();
        assertThatThrownBy(() -> recovery.restore(backup)).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.messageKey()).isEqualTo("backup.error.passwordNeeded"));
        RestoreService.Restored restored = recovery.restore(backup, given(PASSWORD));
        assertThat(restored.folderProtected()).isTrue();
        assertThat(restored.previousSetAside().resolve("sochibo.mv.db")).exists();
        try (AppServices s = OPENER.open(data, given(PASSWORD))) {
            assertThat(names(s)).contains(SECRET_NAME);
            assertThat(s.audit().list(new AuditTrail.Filter(AuditAction.RESTORE, null, null, null), 0, 10).entries())
                    .singleElement();
        }
    }

    private static Path backUp(Path data, String password) {
        try (AppServices s = OPENER.open(data, given(password))) {
            return s.backups().backUp("manual").backup().file();
        }
    }

    private static void assertRefused(AppServices s, org.assertj.core.api.ThrowableAssert.ThrowingCallable call,
            String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
        assertThat(s.isOpen()).isTrue();
    }

    private static boolean modifiedSince(Path file, long millis) {
        try {
            return Files.getLastModifiedTime(file).toMillis() >= millis && Files.size(file) < 64L * 1024 * 1024;
        } catch (IOException e) {
            return false;
        }
    }

    /** The member's name, or an SQL INSERT into the member table, in the file's bytes. */
    static boolean holdsPlainData(Path file) {
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            return text.contains(SECRET_NAME) || text.contains("INSERT INTO \"PUBLIC\".\"MEMBER\"");
        } catch (IOException e) {
            return false;
        }
    }

    static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                entries.put(e.getName(), z.readAllBytes());
            }
        }
        return entries;
    }

    private static Path rezip(Path original, Path target, String name, byte[] bytes, String manifest)
            throws IOException {
        try (OutputStream out = Files.newOutputStream(target); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries(original).entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getKey().equals(name) ? bytes : e.getKey().equals(BackupFile.MANIFEST_ENTRY)
                        ? manifest.getBytes(StandardCharsets.UTF_8) : e.getValue());
                z.closeEntry();
            }
        }
        return target;
    }
}
