package vn.sochibo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;

/** "archive export / import / inspect" end to end, with the production key derivation. */
class ArchiveCliTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    @TempDir
    Path temp;

    static CliRun.Result run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        java.io.Reader in = new java.io.StringReader(stdin);
        int code = Cli.execute(args, folder -> Services.open(folder, CLOCK), in, new PrintWriter(out),
                new PrintWriter(err));
        return new CliRun.Result(code, out.toString(), err.toString());
    }

    @Test
    void anEncryptedArchiveGoesToAnEmptyFolderWithTheSameData() throws IOException {
        Path source = temp.resolve("source");
        Path target = temp.resolve("target");
        Path archive = temp.resolve("ho-so-ban-giao.sochibo");
        Path passwordFile = temp.resolve("mat-khau.txt");
        // Written by Notepad: a byte-order mark and a Windows line end, both dropped.
        Files.write(passwordFile, ("\uFEFFHòa bình 2026\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(run("", "demo", "--data", source.toString()).code()).isZero();

        CliRun.Result exported = run("Hòa bình 2026\n", "archive", "export", "--out", archive.toString(),
                "--archive-password-stdin", "--data", source.toString());
        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("Đã ghi hồ sơ bàn giao ra", "được mã hóa bằng mật khẩu");
        byte[] head = Files.readAllBytes(archive);
        assertThat(new String(head, 0, 20, StandardCharsets.US_ASCII)).isEqualTo("SOCHIBO-ARCHIVE-ENC1");
        assertThat(ByteBuffer.wrap(head, 21, 4).getInt()).as("PBKDF2 iterations").isGreaterThanOrEqualTo(600_000);

        CliRun.Result inspected = run("", "archive", "inspect", archive.toString(), "--archive-password-file",
                passwordFile.toString(), "--data", target.toString());
        assertThat(inspected.code()).as(inspected.err()).isZero();
        assertThat(inspected.out()).contains("Chi bộ: Chi bộ", "25 đảng viên", "khớp kích thước và mã SHA-256");

        CliRun.Result wrong = run("hoa binh 2026\n", "archive", "import", archive.toString(), "--archive-password-stdin",
                "--data", target.toString());
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.err()).contains("Mật khẩu không đúng hoặc tệp đã bị sửa");
        assertThat(run("", "members", "list", "--data", target.toString()).out()).isEmpty();

        CliRun.Result none = run("", "archive", "import", archive.toString(), "--data", target.toString());
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err()).contains("được bảo vệ bằng mật khẩu");

        CliRun.Result imported = run("Hòa bình 2026\n", "archive", "import", archive.toString(), "--archive-password-stdin",
                "--data", target.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Đã nhận hồ sơ bàn giao", "25 đảng viên");

        Path one = temp.resolve("one.json");
        Path two = temp.resolve("two.json");
        assertThat(run("", "export", "--out", one.toString(), "--data", source.toString()).code()).isZero();
        assertThat(run("", "export", "--out", two.toString(), "--data", target.toString()).code()).isZero();
        assertThat(withoutExportTime(Files.readString(two))).isEqualTo(withoutExportTime(Files.readString(one)));
    }

    @Test
    void aPlainArchiveNeedsNoPasswordAndADamagedOneIsRefused() throws IOException {
        Path source = temp.resolve("source");
        Path archive = temp.resolve("ho-so.zip");
        run("", "demo", "--data", source.toString());
        CliRun.Result exported = run("", "archive", "export", "--out", archive.toString(), "--data",
                source.toString());
        assertThat(exported.code()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("không có mật khẩu");

        byte[] bytes = Files.readAllBytes(archive);
        Path cut = temp.resolve("cut.zip");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        CliRun.Result refused = run("", "archive", "import", cut.toString(), "--data", temp.resolve("t").toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("Không có gì được ghi");
        assertThat(run("", "members", "list", "--data", temp.resolve("t").toString()).out()).isEmpty();

        CliRun.Result imported = run("", "archive", "import", archive.toString(), "--data",
                temp.resolve("t").toString());
        assertThat(imported.code()).as(imported.err()).isZero();
    }

    @Test
    void thePasswordIsNeverAnArgument() {
        Path archive = temp.resolve("x.zip");
        CliRun.Result plainPassword = run("", "archive", "export", "--out", archive.toString(), "--password",
                "bí mật", "--data", temp.resolve("d").toString());
        assertThat(plainPassword.code()).isEqualTo(2);
        assertThat(archive).doesNotExist();

        CliRun.Result both = run("x\n", "archive", "export", "--out", archive.toString(), "--archive-password-stdin",
                "--archive-password-file", temp.resolve("f").toString(), "--data", temp.resolve("d").toString());
        assertThat(both.code()).isEqualTo(1);
        assertThat(both.err()).contains("Chỉ dùng một trong hai");

        CliRun.Result empty = run("\n", "archive", "export", "--out", archive.toString(), "--archive-password-stdin",
                "--data", temp.resolve("d").toString());
        assertThat(empty.code()).isEqualTo(1);
        assertThat(empty.err()).contains("Mật khẩu không được để trống");
        assertThat(archive).doesNotExist();

        CliRun.Result group = run("", "archive");
        assertThat(group.code()).isEqualTo(2);
        assertThat(group.err()).contains("export", "import", "inspect");
        assertThat(run("", "--help").out()).contains("archive", "Hồ sơ bàn giao");
    }

    private static String withoutExportTime(String json) {
        return json.replaceAll("\"exportedAt\" : \"[^\"]*\"", "");
    }
}
