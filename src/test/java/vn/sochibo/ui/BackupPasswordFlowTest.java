package vn.sochibo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import vn.sochibo.app.Services;
import vn.sochibo.application.backup.BackupService;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.document.DocumentPrinter;
import vn.sochibo.ui.settings.BackupViewModel;

/**
 * An encrypted backup brought from another laptop, restored from the list: its password is asked in the dialog,
 * a wrong one is said so and asked again, the right one leads to the confirmation and the restore.
 */
class BackupPasswordFlowTest extends HeadlessAppTest {
    private static final AppServices.Opener OPENER = Services.openerForTests(Clock.systemDefaultZone(),
            (pdf, name) -> DocumentPrinter.Outcome.CANCELLED, 1_000);
    private static final String PASSWORD = "mật khẩu máy cũ";

    private boolean shown(String query) {
        return lookup(query).tryQuery().filter(Node::isVisible).isPresent();
    }

    private boolean idle() {
        return !lookup("#busyIndicator").tryQuery().map(Node::isVisible).orElse(false);
    }

    private String dialogMessage() {
        return lookup("#dialogMessage").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private Button dialogButton(String label) {
        return lookup((Button b) -> label.equals(b.getText()) && b.getScene() != null
                && b.getScene().getWindow() != stage).queryButton();
    }

    @Test
    void theBackupsPasswordIsAskedAgainWhenWrongThenItIsRestored() throws Exception {
        Path other = folder.resolveSibling(folder.getFileName() + "-other");
        Path backup;
        try (AppServices services = OPENER.open(other)) {
            services.demo().create();
            services.security().setPassword(PASSWORD.toCharArray());
            backup = services.backups().backUp("manual").backup().file();
        }
        try (AppServices services = OPENER.open(folder)) {
            services.demo().create();
            Files.createDirectories(folder.resolve(BackupService.FOLDER));
            Files.copy(backup, folder.resolve(BackupService.FOLDER).resolve(backup.getFileName()));
        }
        startApp(OPENER);

        press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
        await("the settings are shown", 20, () -> lookup("#settingsTabs").tryQuery().isPresent());
        TabPane tabs = lookup("#settingsTabs").query();
        Tab data = tabs.getTabs().stream().filter(t -> "tabSettingsData".equals(t.getId())).findFirst().orElseThrow();
        interact(() -> tabs.getSelectionModel().select(data));
        TableView<BackupViewModel.Row> table = lookup("#backupTable").query();
        await("the brought backup is listed", 20, () -> idle() && table.getItems().stream()
                .anyMatch(r -> r.info().file().getFileName().equals(backup.getFileName())));
        interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(r -> r.info().file().getFileName().equals(backup.getFileName())).findFirst().orElseThrow()));
        interact(() -> lookup("#restoreSelected").queryButton().fire());

        await("the backup's password is asked for", 20, () -> shown("#encryptedBackupPassword"));
        assertThat(shown("#encryptedBackupProblem")).as("nothing is wrong yet").isFalse();
        clickOn("#encryptedBackupPassword").write("không phải mật khẩu");
        clickOn("#encryptedBackupOpen");
        await("the wrong password is said so", 20, () -> shown("#encryptedBackupProblem"));
        clickOn("#encryptedBackupPassword").write(PASSWORD);
        clickOn("#encryptedBackupOpen");

        await("the confirmation opens", 30, () -> lookup((Button b) -> "Khôi phục".equals(b.getText())
                && b.getScene() != null && b.getScene().getWindow() != stage).tryQuery().isPresent());
        assertThat(dialogMessage()).contains("được mã hóa").contains("25 đảng viên");
        clickOn(dialogButton("Khôi phục"));
        await("the restore is done", 30, () -> dialogMessage().startsWith("Đã khôi phục dữ liệu"));
        clickOn(dialogButton("Đóng"));
        await("the main window is back", 20, () -> lookup("#memberTable").tryQuery().isPresent());
    }
}
