package vn.sochibo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sochibo.cli.CliRun.CLOCK;
import static vn.sochibo.cli.CliRun.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;

/** stats on a demo data folder: the tables as text, the CSV files, and wrong arguments refused. */
class StatsCliTest {
    @TempDir
    Path temp;

    @Test
    void printsTheTablesAndWritesOneCsvPerTable() throws Exception {
        Path data = temp.resolve("data");
        try (AppServices s = Services.open(data, CLOCK)) {
            s.demo().create();
        }
        Path csv = temp.resolve("thống kê");
        CliRun.Result r = run("stats", "--year", "2025", "--csv", csv.toString(), "--data", data.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("THỐNG KÊ NĂM 2025");
        assertThat(lines).contains("Tỷ lệ dự sinh hoạt của từng đảng viên",
                "Họ và tên\tPhải dự\tCó mặt\tVắng có lý do\tVắng không lý do\tTỷ lệ dự họp (%)",
                "Kết quả xếp loại chất lượng đảng viên qua các năm");
        assertThat(lines).anyMatch(l -> l.startsWith("Quý 4/2025\t") && l.endsWith("\tĐạt"));
        assertThat(lines.get(lines.size() - 1)).isEqualTo("Đã ghi 7 tệp CSV vào " + csv.toAbsolutePath() + ".");
        try (var files = Files.list(csv)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
                    "thong-ke-attendanceMeetings-2025.csv", "thong-ke-attendanceMembers-2025.csv",
                    "thong-ke-meetingKinds-2025.csv", "thong-ke-pledges-2025.csv", "thong-ke-reviewLevels-2025.csv",
                    "thong-ke-selfScores-2025.csv", "thong-ke-tasks-2025.csv");
        }
        String kinds = Files.readString(csv.resolve("thong-ke-meetingKinds-2025.csv"), StandardCharsets.UTF_8);
        assertThat(kinds).startsWith("\uFEFFQuý;Thường kỳ;Chuyên đề;");

        CliRun.Result term = run("stats", "--term", "--data", data.toString());
        assertThat(term.code()).as(term.err()).isZero();
        assertThat(term.out()).startsWith("THỐNG KÊ NHIỆM KỲ ");
    }

    @Test
    void aMissingOrDoublePeriodIsRefusedInWordsAndCreatesNothing() {
        Path data = temp.resolve("never");
        CliRun.Result none = run("stats", "--data", data.toString());
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err()).contains("Hãy chọn một kỳ thống kê: --year NĂM hoặc --term");
        CliRun.Result both = run("stats", "--year", "2026", "--term", "--data", data.toString());
        assertThat(both.code()).isEqualTo(1);
        CliRun.Result bad = run("stats", "--year", "26", "--data", data.toString());
        assertThat(bad.err()).contains("Năm 26 không hợp lệ");
        assertThat(Files.exists(data)).isFalse();
    }
}
