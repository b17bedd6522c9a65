package vn.sochibo.ui.lock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.document.DocumentPrinter;
import vn.sochibo.application.security.PasswordService;
import vn.sochibo.ui.ManualClock;
import vn.sochibo.ui.SameThreadTaskRunner;
import vn.sochibo.ui.common.TextScale;
import vn.sochibo.ui.common.UiText;

/** The lock on a bare window (headless): what it saves, hides, closes and puts back, and when it locks. */
class AppLockTest extends FxRobot {
    private static final AppServices.Opener FAST = Services.openerForTests(Clock.systemDefaultZone(),
            (pdf, name) -> DocumentPrinter.Outcome.CANCELLED, 1_000);
    private static final String PASSWORD = "mật khẩu đúng";

    @TempDir
    Path folder;
    AppServices services;
    Stage stage;
    Scene records;
    AppLock lock;
    final ManualClock clock = new ManualClock(Instant.parse("2026-11-26T03:00:00Z"));
    final StringProperty title = new SimpleStringProperty("Sổ Chi Bộ – Chi bộ Thôn Đông");
    /** For each save asked for: whether the records were still on screen then. */
    final List<Boolean> savedWhileShown = new ArrayList<>();
    int quits;

    @BeforeEach
    void setUp() throws Exception {
        services = FAST.open(folder);
        services.security().setPassword(PASSWORD.toCharArray());
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            // A window of its own: the primary stage keeps the size the app's flow tests give it.
            stage = new Stage();
            records = new Scene(new StackPane(new Label("Nguyễn Văn Bình")), 800, 600);
            stage.setScene(records);
            lock = new AppLock(stage, UiText.vietnamese(), new TextScale(), new SameThreadTaskRunner(), clock,
                    new AppLock.Host() {
                        @Override
                        public void savePending() {
                            savedWhileShown.add(stage.getScene() == records);
                        }

                        @Override
                        public PasswordService security() {
                            return services.security();
                        }

                        @Override
                        public void quit() {
                            quits++;
                        }
                    });
            lock.configure(true, 10);
            lock.setTitle(title);
            lock.start();
            stage.show();
        });
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.setupFixture(() -> lock.stop());
        FxToolkit.cleanupStages();
        services.close();
    }

    private void unlockWith(String password) {
        interact(() -> {
            ((PasswordField) stage.getScene().lookup("#lockPassword")).setText(password);
            ((Button) stage.getScene().lookup("#lockUnlock")).fire();
        });
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void savesFirstThenShowsOnlyTheLockScreenAndTheRightPasswordPutsTheSameSceneBack() {
        interact(lock::lockNow);
        assertThat(savedWhileShown).containsExactly(true);
        assertThat(stage.getScene()).isNotSameAs(records);
        assertThat(stage.getScene().lookup("#lockScreen")).isNotNull();
        assertThat(stage.getTitle()).isEqualTo("Sổ Chi Bộ");
        interact(() -> title.set("Sổ Chi Bộ – Chi bộ khác"));
        assertThat(stage.getTitle()).as("the cell's name stays hidden").isEqualTo("Sổ Chi Bộ");

        unlockWith("sai rồi");
        assertThat(stage.getScene()).isNotSameAs(records);
        assertThat(((Label) stage.getScene().lookup("#lockProblem")).getText()).startsWith("Mật khẩu không đúng");

        interact(() -> ((Button) stage.getScene().lookup("#lockQuit")).fire());
        assertThat(quits).isEqualTo(1);

        unlockWith(PASSWORD);
        assertThat(stage.getScene()).isSameAs(records);
        assertThat(stage.getTitle()).isEqualTo("Sổ Chi Bộ – Chi bộ khác");
        assertThat(lock.lockedProperty().get()).isFalse();
        assertThat(savedWhileShown).hasSize(1);
    }

    @Test
    void idleMinutesLockAndInputStartsThemAgain() throws Exception {
        clock.advance(Duration.ofMinutes(9));
        interact(() -> Window.getWindows().get(0).fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "",
                KeyCode.A, false, false, false, false)));
        clock.advance(Duration.ofMinutes(9));
        Thread.sleep(1_500);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene()).as("9 minutes since the key").isSameAs(records);
        moveTo(stage.getX() + 100, stage.getY() + 100).moveBy(5, 5);
        clock.advance(Duration.ofMinutes(9));
        Thread.sleep(1_500);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene()).as("the mouse moved").isSameAs(records);
        clock.advance(Duration.ofMinutes(1));
        waitUntil(() -> stage.getScene() != records);
        assertThat(savedWhileShown).containsExactly(true);
    }

    @Test
    void ctrlLLocksAndIsTakenBeforeTheWindowsOwnShortcut() throws Exception {
        List<String> ownShortcut = new ArrayList<>();
        interact(() -> records.getAccelerators().put(AppLock.LOCK_NOW, () -> ownShortcut.add("Ctrl+L")));
        press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitUntil(() -> lock.lockedProperty().get());
        assertThat(ownShortcut).isEmpty();
        unlockWith(PASSWORD);

        interact(() -> lock.setProtected(false));
        press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lock.lockedProperty().get()).as("no password: Ctrl+L is the window's").isFalse();
        assertThat(ownShortcut).containsExactly("Ctrl+L");
        interact(lock::lockNow);
        assertThat(stage.getScene()).isSameAs(records);
        clock.advance(Duration.ofHours(1));
        Thread.sleep(1_500);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene()).as("no password: never locks by itself").isSameAs(records);
    }

    @Test
    void otherWindowsAreClosedADialogThroughItsCancelButton() throws Exception {
        List<Object> results = new ArrayList<>();
        Stage[] preview = new Stage[1];
        interact(() -> {
            Dialog<String> dialog = new Dialog<>();
            dialog.initOwner(stage);
            dialog.getDialogPane().setContentText("Trần Thị Hoa");
            dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
            dialog.setResultConverter(button -> button == ButtonType.OK ? "saved" : "cancelled");
            dialog.setOnHidden(e -> results.add(dialog.getResult()));
            dialog.show();
            preview[0] = new Stage();
            preview[0].setScene(new Scene(new Label("Biên bản")));
            preview[0].show();
        });
        assertThat(Window.getWindows()).hasSize(3);
        interact(lock::lockNow);
        assertThat(results).containsExactly("cancelled");
        assertThat(preview[0].isShowing()).isFalse();
        assertThat(Window.getWindows()).containsExactly(stage);
    }
}
