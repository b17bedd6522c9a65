package vn.sochibo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.sochibo.app.Services;
import vn.sochibo.app.SoChiBoApp;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.statistics.StatsPeriod;
import vn.sochibo.ui.common.SaveFileChooser;

/**
 * On the demo cell: Ctrl+6 opens "Thống kê" on this year, the secretary picks last year, exports the attendance
 * table as CSV and saves its chart as PNG; the save dialog is answered by the test.
 */
class StatisticsFlowTest extends HeadlessAppTest {
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private volatile Path answer;

    private void startAppAnswering() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new SoChiBoApp(Services::open) {
            @Override
            public void init() {
                // The test names the data folder itself.
            }

            @Override
            protected SaveFileChooser saveFileChooser() {
                return (owner, title, initialName, filterLabel, extension) -> {
                    asked.add(initialName);
                    return Optional.of(answer);
                };
            }

            @Override
            public void start(Stage primary) {
                System.setProperty(SoChiBoApp.DATA_FOLDER_PROPERTY, folder.toString());
                try {
                    super.start(primary);
                } finally {
                    System.clearProperty(SoChiBoApp.DATA_FOLDER_PROPERTY);
                }
            }
        });
    }

    private String label(String query) {
        return lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    @Test
    void pickLastYearAndExportTheAttendanceTableAndItsChart() throws Exception {
        int year;
        try (AppServices services = Services.open(folder)) {
            services.demo().create();
            year = services.members().today().getYear();
        }
        startAppAnswering();
        await("the main window", 60, () -> lookup("#membersView").tryQuery().isPresent());

        press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        await("this year's statistics", 60, () -> lookup("#table-attendanceMembers").tryQuery().isPresent()
                && label("#statisticsStatus").startsWith("Số liệu tính đến ngày"));
        ComboBox<StatsPeriod> period = lookup("#statisticsPeriod").query();
        assertThat(period.getValue()).isEqualTo(StatsPeriod.ofYear(year));

        clickOn(period);
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("Năm " + (year - 1));
        String firstQuarter = "Quý 1/" + (year - 1);
        await("last year's statistics", 60, () -> lookup("#table-meetingKinds").tryQuery()
                .map(n -> ((TableView<?>) n).getItems().size() == 5
                        && ((List<?>) ((TableView<?>) n).getItems().get(0)).get(0).equals(firstQuarter))
                .orElse(false));
        TableView<List<String>> kinds = lookup("#table-meetingKinds").query();
        assertThat(kinds.getItems().get(4).get(0)).isEqualTo("Tổng cộng");

        answer = folder.resolveSibling(folder.getFileName() + "-ty-le-du-hop.csv");
        Node export = lookup("#exportCsv-attendanceMembers").query();
        interact(() -> ((javafx.scene.control.Button) export).fire());
        await("the CSV is written", 30, () -> Files.exists(answer)
                && label("#statisticsStatus").startsWith("Đã lưu bảng vào"));
        assertThat(asked).containsExactly("thong-ke-attendanceMembers-" + (year - 1) + ".csv");
        byte[] bytes = Files.readAllBytes(answer);
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        TableView<List<String>> members = lookup("#table-attendanceMembers").query();
        assertThat(text.lines().count()).isEqualTo(members.getItems().size() + 1);
        assertThat(text).startsWith("Họ và tên;Phải dự;Có mặt;")
                .contains(members.getItems().get(0).get(0) + ";" + members.getItems().get(0).get(1) + ";");

        answer = folder.resolveSibling(folder.getFileName() + "-bieu-do.png");
        XYChart<?, ?> chart = lookup("#chart-attendanceMembers").query();
        Node save = lookup("#savePng-attendanceMembers").query();
        interact(() -> ((javafx.scene.control.Button) save).fire());
        await("the PNG is written", 30, () -> Files.exists(answer)
                && label("#statisticsStatus").startsWith("Đã lưu biểu đồ vào"));
        var image = javax.imageio.ImageIO.read(answer.toFile());
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(chart.getWidth()));
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(chart.getHeight()));
        Files.deleteIfExists(folder.resolveSibling(folder.getFileName() + "-ty-le-du-hop.csv"));
        Files.deleteIfExists(answer);
    }
}
