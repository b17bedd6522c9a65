package vn.sochibo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.meeting.VoteSubject;
import vn.sochibo.domain.meeting.VoteThreshold;

/** The secretary checks the finalized minutes, then asks for two thirds on resolutions, in the settings. */
class SettingsFlowTest extends HeadlessAppTest {
    private String label(String query) {
        return lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private void showTab(String id) throws Exception {
        TabPane tabs = lookup("#settingsTabs").query();
        Tab tab = tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
        clickOn(lookup(".tab-pane > .tab-header-area .tab").match((Node n) -> n.getId() != null
                && n.getId().equals(id)).<Node>query());
        await("the tab " + id + " is shown", () -> tabs.getSelectionModel().getSelectedItem() == tab);
    }

    @Test
    void verifyTheMinutesAndChangeAVoteThreshold() throws Exception {
        long finalized;
        try (AppServices services = Services.open(folder)) {
            services.demo().create();
            finalized = services.meetings().all().stream().filter(Meeting::isFinalized).count();
        }
        startApp();
        press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
        await("the settings are shown", () -> lookup("#settingsTabs").tryQuery().isPresent());

        showTab("tabSettingsData");
        clickOn("#verifyNow");
        await("the check is done", () -> label("#verifySummary").startsWith("Mọi phần kiểm tra"));
        assertThat(label("#verifyCheck-meetings")).isEqualTo("Biên bản đã chốt: tốt. Đã kiểm tra " + finalized
                + " biên bản đã chốt cùng các phụ lục đính chính.");
        assertThat(label("#verifyCheck-database")).startsWith("Cơ sở dữ liệu: tốt.");
        assertThat(label("#verifyCheck-audit")).startsWith("Nhật ký thay đổi: tốt.");
        await("the audit trail is shown", () -> label("#auditStatus").startsWith("Đang hiện"));
        assertThat(lookup("#auditTable").<javafx.scene.control.TableView<?>>query().getItems()).isNotEmpty();

        showTab("tabSettingsVotes");
        await("the thresholds are loaded", () -> lookup("#fraction-RESOLUTION").tryQuery().isPresent());
        ComboBox<?> fraction = lookup("#fraction-RESOLUTION").query();
        clickOn(fraction);
        await("the choices open", () -> fraction.isShowing());
        type(KeyCode.DOWN, 3);
        type(KeyCode.ENTER);
        await("two thirds is chosen", () -> fraction.getValue() != null
                && fraction.getValue().toString().contains("numerator=2"));
        clickOn("#saveVoteThresholds");
        await("the thresholds are saved", () -> "Đã lưu cài đặt.".equals(label("#voteThresholdsStatus")));

        FxToolkit.cleanupApplication(app);
        app = null;
        try (AppServices services = Services.open(folder)) {
            assertThat(services.settings().voteThresholds().of(VoteSubject.RESOLUTION))
                    .isEqualTo(new VoteThreshold(2, 3, false, VoteThreshold.Reference.BASE));
        }
    }
}
