package vn.sochibo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.ui.common.UiText;

/**
 * A guest speaks under an agenda part the secretary moved up (with the keyboard) and renamed; removing the
 * guest is refused; what was typed just before the area is left and the app ends is in the store; the minutes
 * PDF, read back, has the guest's contribution under that part in the new order.
 */
class MeetingGuestsAndAgendaFlowTest extends HeadlessAppTest {
    private final UiText text = UiText.vietnamese();

    private void typeInto(String query, String typed) {
        clickOn(lookup(query).<Node>query());
        write(typed);
    }

    /** Puts the cursor in a field that may be scrolled out of sight, as Tab would. */
    private void focus(String query) {
        Node node = lookup(query).query();
        interact(node::requestFocus);
    }

    private void shortcut(KeyCode modifier, KeyCode key) {
        press(modifier, key).release(key, modifier);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String label(String query) {
        return lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private String field(String query) {
        return lookup(query).tryQuery().map(n -> ((TextField) n).getText()).orElse("");
    }

    @Test
    void aGuestSpeaksUnderAPartMovedUpAndTheMinutesPrintItThereInTheNewOrder() throws Exception {
        try (AppServices services = Services.open(folder)) {
            services.demo().create();
        }
        startApp();
        shortcut(KeyCode.CONTROL, KeyCode.DIGIT2);
        await("the meetings are listed", () -> lookup("#meetingList").tryQuery().isPresent()
                && !lookup("#meetingList").<ListView<?>>query().getItems().isEmpty());
        shortcut(KeyCode.CONTROL, KeyCode.N);
        await("the new meeting dialog opens", () -> lookup("#newMeetingKind").tryQuery().isPresent());
        clickOn("#newMeetingForm-save");
        await("the new draft is open", () -> "Nháp".equals(label("#meetingState"))
                && lookup("#rollCallTable").tryQuery().map(Node::isVisible).orElse(false));
        clickOn("#allPresent");

        // The guest, in the header.
        shortcut(KeyCode.ALT, KeyCode.DIGIT1);
        typeInto("#guestName", "Hoang Thi Thu");
        type(KeyCode.ENTER);
        write("Dang uy vien");
        type(KeyCode.ENTER);
        await("the guest is listed", () -> lookup("#guestList").<ListView<?>>query().getItems().size() == 1);
        assertThat(field("#guestName")).as("ready for the next guest").isEmpty();

        // The discussion (5th part) moved up twice with Alt+Up, then renamed.
        shortcut(KeyCode.ALT, KeyCode.DIGIT3);
        String discussion = text.text("template.discussion");
        String lastMonth = text.text("template.lastMonth");
        assertThat(label("#partTitle4")).isEqualTo("5. " + discussion);
        focus("#partText4");
        shortcut(KeyCode.ALT, KeyCode.UP);
        shortcut(KeyCode.ALT, KeyCode.UP);
        await("the part is third", () -> ("3. " + discussion).equals(label("#partTitle2")));
        assertThat(label("#partTitle3")).isEqualTo("4. " + lastMonth);
        assertThat(lookup("#partText2").query().isFocused()).as("the cursor moved with the part").isTrue();
        type(KeyCode.F2);
        await("the name can be changed", () -> lookup("#partRename2").query().isFocused());
        write("Thao luan chung");
        type(KeyCode.ENTER);
        await("the new name is shown", () -> "3. Thao luan chung".equals(label("#partTitle2")));
        assertThat(lookup("#partText2").query().isFocused()).as("back in the part's text").isTrue();
        await("the part is renamed", () -> lookup("#contributionPart").<ComboBox<Meeting.AgendaPart>>query()
                .getItems().get(2).title().equals("Thao luan chung"));

        // The guest speaks in that part.
        typeInto("#speakerQuery", "hoang thi thu");
        await("the guest is found", () -> label("#speakerMatch").contains("Hoang Thi Thu (khách mời)"));
        ComboBox<Meeting.AgendaPart> part = lookup("#contributionPart").query();
        interact(() -> part.getSelectionModel().select(2));
        typeInto("#contributionText", "Ghi nhan ket qua cua chi bo.");
        type(KeyCode.ENTER);
        await("the contribution is listed", () -> lookup("#contributions").<ListView<?>>query().getItems().size() == 1);
        assertThat(lookup("#contributions").<ListView<?>>query().getItems().get(0).toString()).contains("Hoang Thi Thu");

        // A guest who has spoken is not removed.
        shortcut(KeyCode.ALT, KeyCode.DIGIT1);
        clickOn(lookup("#guestList .list-cell").<Node>query());
        clickOn("#removeGuest");
        await("the removal is refused", () -> lookup((Label l) -> l.getText() != null
                && l.getText().startsWith("Không xóa khách mời Hoang Thi Thu") && l.isVisible()).tryQuery().isPresent());
        assertThat(lookup("#guestList").<ListView<?>>query().getItems()).hasSize(1);

        // Typed, then straight to another area; then typed and the app ends at once.
        typeInto("#place", "Hoi truong thon");
        shortcut(KeyCode.CONTROL, KeyCode.DIGIT1);
        shortcut(KeyCode.CONTROL, KeyCode.DIGIT2);
        await("the editor is shown again", () -> lookup("#meetingTabs").tryQuery().map(Node::isVisible).orElse(false));
        shortcut(KeyCode.ALT, KeyCode.DIGIT3);
        focus("#partText0");
        write("Khai mac");
        FxToolkit.cleanupApplication(app);
        app = null;

        try (AppServices services = Services.open(folder)) {
            Meeting m = services.meetings().all().stream()
                    .filter(x -> x.guests().stream().anyMatch(g -> g.name().equals("Hoang Thi Thu")))
                    .findFirst().orElseThrow();
            assertThat(m.place()).isEqualTo("Hoi truong thon");
            assertThat(m.agenda().get(0).text()).isEqualTo("Khai mac");
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            services.meetingDocuments().writeMinutesPdf(m.id(), pdf);
            String minutes;
            try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
                minutes = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            }
            assertThat(minutes).contains("Khách mời: đồng chí Hoang Thi Thu, Dang uy vien.",
                    "Địa điểm: Hoi truong thon.", "1. " + text.text("template.opening") + " Khai mac.");
            int heading = minutes.indexOf("3. Thao luan chung");
            int said = minutes.indexOf("Đồng chí Hoang Thi Thu (khách mời, Dang uy vien): Ghi nhan ket qua cua chi bo.");
            int next = minutes.indexOf("4. " + lastMonth);
            assertThat(heading).as(minutes).isPositive();
            assertThat(said).as(minutes).isGreaterThan(heading);
            assertThat(next).as(minutes).isGreaterThan(said);
            assertThat(minutes.indexOf("2. " + text.text("template.news"))).isPositive().isLessThan(heading);
        }
    }
}
