package vn.sochibo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.audit.AuditAction;
import vn.sochibo.application.audit.AuditTrail;
import vn.sochibo.application.common.AppServices;

/** backup, backup list and restore of a password-protected folder from the command line (ADR 0011). */
class EncryptedBackupCliTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final AppServices.Opener OPENER = Services.openerForTests(CLOCK,
            (pdf, name) -> vn.sochibo.application.document.DocumentPrinter.Outcome.CANCELLED, 1_000);

    @TempDir
    Path temp;

    static PasswordCliTest.Result run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(args, OPENER, folder -> Services.recovery(folder, CLOCK), new StringReader(stdin),
                new PrintWriter(out), new PrintWriter(err));
        return new PasswordCliTest.Result(code, out.toString(), err.toString());
    }

    @Test
    void backUpListAndRestoreAProtectedFolderWithItsPasswords() throws Exception {
        String data = temp.resolve("data").toString();
        assertThat(run("", "demo", "--data", data).code()).isZero();
        assertThat(run("mật khẩu một\n", "password", "set", "--data", data).code()).isZero();

        PasswordCliTest.Result locked = run("", "backup", "--data", data);
        assertThat(locked.code()).isEqualTo(1);
        assertThat(locked.err()).contains("--password-stdin");
        PasswordCliTest.Result backup = run("mật khẩu một\n", "backup", "--data", data, "--password-stdin");
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("Đã sao lưu vào").contains("được mã hóa");
        Path made = Path.of(backup.out().split("Đã sao lưu vào ")[1].split(": ")[0]);
        Path usb = Files.copy(made, temp.resolve("usb.zip"));

        PasswordCliTest.Result list = run("mật khẩu một\n", "backup", "list", "--data", data, "--password-stdin");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out().lines()).singleElement().satisfies(line -> assertThat(line.split("\t"))
                .endsWith(made.toString(), "được mã hóa"));

        // The folder's password changes: its own backups still restore with the current password alone.
        assertThat(run("mật khẩu một\nmật khẩu hai\n", "password", "change", "--data", data, "--password-stdin")
                .code()).isZero();
        PasswordCliTest.Result restored = run("mật khẩu hai\n", "restore", usb.toString(), "--data", data,
                "--password-stdin");
        assertThat(restored.code()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("Đã khôi phục từ").contains("25 đảng viên")
                .contains("vẫn được bảo vệ bằng mật khẩu hiện tại");
        try (AppServices s = OPENER.open(Path.of(data), (f, wrong) -> wrong ? null : "mật khẩu hai".toCharArray())) {
            assertThat(s.audit().list(new AuditTrail.Filter(AuditAction.RESTORE, null, null, null), 0, 10).entries())
                    .singleElement().satisfies(e -> assertThat(e.summary()).contains("usb.zip").contains("members=25"));
        }

        // Into another folder without a password: the backup's own password, given apart; the data comes back plain.
        String other = temp.resolve("other").toString();
        assertThat(run("", "info", "--data", other).code()).isZero();
        PasswordCliTest.Result noPassword = run("", "restore", usb.toString(), "--data", other);
        assertThat(noPassword.code()).isEqualTo(1);
        assertThat(noPassword.err()).contains("được mã hóa bằng mật khẩu lúc sao lưu");
        PasswordCliTest.Result wrong = run("mật khẩu hai\n", "restore", usb.toString(), "--data", other,
                "--backup-password-stdin");
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.err()).contains("không đúng").contains("mật khẩu cũ");
        assertThat(Path.of(other, "set-aside")).doesNotExist();
        Path file = Files.writeString(temp.resolve("old.txt"), "mật khẩu một\n", StandardCharsets.UTF_8);
        PasswordCliTest.Result plain = run("", "restore", usb.toString(), "--data", other, "--backup-password-file",
                file.toString());
        assertThat(plain.code()).as(plain.err()).isZero();
        assertThat(plain.out()).contains("không được mã hóa");
        assertThat(run("", "info", "--data", other).code()).isZero();
    }
}
