package vn.sochibo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.domain.common.Text;

/** A secretary records a whole small meeting on the demo cell and finalizes it. */
class MeetingFlowTest extends HeadlessAppTest {
    private void typeInto(String query, String text) {
        clickOn(lookup(query).<javafx.scene.Node>query());
        write(text);
    }

    private void shortcut(KeyCode modifier, KeyCode key) {
        press(modifier, key).release(key, modifier);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String label(String query) {
        return lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    @Test
    void recordAndFinalizeASmallRegularMeeting() throws Exception {
        try (AppServices services = Services.open(folder)) {
            services.demo().create();
        }
        startApp();
        shortcut(KeyCode.CONTROL, KeyCode.DIGIT2);
        await("the meetings are listed", () -> lookup("#meetingList").tryQuery().isPresent()
                && !lookup("#meetingList").<ListView<?>>query().getItems().isEmpty());
        int before = lookup("#meetingList").<ListView<?>>query().getItems().size();

        shortcut(KeyCode.CONTROL, KeyCode.N);
        await("the new meeting dialog opens", () -> lookup("#newMeetingKind").tryQuery().isPresent());
        clickOn("#newMeetingForm-save");
        await("the new draft is open on the roll call", () -> lookup("#meetingList").<ListView<?>>query().getItems()
                .size() == before + 1 && "Nháp".equals(label("#meetingState"))
                && lookup("#rollCallTable").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));

        clickOn("#allPresent");
        TableView<?> rollCall = lookup("#rollCallTable").query();
        int called = (int) rollCall.getItems().stream().filter(r -> !r.toString().contains("EXEMPT")).count();
        await("everyone is present", () -> label("#attendanceCounts").startsWith("Có mặt " + called + "/" + called));
        clickOn(lookup("#rollCallTable .table-row-cell").<javafx.scene.Node>query());
        type(KeyCode.K);
        await("one keystroke marks the member absent", () -> label("#attendanceCounts")
                .startsWith("Có mặt " + (called - 1) + "/" + called) && label("#attendanceCounts")
                .contains("Vắng không lý do 1"));
        Matcher voters = Pattern.compile("Có quyền biểu quyết (\\d+)").matcher(label("#attendanceCounts"));
        assertThat(voters.find()).isTrue();

        shortcut(KeyCode.ALT, KeyCode.DIGIT3);
        String speaker = lookup("#rollCallTable").<TableView<vn.sochibo.ui.meetings.RollCallModel.Row>>query()
                .getItems().get(0).member().fullName();
        typeInto("#speakerQuery", Text.fold(speaker));
        await("the speaker is found", () -> label("#speakerMatch").contains(speaker));
        typeInto("#contributionText", "Nhat tri.");
        type(KeyCode.ENTER);
        await("the contribution is listed", () -> lookup("#contributions").<ListView<?>>query().getItems().size() == 1);
        assertThat(lookup("#speakerQuery").query().isFocused()).as("ready for the next speaker").isTrue();

        shortcut(KeyCode.ALT, KeyCode.DIGIT4);
        typeInto("#voteQuestion", "Thong qua");
        typeInto("#voteInFavour", String.valueOf(Integer.parseInt(voters.group(1)) - 1));
        clickOn("#addVote");
        await("a vote that does not add up is refused", () -> lookup((Label l) -> l.getText() != null
                && l.getText().startsWith("Số phiếu không khớp") && l.isVisible()).tryQuery().isPresent());
        assertThat(lookup("#votes").<ListView<?>>query().getItems()).isEmpty();
        doubleClickOn("#voteInFavour");
        write(voters.group(1));
        clickOn("#addVote");
        await("the vote is listed", () -> lookup("#votes").<ListView<?>>query().getItems().size() == 1);

        shortcut(KeyCode.ALT, KeyCode.DIGIT1);
        typeInto("#startTime", "14:00");
        typeInto("#endTime", "16:00");
        typeInto("#place", "Hoi truong");
        shortcut(KeyCode.ALT, KeyCode.DIGIT6);
        typeInto("#score-time", "5");
        typeInto("#score-conduct", "28");
        await("the total is shown", () -> label("#scoreTotal").startsWith("Tổng điểm: 33/100"));
        await("the draft is saved", () -> label("#saveStatus").startsWith("Đã lưu lúc"));

        clickOn("#finalizeMeeting");
        await("the confirmation asks", () -> lookup((Button b) -> "Chốt biên bản".equals(b.getText())).tryQuery()
                .isPresent());
        clickOn(lookup((Button b) -> "Chốt biên bản".equals(b.getText())).<Button>query());
        await("the meeting is finalized", () -> label("#meetingState").startsWith("Đã chốt số"));
        String state = label("#meetingState");
        assertThat(state).matches("Đã chốt số \\d\\d");
        await("the list shows it finalized", () -> lookup("#meetingList").<ListView<?>>query().getItems().stream()
                .anyMatch(r -> r.toString().contains(state)));
        assertThat(lookup("#finalizeMeeting").query().isDisabled()).isTrue();

        // A mistake found later is corrected by a numbered addendum, not by editing the finalized minutes.
        clickOn("#correctMeeting");
        await("the correction form opens", () -> lookup("#correctionReason").tryQuery().isPresent());
        clickOn("#correctionForm-save");
        await("an empty addendum is refused", () -> lookup((Label l) -> "Hãy ghi lý do đính chính.".equals(l.getText())
                && l.isVisible()).tryQuery().isPresent());
        typeInto("#correctionReason", "Ghi nham dia diem");
        typeInto("#correctionLocation1", "Phan dia diem");
        typeInto("#correctionRecorded1", "Hoi truong");
        typeInto("#correctionCorrected1", "Nha van hoa thon");
        clickOn("#correctionForm-save");
        await("the addendum is recorded", () -> lookup((Button b) -> "Đóng".equals(b.getText())).tryQuery()
                .isPresent());
        clickOn(lookup((Button b) -> "Đóng".equals(b.getText())).<Button>query());
        await("the editor lists it", () -> label("#meetingCorrections").startsWith("Phụ lục đính chính: biên bản số 01"));
    }
}
