package vn.sochibo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.member.MemberInput;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.domain.member.Gender;
import vn.sochibo.domain.member.Member;

/**
 * The real application, headless (Monocle), on a temporary data folder: the flows a secretary goes through.
 * Kept few on purpose; the view models carry the detailed tests.
 */
class AppFlowTest extends HeadlessAppTest {
    private void addBeforeStart(String name, Gender gender) {
        try (AppServices services = Services.open(folder)) {
            services.members().add(new MemberInput(name, gender, null, null, null, LocalDate.of(2015, 3, 2),
                    LocalDate.of(2016, 3, 2), null, null, null));
        }
    }

    private void typeInto(String query, String text) {
        Node node = lookup(query).query();
        clickOn(node);
        write(text);
    }

    private List<String> tableNames() {
        TableView<Member> table = lookup("#memberTable").queryTableView();
        return table.getItems().stream().map(Member::fullName).toList();
    }

    private boolean dialogShowing() {
        return Window.getWindows().stream().anyMatch(w -> w != stage && w.isShowing());
    }

    @Test
    void setUpTheCellAddAMemberAndFindHerWithoutTypingDiacritics() throws Exception {
        addBeforeStart("Nguyễn Văn Hoàng", Gender.MALE);
        addBeforeStart("Trần Thị Hoa", Gender.FEMALE);
        startApp();

        clickOn("#setUpOwn");
        typeInto("#cellName", "Chi bộ Thôn Đông");
        typeInto("#upperOrganisation", "Đảng bộ xã Hải Phong");
        typeInto("#placeName", "Quảng Trị");
        typeInto("#termStart", "01/06/2025");
        typeInto("#termEnd", "31/05/2030");
        clickOn("#saveCellProfile");
        await("the main window shows the roster", () -> lookup("#memberTable").tryQuery().isPresent()
                && tableNames().size() == 2);
        assertThat(stage.getTitle()).isEqualTo("Sổ Chi Bộ – Chi bộ Thôn Đông");

        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        await("the member dialog opens", () -> lookup("#fullName").tryQuery().isPresent());
        clickOn("#memberForm-save");
        await("the refusal is shown", () -> lookup((Label l) -> "Ngày vào Đảng là bắt buộc.".equals(l.getText())
                && l.isVisible()).tryQuery().isPresent());
        assertThat(dialogShowing()).as("a refused input keeps the dialog open").isTrue();

        typeInto("#fullName", "Nguyễn Thị Hoà");
        clickOn("#genderFemale");
        typeInto("#admissionDate", "19/05/2010");
        clickOn("#memberForm-save");
        await("the dialog closes and the roster shows three members",
                () -> !dialogShowing() && tableNames().size() == 3);

        // Alt+M: the roster's own filter (Ctrl+F is the search across everything).
        press(KeyCode.ALT, KeyCode.M).release(KeyCode.M, KeyCode.ALT);
        write("nguyen thi hoa");
        await("the search leaves one member", () -> tableNames().size() == 1);
        assertThat(tableNames()).containsExactly("Nguyễn Thị Hoà");
        assertThat(lookup("#memberCount").queryLabeled().getText()).isEqualTo("Tìm thấy 1 trong 3 đảng viên");
    }

    @Test
    void textSizeChangesTheWholeWindowAtOnceAndIsKept() throws Exception {
        try (AppServices services = Services.open(folder)) {
            services.cell().save(new CellProfile("Chi bộ Thôn Đông", "Đảng bộ xã Hải Phong", "Quảng Trị",
                    LocalDate.of(2025, 6, 1), LocalDate.of(2030, 5, 31), null, null, List.of()));
        }
        startApp();
        Label count = lookup("#memberCount").query();
        assertThat(count.getFont().getSize()).isEqualTo(14.0);

        press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
        await("the settings are shown", () -> lookup("#textScale").tryQuery().isPresent());
        press(KeyCode.ALT, KeyCode.C).release(KeyCode.C, KeyCode.ALT);
        assertThat(lookup("#textScale").query().isFocused()).as("Alt+C focuses the text size").isTrue();
        type(KeyCode.HOME);
        type(KeyCode.RIGHT, 2);
        await("the text size reaches 120%", () -> "120%".equals(lookup("#textScaleValue").queryLabeled().getText()));

        Label settingsLabel = lookup("#textScaleValue").query();
        assertThat(settingsLabel.getFont().getSize()).isCloseTo(16.8, org.assertj.core.data.Offset.offset(0.01));
        assertThat(stage.getScene().getRoot().getStyle()).contains("-fx-font-size: 16.80px");
        press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        await("the roster is shown again", () -> lookup("#memberCount").tryQuery().isPresent());
        assertThat(lookup("#memberCount").queryLabeled().getFont().getSize())
                .isCloseTo(16.8, org.assertj.core.data.Offset.offset(0.01));

        FxToolkit.cleanupApplication(app);
        app = null;
        try (AppServices services = Services.open(folder)) {
            assertThat(services.settings().textScalePercent()).isEqualTo(120);
        }
    }
}
