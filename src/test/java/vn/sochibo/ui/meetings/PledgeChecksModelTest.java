package vn.sochibo.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.domain.common.Ids;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.pledge.FollowUpStatus;
import vn.sochibo.domain.pledge.Pledge;
import vn.sochibo.domain.pledge.PledgeItem;
import vn.sochibo.domain.pledge.PledgeKind;
import vn.sochibo.ui.UiFixture;

/** The meeting editor's pledge check on the demo cell: recorded at the draft, printed in its minutes. */
class PledgeChecksModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"),
            ZoneId.of("Asia/Ho_Chi_Minh"));

    @TempDir
    Path folder;
    UiFixture fx;
    MeetingEditorViewModel editor;
    PledgeChecksModel checks;
    PledgeItem item;

    @BeforeEach
    void setUp() {
        fx = new UiFixture(folder);
        fx.services.demo().create();
        editor = new MeetingEditorViewModel(fx.services.meetings(), fx.services.members(),
                fx.services.meetingDocuments(), fx.services.settings(), fx.tasks, fx.text, fx.errors,
                new ManualDebouncer(), CLOCK);
        checks = new PledgeChecksModel(editor, fx.services.meetings(), fx.services.pledges(), fx.tasks, fx.text,
                fx.errors);
        // Cao Văn Lợi has not registered this year in the demo: his pledge, due this month, is checked here.
        Member loi = fx.services.members().all().stream().filter(m -> m.fullName().equals("Cao Văn Lợi"))
                .findFirst().orElseThrow();
        item = new PledgeItem(Ids.newId(), PledgeKind.LAM_THEO_BAC, "Vận động 10 hộ trồng cây xanh", "10 hộ",
                LocalDate.of(2026, 11, 30), false);
        fx.services.pledges().save(new Pledge(Ids.newId(), loi.id(), 2026, LocalDate.of(2026, 1, 5),
                List.of(item)));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private Meeting draft() {
        return fx.services.meetings().all().stream().filter(m -> !m.isFinalized()).findFirst().orElseThrow();
    }

    private PledgeChecksModel.Row row() {
        return checks.rows().stream().filter(r -> r.tracked().item().id().equals(item.id())).findFirst()
                .orElseThrow();
    }

    @Test
    void aCheckRecordedAtTheDraftIsStoredWithTheMeetingAndPrintedInItsMinutes() throws Exception {
        Meeting draft = draft();
        editor.load(draft.id());
        assertThat(checks.rows()).hasSize(fx.services.pledges().dueForCheck(draft).size());
        assertThat(row().recorded()).isNull();
        assertThat(row().recordedText()).isEqualTo("Chưa ghi");
        assertThat(row().member()).isEqualTo("Cao Văn Lợi");
        assertThat(checks.summaryProperty().get()).matches("\\d+ nội dung cần kiểm tra, đã ghi \\d+");

        checks.selectedProperty().set(row());
        checks.progressProperty().set("Đã vận động được 7 hộ trồng cây");
        checks.record();
        assertThat(checks.errorProperty().get()).isEqualTo("Hãy chọn tình trạng: đang thực hiện, hoàn thành hoặc chưa đạt.");
        assertThat(fx.services.pledges().followUpsAtMeeting(draft.id()))
                .noneMatch(f -> f.itemId().equals(item.id()));

        checks.statusProperty().set(FollowUpStatus.DANG_THUC_HIEN);
        checks.evidenceProperty().set("Danh sách hộ đăng ký");
        checks.record();
        assertThat(checks.errorProperty().get()).isEmpty();
        assertThat(row().recordedText()).isEqualTo("Đang thực hiện: Đã vận động được 7 hộ trồng cây");
        assertThat(checks.selectedProperty().get()).isEqualTo(row());
        assertThat(fx.services.pledges().followUpsAtMeeting(draft.id())).filteredOn(f -> f.itemId().equals(item.id()))
                .singleElement().satisfies(f -> {
                    assertThat(f.date()).isEqualTo(draft.date());
                    assertThat(f.status()).isEqualTo(FollowUpStatus.DANG_THUC_HIEN);
                    assertThat(f.evidence()).isEqualTo("Danh sách hộ đăng ký");
                });

        // Recording again changes the same check.
        checks.statusProperty().set(FollowUpStatus.HOAN_THANH);
        checks.progressProperty().set("Đã vận động đủ 10 hộ trồng cây");
        checks.record();
        assertThat(fx.services.pledges().followUpsAtMeeting(draft.id())).filteredOn(f -> f.itemId().equals(item.id()))
                .singleElement().satisfies(f -> assertThat(f.status()).isEqualTo(FollowUpStatus.HOAN_THANH));

        String minutes = pdfText(editor.minutesForPrint().pdf().call());
        assertThat(minutes).contains("Cao Văn Lợi").contains("Đã vận động đủ 10 hộ trồng cây")
                .contains("Danh sách hộ đăng ký");

        checks.remove();
        assertThat(row().recorded()).isNull();
        assertThat(pdfText(editor.minutesForPrint().pdf().call())).doesNotContain("Đã vận động đủ 10 hộ");
        assertThat(fx.reported).isEmpty();
    }

    @Test
    void aFinalizedMeetingShowsItsChecksReadOnly() {
        Meeting finalized = fx.services.meetings().all().stream().filter(Meeting::isFinalized)
                .filter(m -> !fx.services.pledges().followUpsAtMeeting(m.id()).isEmpty())
                .max(Comparator.comparing(Meeting::date)).orElseThrow();
        editor.load(finalized.id());
        assertThat(checks.readOnlyProperty().get()).isTrue();
        assertThat(checks.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.recorded()).isNotNull());
        PledgeChecksModel.Row first = checks.rows().get(0);
        checks.selectedProperty().set(first);
        assertThat(checks.statusProperty().get()).isEqualTo(first.recorded().status());
        checks.statusProperty().set(FollowUpStatus.CHUA_DAT);
        checks.record();
        checks.remove();
        assertThat(fx.services.pledges().followUpsAtMeeting(finalized.id())).contains(first.recorded());
        assertThat(checks.errorProperty().get()).isEmpty();
        assertThat(fx.reported).isEmpty();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
