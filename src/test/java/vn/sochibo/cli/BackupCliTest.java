package vn.sochibo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.member.MemberInput;
import vn.sochibo.domain.member.Gender;

/** backup, backup list and restore from the command line, on real data folders. */
class BackupCliTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    @TempDir
    Path temp;

    static CliRun.Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(args, folder -> Services.open(folder, CLOCK), folder -> Services.recovery(folder, CLOCK),
                new PrintWriter(out), new PrintWriter(err));
        return new CliRun.Result(code, out.toString(), err.toString());
    }

    @Test
    void backUpListAndRestoreFromAFileElsewhere() throws Exception {
        String data = temp.resolve("data").toString();
        assertThat(run("demo", "--data", data).code()).isZero();

        CliRun.Result backup = run("backup", "--data", data);
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("Đã sao lưu vào").contains("25 đảng viên");
        Path made = Path.of(backup.out().split("Đã sao lưu vào ")[1].split(": ")[0]);
        assertThat(made).isRegularFile();
        Path usb = Files.copy(made, temp.resolve("usb.zip"));

        CliRun.Result list = run("backup", "list", "--data", data);
        assertThat(list.code()).isZero();
        String when = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                .format(Instant.parse("2026-11-26T03:00:00Z").atZone(ZoneId.systemDefault()));
        assertThat(list.out().lines()).singleElement().satisfies(line -> assertThat(line.split("\t"))
                .containsSequence(when, "sao lưu tay", "25"));

        try (AppServices s = Services.open(temp.resolve("data"), CLOCK)) {
            s.members().add(new MemberInput("Trần Thị Mới", Gender.FEMALE, java.time.LocalDate.of(1990, 1, 2),
                    "Hải Phong", "Giáo viên", java.time.LocalDate.of(2020, 5, 19), null, null, null, null));
        }
        CliRun.Result restored = run("restore", usb.toString(), "--data", data);
        assertThat(restored.code()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("Đã khôi phục từ").contains("25 đảng viên")
                .contains("trước khi khôi phục đã được sao lưu").contains("set-aside");
        assertThat(run("backup", "list", "--data", data).out()).contains("trước khi khôi phục");
        try (AppServices s = Services.open(temp.resolve("data"), CLOCK)) {
            assertThat(s.members().all()).hasSize(25);
        }
    }

    @Test
    void refusalsAndFailuresExitWithOne() throws Exception {
        String data = temp.resolve("data").toString();
        assertThat(run("demo", "--data", data).code()).isZero();
        Path letter = Files.writeString(temp.resolve("letter.zip"), "không phải bản sao lưu");
        CliRun.Result refused = run("restore", "--from", letter.toString(), "--data", data);
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("không phải bản sao lưu của Sổ Chi Bộ");
        assertThat(run("restore", "--data", data).code()).isEqualTo(2);

        Files.writeString(temp.resolve("data/backups"), "a file where the folder should be");
        CliRun.Result failed = run("backup", "--data", data);
        assertThat(failed.code()).isEqualTo(1);
        assertThat(failed.err()).contains("Không ghi được bản sao lưu");
        assertThat(run("backup", "list", "--data", temp.resolve("empty").toString()).out())
                .contains("Chưa có bản sao lưu nào");
    }

    @Test
    void aFolderWhoseDatabaseIsDamagedIsRestoredWithTheFileSetAside() throws Exception {
        Path data = temp.resolve("data");
        assertThat(run("demo", "--data", data.toString()).code()).isZero();
        String made = run("backup", "--data", data.toString()).out().split("Đã sao lưu vào ")[1].split(": ")[0];
        Files.write(data.resolve("sochibo.mv.db"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        assertThat(run("info", "--data", data.toString()).code()).isEqualTo(1);

        CliRun.Result restored = run("restore", made, "--data", data.toString());
        assertThat(restored.code()).as(restored.err()).isZero();
        assertThat(restored.err()).contains("Không");
        assertThat(restored.out()).contains("25 đảng viên").contains("set-aside");
        assertThat(run("info", "--data", data.toString()).code()).isZero();
    }
}
