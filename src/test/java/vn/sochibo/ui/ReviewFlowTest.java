package vn.sochibo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.review.ReviewService;
import vn.sochibo.application.review.ReviewViews.Participant;
import vn.sochibo.domain.meeting.Attendance;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.review.LevelVote;
import vn.sochibo.domain.review.MemberReview;
import vn.sochibo.domain.review.ReviewLevel;
import vn.sochibo.domain.review.ReviewPeriod;
import vn.sochibo.domain.review.SelfReview;
import vn.sochibo.ui.common.DateText;
import vn.sochibo.ui.reviews.ReviewsViewModel;

/**
 * On the demo cell (this year's review in progress, last year's finalized): the secretary opens "Kiểm điểm" with
 * Ctrl+3, opens one member's sheet, types the self-review and the scores and sees the level they imply, records the
 * cell's vote (a miscount refused first), finalizes the review after reading the warnings, and enters the level the
 * upper committee decided. The other members' votes and the review meeting are recorded beforehand through the
 * service, as if done earlier.
 */
class ReviewFlowTest extends HeadlessAppTest {
    private final List<AppServices> opened = new CopyOnWriteArrayList<>();

    private AppServices current() {
        return opened.get(opened.size() - 1);
    }

    private String label(String query) {
        return lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private boolean visible(String query) {
        return lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    private void setText(String query, String value) {
        TextField field = lookup(query).query();
        interact(() -> field.setText(value));
    }

    private boolean idle() {
        WaitForAsyncUtils.waitForFxEvents();
        return true;
    }

    @Test
    void reviewOneMemberFinalizeAndEnterTheUpperLevel() throws Exception {
        LocalDate today = LocalDate.now();
        UUID memberId;
        String name;
        int voters;
        try (AppServices services = Services.open(folder)) {
            services.demo().create();
            ReviewService reviews = services.reviews();
            ReviewPeriod p = reviews.ofYear(today.getYear()).orElseThrow();
            List<Participant> included = reviews.participants(p.id()).stream().filter(Participant::included)
                    .toList();
            List<Meeting.RollCallEntry> roll = new ArrayList<>();
            for (Participant x : reviews.participants(p.id())) {
                roll.add(new Meeting.RollCallEntry(x.memberId(), Attendance.PRESENT, null));
            }
            reviews.save(p.withMeeting(new ReviewPeriod.ReviewMeeting(today, null, null, "Hội trường thôn",
                    included.get(0).memberId(), included.get(1).memberId(), roll, List.of(), null)));
            voters = reviews.eligibleVoters(p.id());
            // The member reviewed on screen has no self-review yet (the demo wrote three).
            Participant target = included.get(4);
            memberId = target.memberId();
            name = target.fullName();
            for (Participant x : included) {
                if (!x.memberId().equals(memberId)) {
                    reviews.recordVote(p.id(), x.memberId(), new LevelVote(0, voters, 0, 0));
                }
            }
        }
        startApp(f -> {
            AppServices s = Services.open(f);
            opened.add(s);
            return s;
        });
        press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        TableView<ReviewsViewModel.ParticipantRow> table = lookup("#reviewParticipants").query();
        await("this year's review is shown", 20, () -> !table.getItems().isEmpty());
        ComboBox<ReviewsViewModel.PeriodRow> period = lookup("#reviewPeriod").query();
        assertThat(period.getValue().year()).isEqualTo(today.getYear());
        assertThat(period.getValue().finalized()).isFalse();
        assertThat(period.getItems()).anySatisfy(r -> assertThat(r.label()).contains("đã chốt"));

        ReviewsViewModel.ParticipantRow row = table.getItems().stream().filter(r -> r.memberId().equals(memberId))
                .findFirst().orElseThrow();
        interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(row);
        });
        type(KeyCode.ENTER);
        await("the member's sheet is open", () -> visible("#reviewSheet")
                && label("#reviewSheetTitle").contains(name));

        // The first section has the focus: the secretary types into it.
        write("Kien dinh lap truong");
        setText("#reviewScore-politics", "8");
        setText("#reviewScore-ethics", "8");
        setText("#reviewScore-discipline", "7");
        setText("#reviewScore-workStyle", "6,5");
        setText("#reviewScore-duties", "42");
        assertThat(label("#reviewImplied")).isEqualTo("Tổng điểm 71,5: Hoàn thành tốt nhiệm vụ");
        setText("#reviewScore-duties", "30");
        assertThat(label("#reviewImplied")).isEqualTo("Tổng điểm 59,5: Hoàn thành nhiệm vụ");
        setText("#reviewScore-duties", "45");
        setText("#reviewScore-cellTasks", "9");
        setText("#reviewScore-pledges", "8");
        assertThat(label("#reviewImplied")).isEqualTo("Tổng điểm 91,5: Hoàn thành xuất sắc nhiệm vụ");
        ComboBox<ReviewLevel> selfLevel = lookup("#reviewSelfLevel").query();
        interact(() -> selfLevel.setValue(ReviewLevel.GOOD));
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        await("the sheet is saved", () -> "Đã lưu phiếu kiểm điểm.".equals(label("#reviewSheetMessage")));

        assertThat(label("#reviewVoters")).contains(String.valueOf(voters));
        setText("#reviewVote-GOOD", String.valueOf(voters - 1));
        // Enter in a count records the vote.
        TextField good = lookup("#reviewVote-GOOD").query();
        interact(good::requestFocus);
        type(KeyCode.ENTER);
        await("a miscount is refused", () -> label("#reviewVoteProblem").startsWith("Số phiếu không khớp"));
        setText("#reviewVote-EXCELLENT", "1");
        interact(good::requestFocus);
        type(KeyCode.ENTER);
        await("the vote is recorded", () -> label("#reviewCellLevel").endsWith("Hoàn thành tốt nhiệm vụ")
                && label("#reviewVoteProblem").isEmpty());

        type(KeyCode.ESCAPE);
        await("back on the list", () -> visible("#reviewParticipants") && idle());

        clickOn("#finalizeReview");
        await("the warnings are shown", () -> lookup((Button b) -> "Chốt kết quả".equals(b.getText())).tryQuery()
                .isPresent());
        assertThat(label("#dialogMessage")).startsWith("Cần lưu ý trước khi chốt:")
                .contains("Chưa có bản tự kiểm điểm");
        clickOn(lookup((Button b) -> "Chốt kết quả".equals(b.getText())).<Button>query());
        await("the review is finalized", 20, () -> lookup("#reviewPeriod").<ComboBox<ReviewsViewModel.PeriodRow>>query()
                .getValue().finalized());
        assertThat(lookup("#finalizeReview").query().isDisabled()).isTrue();

        ReviewsViewModel.ParticipantRow again = table.getItems().stream()
                .filter(r -> r.memberId().equals(memberId)).findFirst().orElseThrow();
        interact(() -> table.getSelectionModel().select(again));
        clickOn("#recordFinalLevel");
        await("the final level form opens", () -> lookup("#finalDecisionNumber").tryQuery().isPresent());
        ComboBox<ReviewLevel> level = lookup("#finalLevelChoice").query();
        interact(() -> level.setValue(ReviewLevel.GOOD));
        setText("#finalDecisionNumber", "25-QĐ/ĐU");
        DatePicker date = lookup("#finalDecisionDate").query();
        interact(() -> date.getEditor().setText(DateText.format(today)));
        clickOn("#finalLevelForm-save");
        await("the final level is listed", () -> lookup("#finalDecisionNumber").tryQuery().isEmpty()
                && table.getItems().stream().anyMatch(r -> r.memberId().equals(memberId)
                        && "HTTNV".equals(r.finalLevel())));

        ReviewService reviews = current().reviews();
        ReviewPeriod p = reviews.ofYear(today.getYear()).orElseThrow();
        assertThat(p.isFinalized()).isTrue();
        MemberReview stored = reviews.sheet(p.id(), memberId).review();
        assertThat(stored.selfReview().text(SelfReview.Section.STRENGTH_POLITICS)).isEqualTo("Kien dinh lap truong");
        assertThat(stored.scores().get("duties")).isEqualByComparingTo(new BigDecimal("45"));
        assertThat(stored.scores().get("workStyle")).isEqualByComparingTo(new BigDecimal("6.5"));
        assertThat(stored.selfLevel()).isEqualTo(ReviewLevel.GOOD);
        assertThat(stored.vote()).isEqualTo(new LevelVote(1, voters - 1, 0, 0));
        assertThat(stored.cellLevel()).isEqualTo(ReviewLevel.GOOD);
        assertThat(reviews.finalLevels(p.id())).singleElement().satisfies(f -> {
            assertThat(f.memberId()).isEqualTo(memberId);
            assertThat(f.level()).isEqualTo(ReviewLevel.GOOD);
            assertThat(f.decisionNumber()).isEqualTo("25-QĐ/ĐU");
            assertThat(f.decisionDate()).isEqualTo(today);
        });
    }
}
