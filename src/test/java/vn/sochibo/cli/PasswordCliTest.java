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
import vn.sochibo.application.common.AppServices;

/** The password of the data folder from the command line: set, use, change, remove, refusals. */
class PasswordCliTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final AppServices.Opener OPENER = Services.openerForTests(CLOCK,
            (pdf, name) -> vn.sochibo.application.document.DocumentPrinter.Outcome.CANCELLED, 1_000);

    @TempDir
    Path temp;

    record Result(int code, String out, String err) {
    }

    static Result run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(args, OPENER, new StringReader(stdin), new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void setUseChangeAndRemoveThePassword() throws Exception {
        String data = temp.resolve("data").toString();
        assertThat(run("", "demo", "--data", data).code()).isZero();

        Result tooShort = run("ngắn\n", "password", "set", "--data", data);
        assertThat(tooShort.code()).isEqualTo(1);
        assertThat(tooShort.err()).contains("ít nhất 8 ký tự");

        Result set = run("mật khẩu một\n", "password", "set", "--data", data);
        assertThat(set.code()).as(set.err()).isZero();
        assertThat(set.out()).contains("Đã đặt mật khẩu");

        Result locked = run("", "info", "--data", data);
        assertThat(locked.code()).isEqualTo(1);
        assertThat(locked.err()).contains("Dữ liệu được bảo vệ bằng mật khẩu: thêm --password-stdin");
        Result wrong = run("sai rồi sai rồi\n", "info", "--data", data, "--password-stdin");
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.err()).contains("Mật khẩu không đúng. Dữ liệu không thay đổi.");
        Result info = run("mật khẩu một\r\n", "info", "--data", data, "--password-stdin");
        assertThat(info.code()).as(info.err()).isZero();
        assertThat(info.out()).contains("Chi bộ Thôn Tân Hòa");

        Result change = run("mật khẩu một\nmật khẩu hai\n", "password", "change", "--data", data, "--password-stdin");
        assertThat(change.code()).as(change.err()).isZero();
        assertThat(run("mật khẩu một\n", "info", "--data", data, "--password-stdin").code()).isEqualTo(1);
        Path file = temp.resolve("pw.txt");
        Files.writeString(file, "mật khẩu hai\n", StandardCharsets.UTF_8);
        assertThat(run("", "members", "list", "--data", data, "--password-file", file.toString()).code()).isZero();

        Result remove = run("", "password", "remove", "--data", data, "--password-file", file.toString());
        assertThat(remove.code()).as(remove.err()).isZero();
        assertThat(Path.of(data, "sochibo.key")).doesNotExist();
        Result plain = run("", "info", "--data", data);
        assertThat(plain.code()).as(plain.err()).isZero();
    }

    @Test
    void thePasswordIsNeverAnArgumentAndHelpIsInVietnamese() {
        Result help = run("", "--help");
        assertThat(help.out()).contains("password").contains("Mật khẩu bảo vệ dữ liệu");
        Result group = run("", "password");
        assertThat(group.code()).isEqualTo(2);
        assertThat(group.err()).contains("set, change, remove");
        assertThat(run("", "info", "--password", "abc", "--data", temp.toString()).code()).isEqualTo(2);
    }
}
