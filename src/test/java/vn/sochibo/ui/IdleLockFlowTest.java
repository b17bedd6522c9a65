package vn.sochibo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.common.PasswordPrompt;
import vn.sochibo.application.document.DocumentPrinter;
import vn.sochibo.domain.member.Member;
import vn.sochibo.ui.shell.Area;

/**
 * The idle lock on a password-protected demo cell: Ctrl+L and idle time (a clock the test moves on) put a lock
 * screen in place of every record; a wrong password keeps it; the right one returns to the same place with
 * nothing typed lost.
 */
class IdleLockFlowTest extends HeadlessAppTest {
    private static final AppServices.Opener FAST = Services.openerForTests(Clock.systemDefaultZone(),
            (pdf, name) -> DocumentPrinter.Outcome.CANCELLED, 1_000);
    private static final String PASSWORD = "mật khẩu chi bộ";
    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-26T03:00:00Z"));

    /** Opens the folder with the password (no dialog at start) and keeps the services for the checks. */
    private final class Opener implements AppServices.Opener {
        AppServices opened;

        @Override
        public AppServices open(Path dataFolder) {
            return open(dataFolder, PasswordPrompt.NONE);
        }

        @Override
        public AppServices open(Path dataFolder, PasswordPrompt ignored) {
            opened = FAST.open(dataFolder, (dir, wrong) -> wrong ? null : PASSWORD.toCharArray());
            return opened;
        }
    }

    private final Opener opener = new Opener();

    private List<String> demoCell(boolean protect) {
        try (AppServices services = FAST.open(folder)) {
            services.demo().create();
            if (protect) {
                services.security().setPassword(PASSWORD.toCharArray());
            }
            return services.members().all().stream().map(Member::fullName).toList();
        }
    }

    private void shortcut(KeyCode modifier, KeyCode key) {
        press(modifier, key).release(key, modifier);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean shown(String query) {
        return lookup(query).tryQuery().filter(Node::isVisible).isPresent();
    }

    private boolean locked() {
        return shown("#lockScreen");
    }

    /** Every text in every window of the app: labels, cells, fields, plain text nodes, window titles. */
    private static List<String> allTexts() throws Exception {
        List<String> texts = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            for (Window window : Window.getWindows()) {
                if (window instanceof javafx.stage.Stage s && s.getTitle() != null) {
                    texts.add(s.getTitle());
                }
                if (window.getScene() != null) {
                    collect(window.getScene().getRoot(), texts);
                }
            }
        }).get(10, java.util.concurrent.TimeUnit.SECONDS);
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (node instanceof Labeled l && l.getText() != null) {
            texts.add(l.getText());
        } else if (node instanceof Text t && t.getText() != null) {
            texts.add(t.getText());
        } else if (node instanceof TextInputControl t && t.getText() != null) {
            texts.add(t.getText());
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
    }

    private static boolean anyContains(List<String> texts, List<String> names) {
        return texts.stream().anyMatch(t -> names.stream().anyMatch(t::contains));
    }

    /** Puts the password in the field at once (typing it key by key is slow headless) and clicks "Mở khóa". */
    private void unlockWith(String password) {
        interact(() -> lookup("#lockPassword").<TextInputControl>query().setText(password));
        clickOn("#lockUnlock");
    }

    private Area selectedArea() {
        return lookup("#navigation").<ListView<Area>>query().getSelectionModel().getSelectedItem();
    }

    @Test
    void ctrlLLocksEveryRecordAwayAndOnlyTheRightPasswordReturnsToTheSameArea() throws Exception {
        List<String> names = demoCell(true);
        startApp(opener, clock);
        await("the members are listed", () -> anyContains(allTexts(), names));
        assertThat(shown("#lockNow")).as("Khóa ngay is offered").isTrue();
        String title = stage.getTitle();
        assertThat(title).contains("Chi bộ");

        shortcut(KeyCode.CONTROL, KeyCode.DIGIT2);
        await("the meetings are listed", () -> shown("#meetingList")
                && !lookup("#meetingList").<ListView<?>>query().getItems().isEmpty());
        // In the meetings area Ctrl+L also means "back to the list": on a protected folder it locks.
        shortcut(KeyCode.CONTROL, KeyCode.L);
        await("the window is locked", this::locked);
        List<String> texts = allTexts();
        assertThat(anyContains(texts, names)).as("no member's name anywhere: %s", texts).isFalse();
        assertThat(lookup("#meetingList").tryQuery()).isEmpty();
        assertThat(lookup("#navigation").tryQuery()).isEmpty();
        assertThat(stage.getTitle()).isEqualTo("Sổ Chi Bộ");
        // The hidden window's shortcuts do not work: Ctrl+1 does not bring the members back.
        shortcut(KeyCode.CONTROL, KeyCode.DIGIT1);
        assertThat(locked()).isTrue();
        assertThat(anyContains(allTexts(), names)).isFalse();

        clickOn("#lockPassword").write("mat khau sai");
        type(KeyCode.ENTER);
        await("the wrong password is said so", () -> lookup("#lockProblem").<Labeled>query().getText()
                .startsWith("Mật khẩu không đúng"));
        assertThat(locked()).isTrue();
        assertThat(anyContains(allTexts(), names)).isFalse();

        unlockWith(PASSWORD);
        await("the meetings area is back", () -> shown("#meetingList"));
        assertThat(locked()).isFalse();
        assertThat(selectedArea()).isEqualTo(Area.MEETINGS);
        assertThat(stage.getTitle()).isEqualTo(title);

        // "Không bao giờ": idle time no longer locks, Ctrl+L still does.
        shortcut(KeyCode.CONTROL, KeyCode.DIGIT7);
        TabPane tabs = lookup("#settingsTabs").query();
        Tab data = tabs.getTabs().stream().filter(t -> "tabSettingsData".equals(t.getId())).findFirst().orElseThrow();
        interact(() -> tabs.getSelectionModel().select(data));
        await("the auto-lock choice shows 10 minutes", () -> shown("#autoLockMinutes")
                && Integer.valueOf(10).equals(lookup("#autoLockMinutes").<ComboBox<Integer>>query().getValue()));
        interact(() -> lookup("#autoLockMinutes").<ComboBox<Integer>>query().setValue(0));
        await("never is saved", () -> lookup("#autoLockStatus").<Labeled>query().getText().startsWith("Đã lưu"));
        clock.advance(Duration.ofHours(2));
        Thread.sleep(2_500);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(locked()).as("never locks by itself").isFalse();
        clickOn("#lockNow");
        await("the button locks", this::locked);
        unlockWith(PASSWORD);
        await("the settings are back", () -> shown("#autoLockMinutes"));
        assertThat(selectedArea()).isEqualTo(Area.SETTINGS);
    }

    @Test
    void idleTimeLocksAfterSavingWhatWasTypedAndClosesTheDialogs() throws Exception {
        demoCell(true);
        startApp(opener, clock);
        shortcut(KeyCode.CONTROL, KeyCode.DIGIT2);
        await("the meetings are listed", () -> shown("#meetingList")
                && !lookup("#meetingList").<ListView<?>>query().getItems().isEmpty());
        int meetings = opener.opened.meetings().all().size();

        // A dialog open when the time is up is cancelled: nothing is created.
        shortcut(KeyCode.CONTROL, KeyCode.N);
        await("the new meeting dialog opens", () -> shown("#newMeetingKind"));
        clock.advance(Duration.ofMinutes(9));
        Thread.sleep(1_500);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(locked()).as("9 minutes: not yet").isFalse();
        clock.advance(Duration.ofMinutes(1));
        await("ten minutes without input lock the window", this::locked);
        assertThat(lookup("#newMeetingKind").tryQuery()).as("the dialog is closed").isEmpty();
        assertThat(Window.getWindows()).hasSize(1);
        unlockWith(PASSWORD);
        await("unlocked", () -> shown("#meetingList"));
        assertThat(opener.opened.meetings().all()).hasSize(meetings);

        shortcut(KeyCode.CONTROL, KeyCode.N);
        await("the dialog opens again", () -> shown("#newMeetingKind"));
        clickOn("#newMeetingForm-save");
        await("the new draft is open", () -> shown("#rollCallTable"));
        shortcut(KeyCode.ALT, KeyCode.DIGIT1);
        await("the header is shown", () -> shown("#place"));
        clickOn("#place").write("Nha van hoa thon");
        // At once, before the typing pause would save it: the lock saves it.
        clock.advance(Duration.ofMinutes(10));
        await("locked while typing stopped", this::locked);
        await("what was typed is saved", () -> opener.opened.meetings().all().stream()
                .anyMatch(m -> "Nha van hoa thon".equals(m.place())));
        assertThat(lookup("#place").tryQuery()).isEmpty();

        unlockWith(PASSWORD);
        await("the editor is back", () -> shown("#place"));
        assertThat(lookup("#place").<TextInputControl>query().getText()).isEqualTo("Nha van hoa thon");
        assertThat(selectedArea()).isEqualTo(Area.MEETINGS);
        // Input after unlocking counts again from now.
        clock.advance(Duration.ofMinutes(9));
        clickOn("#place").write(", xa Hai Phong");
        clock.advance(Duration.ofMinutes(9));
        Thread.sleep(1_500);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(locked()).as("18 minutes, but 9 since the last key").isFalse();
    }

    @Test
    void withoutAPasswordNothingLocks() throws Exception {
        demoCell(false);
        startApp(opener, clock);
        await("the members are listed", () -> shown("#memberTable"));
        assertThat(shown("#lockNow")).as("no Khóa ngay without a password").isFalse();
        shortcut(KeyCode.CONTROL, KeyCode.DIGIT2);
        await("the meetings are listed", () -> shown("#meetingList"));
        shortcut(KeyCode.CONTROL, KeyCode.L);
        assertThat(locked()).isFalse();
        assertThat(lookup("#meetingList").query().isFocused()).as("Ctrl+L keeps its meetings meaning").isTrue();
        clock.advance(Duration.ofHours(3));
        Thread.sleep(1_500);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(locked()).isFalse();
    }
}
