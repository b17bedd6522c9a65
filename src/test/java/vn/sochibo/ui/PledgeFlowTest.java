package vn.sochibo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.document.DocumentPrinter;
import vn.sochibo.domain.common.Ids;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.pledge.FollowUpStatus;
import vn.sochibo.domain.pledge.Pledge;
import vn.sochibo.domain.pledge.PledgeItem;
import vn.sochibo.domain.pledge.PledgeKind;
import vn.sochibo.ui.common.DateText;
import vn.sochibo.ui.meetings.PledgeChecksModel;
import vn.sochibo.ui.pledges.PledgeEditorViewModel;
import vn.sochibo.ui.pledges.PledgesViewModel;

/**
 * On the demo cell: the secretary registers the pledge of a member who has not registered (two items), records a
 * follow-up and sees the overview change; and records a pledge check inside the draft meeting and finds it in the
 * minutes that go to the printer.
 */
class PledgeFlowTest extends HeadlessAppTest {
    private static final String MISSING = "Huỳnh Văn Ân";

    private final List<byte[]> printed = new CopyOnWriteArrayList<>();
    private final DocumentPrinter printer = (pdf, jobName) -> {
        printed.add(pdf);
        return DocumentPrinter.Outcome.PRINTED;
    };

    private void shortcut(KeyCode modifier, KeyCode key) {
        press(modifier, key).release(key, modifier);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String label(String query) {
        return lookup(query).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private void typeInto(String query, String text) {
        clickOn(lookup(query).<Node>query());
        write(text);
    }

    private <T> TableView<T> table(String query) {
        return lookup(query).query();
    }

    private PledgesViewModel.Row overviewRow(String name) {
        return this.<PledgesViewModel.Row>table("#pledgeTable").getItems().stream()
                .filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private boolean visible(String query) {
        return lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void registerAPledgeForAMemberWhoHasNotAndRecordAFollowUp() throws Exception {
        try (AppServices services = Services.open(folder)) {
            services.demo().create();
        }
        startApp();
        String today = DateText.format(LocalDate.now());
        shortcut(KeyCode.CONTROL, KeyCode.DIGIT4);
        await("the overview is shown", 20, () -> lookup("#pledgeTable").tryQuery().isPresent()
                && !table("#pledgeTable").getItems().isEmpty());
        assertThat(label("#pledgesNotRegistered")).startsWith("Chưa đăng ký: 2 (").contains(MISSING);
        assertThat(overviewRow(MISSING).registration()).isEqualTo("Chưa đăng ký");
        assertThat(overviewRow(MISSING).missing()).isTrue();

        TableView<PledgesViewModel.Row> overview = table("#pledgeTable");
        interact(() -> overview.getSelectionModel().select(overviewRow(MISSING)));
        clickOn("#openPledge");
        await("the empty pledge is open", () -> visible("#pledgeEditor")
                && "Chưa có bản cam kết".equals(label("#pledgeState")));
        assertThat(label("#pledgeEditorTitle")).endsWith("đồng chí " + MISSING);

        clickOn("#addPledgeItem");
        await("the item form opens", () -> lookup("#itemContent").tryQuery().isPresent());
        clickOn("#itemForm-save");
        await("a blank content is refused", () -> lookup((Label l) -> "Nội dung cam kết không được để trống."
                .equals(l.getText()) && l.isVisible()).tryQuery().isPresent());
        typeInto("#itemContent", "Hoc tap nghi quyet, viet bai thu hoach");
        typeInto("#itemTarget", "2 bai thu hoach");
        clickOn("#itemForm-save");
        await("the first item is saved", () -> lookup("#itemContent").tryQuery().isEmpty()
                && table("#pledgeItems").getItems().size() == 1);
        assertThat(label("#pledgeState")).isEqualTo("Bản nháp, chưa đăng ký");

        shortcut(KeyCode.CONTROL, KeyCode.N);
        await("the item form opens again", () -> lookup("#itemContent").tryQuery().isPresent());
        ComboBox<PledgeKind> kind = lookup("#itemKind").query();
        interact(() -> kind.setValue(PledgeKind.CHUYEN_MON));
        typeInto("#itemContent", "Hoan thanh tot nhiem vu duoc giao");
        clickOn("#itemForm-save");
        await("the second item is saved", () -> lookup("#itemContent").tryQuery().isEmpty()
                && table("#pledgeItems").getItems().size() == 2);
        List<PledgeEditorViewModel.ItemRow> items = this.<PledgeEditorViewModel.ItemRow>table("#pledgeItems")
                .getItems();
        assertThat(items).extracting(PledgeEditorViewModel.ItemRow::group)
                .containsExactly("Tu dưỡng, rèn luyện", "Nhiệm vụ chuyên môn");
        assertThat(lookup("#addFollowUp").<Button>query().isDisabled()).as("a draft is not followed up").isTrue();

        clickOn("#registerPledge");
        await("the pledge is registered", () -> ("Đã đăng ký ngày " + today).equals(label("#pledgeState")));

        clickOn(lookup("#pledgeItems .table-row-cell").<Node>query());
        clickOn("#addFollowUp");
        await("the follow-up form opens", () -> lookup("#followUpProgress").tryQuery().isPresent());
        ComboBox<FollowUpStatus> status = lookup("#followUpStatus").query();
        interact(() -> status.setValue(FollowUpStatus.HOAN_THANH));
        typeInto("#followUpProgress", "Da viet 2 bai thu hoach");
        typeInto("#followUpEvidence", "Bai thu hoach luu tai chi bo");
        clickOn("#followUpForm-save");
        await("the follow-up is listed", () -> lookup("#followUpProgress").tryQuery().isEmpty()
                && table("#pledgeFollowUps").getItems().size() == 1);
        PledgeEditorViewModel.FollowUpRow f = this.<PledgeEditorViewModel.FollowUpRow>table("#pledgeFollowUps")
                .getItems().get(0);
        assertThat(f.date()).isEqualTo(today);
        assertThat(f.status()).isEqualTo("Hoàn thành");
        assertThat(f.progress()).isEqualTo("Da viet 2 bai thu hoach");
        assertThat(this.<PledgeEditorViewModel.ItemRow>table("#pledgeItems").getItems().get(0).state())
                .isEqualTo("Hoàn thành");

        type(KeyCode.ESCAPE);
        await("the overview shows the new registration", () -> visible("#pledgeTable")
                && overviewRow(MISSING).registered());
        PledgesViewModel.Row row = overviewRow(MISSING);
        assertThat(row.registration()).isEqualTo("Đã đăng ký ngày " + today);
        assertThat(row.missing()).isFalse();
        assertThat(row.items()).isEqualTo(2);
        assertThat(row.completed()).isEqualTo(1);
        assertThat(row.overdue()).isZero();
        assertThat(label("#pledgesNotRegistered")).startsWith("Chưa đăng ký: 1 (").doesNotContain(MISSING);
    }

    /** Registered neither this year nor last in the demo cell. */
    private static final String MEMBER_CHECKED = "Huỳnh Văn Ân";

    @Test
    void aPledgeCheckRecordedInTheDraftMeetingIsPrintedInItsMinutes() throws Exception {
        try (AppServices services = Services.open(folder)) {
            services.demo().create();
            // The demo's draft is this month's regular meeting, or last month's early in a month: the item falls
            // due in its month, in its year (a member who registered neither this year nor last).
            LocalDate draftDay = services.meetings().summaries().stream().filter(m -> !m.isFinalized())
                    .map(m -> m.date()).findFirst().orElseThrow();
            Member an = services.members().all().stream().filter(m -> m.fullName().equals(MEMBER_CHECKED))
                    .findFirst().orElseThrow();
            services.pledges().save(new Pledge(Ids.newId(), an.id(), draftDay.getYear(),
                    LocalDate.of(draftDay.getYear(), 1, 5), List.of(new PledgeItem(Ids.newId(),
                            PledgeKind.LAM_THEO_BAC, "Vận động 10 hộ trồng cây xanh", "10 hộ",
                            YearMonth.from(draftDay).atEndOfMonth(), false))));
        }
        startApp(dataFolder -> Services.open(dataFolder, Clock.systemDefaultZone(), printer));
        shortcut(KeyCode.CONTROL, KeyCode.DIGIT2);
        await("the meetings are listed", 20, () -> lookup("#meetingList").tryQuery().isPresent()
                && !lookup("#meetingList").<ListView<?>>query().getItems().isEmpty());
        ListView<?> list = lookup("#meetingList").query();
        int draft = -1;
        int finalized = -1;
        for (int i = 0; i < list.getItems().size(); i++) {
            String shown = list.getItems().get(i).toString();
            if (shown.contains("Nháp") && draft < 0) {
                draft = i;
            } else if (shown.contains("Thường kỳ") && shown.contains("Đã chốt") && finalized < 0) {
                finalized = i;
            }
        }
        assertThat(draft).as("the demo cell has a draft meeting").isNotNegative();

        // A finalized meeting shows what was checked there, disabled.
        int done = finalized;
        interact(() -> list.getSelectionModel().select(done));
        await("the finalized meeting is open", 20, () -> label("#meetingState").startsWith("Đã chốt"));
        shortcut(KeyCode.ALT, KeyCode.DIGIT7);
        await("its checks are shown", 20, () -> visible("#pledgeChecks")
                && !table("#pledgeChecks").getItems().isEmpty());
        assertThat(lookup("#recordPledgeCheck").<Button>query().isDisabled()).isTrue();
        assertThat(lookup("#pledgeCheckStatus").<Node>query().isDisabled()).isTrue();

        int row = draft;
        interact(() -> list.getSelectionModel().select(row));
        await("the draft is open", 20, () -> "Nháp".equals(label("#meetingState")));
        shortcut(KeyCode.ALT, KeyCode.DIGIT7);
        await("the items due are offered", 20, () -> visible("#pledgeChecks") && this.<PledgeChecksModel.Row>table(
                "#pledgeChecks").getItems().stream().anyMatch(r -> r.member().equals(MEMBER_CHECKED)));
        TableView<PledgeChecksModel.Row> checks = table("#pledgeChecks");
        PledgeChecksModel.Row checked = checks.getItems().stream().filter(r -> r.member().equals(MEMBER_CHECKED))
                .findFirst().orElseThrow();
        assertThat(checked.recordedText()).isEqualTo("Chưa ghi");
        interact(() -> {
            checks.getSelectionModel().select(checked);
            checks.scrollTo(checked);
        });
        ComboBox<FollowUpStatus> status = lookup("#pledgeCheckStatus").query();
        interact(() -> status.setValue(FollowUpStatus.DANG_THUC_HIEN));
        typeInto("#pledgeCheckProgress", "Da van dong 7 ho trong cay");
        clickOn("#recordPledgeCheck");
        await("the check is recorded", () -> checks.getItems().stream().anyMatch(r -> r.member().equals(MEMBER_CHECKED)
                && r.recordedText().equals("Đang thực hiện: Da van dong 7 ho trong cay")));

        clickOn("#minutesPreview");
        await("the pages are shown", 20, () -> label("#previewPage").startsWith("Trang 1/"));
        shortcut(KeyCode.CONTROL, KeyCode.P);
        await("the minutes went to the printer", 20, () -> printed.size() == 1);
        try (PDDocument pdf = Loader.loadPDF(printed.get(0))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains(MEMBER_CHECKED).contains("Vận động 10 hộ trồng cây xanh")
                    .contains("Da van dong 7 ho trong cay");
        }
        type(KeyCode.ESCAPE);
        await("the preview is closed", 20, () -> lookup("#documentPreview").tryQuery().isEmpty());
    }
}
