package vn.sochibo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;

/** The real application, headless, on a folder holding the demo cell: the secretary leaves it for her own. */
class LeaveDemoFlowTest extends HeadlessAppTest {
    private boolean dialogShowing() {
        return Window.getWindows().stream().anyMatch(w -> w != stage && w.isShowing());
    }

    private boolean buttonShown(String label) {
        return lookup((Button b) -> label.equals(b.getText()) && b.getScene() != null
                && b.getScene().getWindow() != stage).tryQuery().isPresent();
    }

    private static List<Path> setAside(Path folder) throws Exception {
        Path setAside = folder.resolve("set-aside");
        if (!Files.isDirectory(setAside)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(setAside)) {
            return entries.toList();
        }
    }

    @Test
    void leaveTheDemoFromTheBannerAndFindTheFirstRunPage() throws Exception {
        try (AppServices services = Services.open(folder)) {
            services.demo().create();
        }
        startApp();
        assertThat(lookup("#demoBanner").query().isVisible()).isTrue();
        assertThat(lookup("#memberTable").tryQuery()).isPresent();

        // Cancelling changes nothing.
        press(KeyCode.ALT, KeyCode.U).release(KeyCode.U, KeyCode.ALT);
        await("the confirmation opens", () -> buttonShown("Cất chi bộ mẫu và bắt đầu"));
        assertThat(lookup("#dialogMessage").queryLabeled().getText()).contains("không bị xóa");
        clickOn(lookup((Button b) -> "Hủy".equals(b.getText())).queryButton());
        await("the confirmation closes", () -> !dialogShowing());
        assertThat(setAside(folder)).isEmpty();
        assertThat(lookup("#demoBanner").tryQuery()).isPresent();

        clickOn("#leaveDemo");
        await("the confirmation opens again", () -> buttonShown("Cất chi bộ mẫu và bắt đầu"));
        clickOn(lookup((Button b) -> "Cất chi bộ mẫu và bắt đầu".equals(b.getText())).queryButton());
        await("the set-aside folder is named", () -> lookup("#dialogMessage").tryQuery()
                .map(n -> ((Label) n).getText().contains("set-aside")).orElse(false));
        clickOn(lookup((Button b) -> "Đóng".equals(b.getText())).queryButton());
        await("the first-run page is shown", () -> !dialogShowing() && lookup("#setUpOwn").tryQuery().isPresent());

        assertThat(lookup("#demoBanner").tryQuery()).isEmpty();
        assertThat(stage.getTitle()).isEqualTo("Sổ Chi Bộ");
        assertThat(setAside(folder)).singleElement()
                .satisfies(aside -> assertThat(aside.resolve("sochibo.mv.db")).isRegularFile());
        assertThat(folder.resolve("sochibo.mv.db")).isRegularFile();

        FxToolkit.cleanupApplication(app);
        app = null;
        try (AppServices fresh = Services.open(folder)) {
            assertThat(fresh.cell().profile()).isEmpty();
            assertThat(fresh.members().all()).isEmpty();
        }
    }
}
