package vn.sochibo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.member.MemberInput;
import vn.sochibo.domain.member.Gender;

/** The secretary backs up now, the data changes, and she restores that backup from the list in the settings. */
class BackupRestoreFlowTest extends HeadlessAppTest {
    private final List<AppServices> opened = new CopyOnWriteArrayList<>();

    private boolean dialogShowing() {
        return Window.getWindows().stream().anyMatch(w -> w != stage && w.isShowing());
    }

    /** Scrolls the data tab so that the node is in view (the tab is taller than the window). */
    private void showOnScreen(String query) {
        Node node = lookup(query).query();
        interact(() -> {
            for (Node n = node.getParent(); n != null; n = n.getParent()) {
                if (n instanceof javafx.scene.control.ScrollPane pane) {
                    javafx.geometry.Bounds inContent = pane.getContent().sceneToLocal(node.localToScene(
                            node.getBoundsInLocal()));
                    double free = pane.getContent().getBoundsInLocal().getHeight()
                            - pane.getViewportBounds().getHeight();
                    pane.setVvalue(free <= 0 ? 0 : Math.max(0, Math.min(1, (inContent.getMinY() - 40) / free)));
                    return;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean dialogButton(String label) {
        return lookup((Button b) -> label.equals(b.getText()) && b.getScene() != null
                && b.getScene().getWindow() != stage).tryQuery().isPresent();
    }

    private String dialogMessage() {
        return lookup("#dialogMessage").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private AppServices current() {
        return opened.get(opened.size() - 1);
    }

    private boolean idle() {
        return !lookup("#busyIndicator").tryQuery().map(Node::isVisible).orElse(false);
    }

    private void showDataTab() throws Exception {
        press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
        await("the settings are shown", 20, () -> lookup("#settingsTabs").tryQuery().isPresent());
        TabPane tabs = lookup("#settingsTabs").query();
        Tab tab = tabs.getTabs().stream().filter(t -> "tabSettingsData".equals(t.getId())).findFirst().orElseThrow();
        clickOn(lookup(".tab-pane > .tab-header-area .tab").match((Node n) -> "tabSettingsData".equals(n.getId()))
                .<Node>query());
        await("the data tab is shown", 20, () -> tabs.getSelectionModel().getSelectedItem() == tab);
    }

    @Test
    void backUpNowThenRestoreItFromTheList() throws Exception {
        try (AppServices services = Services.open(folder)) {
            services.demo().create();
        }
        startApp(f -> {
            AppServices s = Services.open(f);
            opened.add(s);
            return s;
        });
        showDataTab();
        TableView<?> table = lookup("#backupTable").query();
        // The daily backup was made on start.
        await("the daily backup is listed", 20, () -> table.getItems().size() == 1 && idle());

        clickOn("#backupNow");
        await("the backup made now is listed", 20, () -> table.getItems().size() == 2 && idle());
        assertThat(lookup("#backupStatus").queryLabeled().getText()).startsWith("Lần sao lưu gần nhất:")
                .contains("Sao lưu tay").contains("25 đảng viên");

        current().members().add(new MemberInput("Trần Thị Mới", Gender.FEMALE, LocalDate.of(1990, 1, 2),
                "Hải Phong", "Giáo viên", LocalDate.of(2020, 5, 19), null, null, null, null));

        interact(() -> table.getSelectionModel().select(0));
        showOnScreen("#restoreSelected");
        clickOn("#restoreSelected");
        await("the confirmation opens", 20, () -> dialogButton("Khôi phục"));
        assertThat(dialogMessage()).contains("Sao lưu tay").contains("Dữ liệu hiện tại: 26 đảng viên")
                .contains("không bị xóa");
        clickOn(lookup((Button b) -> "Khôi phục".equals(b.getText()) && b.getScene().getWindow() != stage)
                .queryButton());
        await("the restore is done", 20, () -> dialogMessage().startsWith("Đã khôi phục dữ liệu"));
        assertThat(dialogMessage()).contains("set-aside");
        clickOn(lookup((Button b) -> "Đóng".equals(b.getText())).queryButton());
        await("the main window is back", 20, () -> !dialogShowing() && lookup("#memberTable").tryQuery().isPresent());

        assertThat(opened).hasSize(2);
        assertThat(current().members().all()).hasSize(25);
        assertThat(current().backups().list()).extracting(b -> b.reason()).contains("before-restore");
        try (Stream<Path> aside = Files.list(folder.resolve("set-aside"))) {
            assertThat(aside).singleElement().satisfies(p -> {
                assertThat(p.getFileName().toString()).startsWith("before-restore-");
                assertThat(p.resolve("sochibo.mv.db")).isRegularFile();
            });
        }
    }
}
