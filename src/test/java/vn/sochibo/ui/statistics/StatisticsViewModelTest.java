package vn.sochibo.ui.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.application.common.Messages;
import vn.sochibo.application.statistics.StatFormat;
import vn.sochibo.application.statistics.StatTable;
import vn.sochibo.application.statistics.StatsPeriod;
import vn.sochibo.ui.UiFixture;

/** The statistics area's view model on the demo cell (26/11/2026), without a screen. */
class StatisticsViewModelTest {
    @TempDir
    Path folder;
    UiFixture fx;
    StatisticsViewModel vm;

    @BeforeEach
    void setUp() {
        fx = new UiFixture(folder);
        fx.services.demo().create();
        vm = new StatisticsViewModel(fx.services.statistics(), fx.tasks, fx.text, fx.errors,
                new StatFormat(Messages.vietnamese()));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void thisYearIsShownFirstAndAnotherPeriodCanBeChosen() {
        vm.load();
        assertThat(fx.reported).isEmpty();
        assertThat(vm.periods()).contains(StatsPeriod.ofYear(2026), StatsPeriod.ofYear(2025));
        assertThat(vm.periods().get(0).kind()).isEqualTo(StatsPeriod.Kind.TERM);
        assertThat(vm.periodProperty().get()).isEqualTo(StatsPeriod.ofYear(2026));
        assertThat(vm.statisticsProperty().get().period()).isEqualTo(StatsPeriod.ofYear(2026));
        assertThat(vm.statusProperty().get()).isEqualTo("Số liệu tính đến ngày 26/11/2026.");
        assertThat(vm.label(StatsPeriod.ofYear(2025))).isEqualTo("Năm 2025");
        assertThat(vm.label(vm.periods().get(0))).startsWith("Nhiệm kỳ ").contains(" – ");

        vm.periodProperty().set(StatsPeriod.ofYear(2025));
        assertThat(vm.statisticsProperty().get().period()).isEqualTo(StatsPeriod.ofYear(2025));
        StatTable kinds = vm.statisticsProperty().get().table("meetingKinds");
        assertThat(vm.title(kinds)).isEqualTo("Số cuộc sinh hoạt theo loại và sinh hoạt chuyên đề mỗi quý");
        assertThat(vm.headings(kinds).get(0)).isEqualTo("Quý");
        List<List<String>> lines = vm.lines(kinds);
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0).get(0)).isEqualTo("Quý 1/2025");
        assertThat(lines.get(4).get(0)).isEqualTo("Tổng cộng");
        // One series per kind of meeting, one point per quarter (not the total).
        List<StatisticsViewModel.Series> series = vm.series(kinds);
        assertThat(series).extracting(StatisticsViewModel.Series::name)
                .containsExactly("Thường kỳ", "Chuyên đề", "Thường kỳ kết hợp chuyên đề", "Bất thường");
        assertThat(series.get(0).points()).hasSize(4);
        assertThat(series.get(0).points().get(0).category()).isEqualTo("Quý 1/2025");
        assertThat(series.get(0).points().stream().mapToDouble(StatisticsViewModel.Point::value).sum())
                .isEqualTo(((Integer) kinds.totalRow().get(1)).doubleValue());
        // Percentages show with a comma and "%".
        StatTable attendance = vm.statisticsProperty().get().table("attendanceMembers");
        assertThat(vm.lines(attendance)).allSatisfy(l -> assertThat(l.get(5)).matches("\\d+(,\\d)? %"));
    }

    @Test
    void aTableIsExportedAsCsvAndAChartAsPngAndTheStatusSaysWhere() throws Exception {
        vm.load();
        StatTable table = vm.statisticsProperty().get().table("tasks");
        assertThat(vm.csvFileName(table)).isEqualTo("thong-ke-tasks-2026.csv");
        assertThat(vm.pngFileName(table)).isEqualTo("thong-ke-tasks-2026.png");
        Path csv = folder.resolve("xuất/nhiệm vụ.csv");
        vm.exportCsv(table, csv);
        assertThat(fx.reported).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo("Đã lưu bảng vào " + csv + ".");
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFHọ và tên;Được giao;Hoàn thành đúng hạn;");

        Path png = folder.resolve("bieu-do.png");
        vm.savePng(new int[] {0xFFFF0000, 0xFF00FF00}, 2, 1, png);
        assertThat(javax.imageio.ImageIO.read(png.toFile()).getWidth()).isEqualTo(2);
        assertThat(vm.statusProperty().get()).isEqualTo("Đã lưu biểu đồ vào " + png.toAbsolutePath() + ".");

        // A file that cannot be written: said in words, nothing half-written left behind.
        Path blocked = folder.resolve("bieu-do.png/con.csv");
        vm.exportCsv(table, blocked);
        assertThat(fx.reported).hasSize(1);
        assertThat(Files.isRegularFile(png)).isTrue();
    }
}
