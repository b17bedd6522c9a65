package vn.sochibo.ui.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.domain.review.ExcellentCondition;
import vn.sochibo.domain.review.MemberReview;
import vn.sochibo.domain.review.PeriodKind;
import vn.sochibo.domain.review.ReviewLevel;
import vn.sochibo.ui.UiFixture;

/**
 * The review screens' view models on the demo cell (today 26/11/2026: this year's review in progress, last year's
 * finalized): the level implied by the scores as they are typed, the vote refused when the counts do not add up,
 * the warnings shown before finalizing, and what a finalized review still allows.
 */
class ReviewViewModelsTest {
    @TempDir
    Path folder;
    UiFixture fx;
    ReviewsViewModel area;
    ReviewSheetViewModel sheet;

    @BeforeEach
    void setUp() {
        fx = new UiFixture(folder);
        fx.services.demo().create();
        area = new ReviewsViewModel(fx.services.reviews(), fx.services.reviewDocuments(), fx.tasks, fx.text,
                fx.errors);
        sheet = new ReviewSheetViewModel(fx.services.reviews(), fx.services.reviewDocuments(), fx.tasks, fx.text);
        area.refresh();
        assertThat(fx.reported).isEmpty();
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private List<ReviewsViewModel.ParticipantRow> included() {
        return area.participants().stream().filter(ReviewsViewModel.ParticipantRow::included).toList();
    }

    private ReviewSheetViewModel.ScoreRow score(String key) {
        return sheet.scores().stream().filter(s -> s.criterion().key().equals(key)).findFirst().orElseThrow();
    }

    /** Review meeting on 20/11/2026, everyone on the roll call present; returns the eligible voters. */
    private int holdTheMeeting() {
        area.meetingDateProperty().set("20/11/2026");
        area.placeProperty().set("Nhà văn hóa thôn");
        area.chairProperty().set(area.members().get(1));
        area.minuteTakerProperty().set(area.members().get(2));
        area.markAllPresent();
        area.saveMeeting(() -> { });
        assertThat(area.meetingProblemProperty().get()).isEmpty();
        return fx.services.reviews().eligibleVoters(area.period().id());
    }

    @Test
    void thisYearsPeriodIsShownWithItsMembersAndLastYearIsInTheHistory() {
        assertThat(area.period().year()).isEqualTo(2026);
        assertThat(area.finalizedProperty().get()).isFalse();
        assertThat(area.periods()).extracting(ReviewsViewModel.PeriodRow::year).contains(2026, 2025);
        assertThat(included()).isNotEmpty();
        assertThat(area.historyYears()).containsExactly("2024", "2025", "2026");
        assertThat(area.history()).isNotEmpty();
        assertThat(area.history().get(0).years().get(1)).isNotEmpty();
    }

    @Test
    void theImpliedLevelFollowsTheScoresAsTheyAreTypedAndABadScoreIsRefused() {
        var member = included().get(1);
        sheet.open(area.period().id(), member.memberId(), () -> { });
        assertThat(sheet.loadedProperty().get()).isTrue();
        assertThat(sheet.impliedProperty().get()).isEqualTo("Chưa chấm điểm.");

        score("politics").valueProperty().set("8");
        score("ethics").valueProperty().set("7,5");
        score("duties").valueProperty().set("45");
        score("cellTasks").valueProperty().set("9");
        assertThat(sheet.impliedProperty().get()).isEqualTo("Tổng điểm 69,5: Hoàn thành nhiệm vụ");
        assertThat(sheet.totalProperty().get()).isEqualTo("69,5");
        assertThat(sheet.impliedLevelProperty().get()).isEqualTo(ReviewLevel.COMPLETED);
        score("pledges").valueProperty().set("0.5");
        assertThat(sheet.totalProperty().get()).isEqualTo("70");
        assertThat(sheet.impliedLevelProperty().get()).isEqualTo(ReviewLevel.GOOD);
        assertThat(sheet.impliedProperty().get()).isEqualTo("Tổng điểm 70: Hoàn thành tốt nhiệm vụ");
        assertThat(sheet.checklist()).filteredOn(c -> c.condition() == ExcellentCondition.SCORE)
                .extracting(ReviewSheetViewModel.ConditionRow::met).containsExactly(false);

        score("cellTasks").valueProperty().set("12");
        assertThat(score("cellTasks").errorProperty().get()).isEqualTo("Điểm phải từ 0 đến 10.");
        sheet.save(() -> { });
        assertThat(sheet.problemProperty().get()).isEqualTo("Điểm phải từ 0 đến 10.");
        assertThat(fx.services.reviews().sheet(area.period().id(), member.memberId()).review().scores()).isEmpty();

        score("cellTasks").valueProperty().set("chín");
        assertThat(score("cellTasks").errorProperty().get()).isEqualTo("Điểm phải là một số, ví dụ 7,5.");
        assertThat(sheet.impliedProperty().get()).isEqualTo("Có ô điểm không phải là số.");

        score("cellTasks").valueProperty().set("9");
        sheet.sectionProperty(vn.sochibo.domain.review.SelfReview.Section.LIMITATIONS).set("Còn chậm.");
        sheet.selfLevelProperty().set(ReviewLevel.GOOD);
        sheet.save(() -> { });
        assertThat(sheet.problemProperty().get()).isEmpty();
        assertThat(sheet.messageProperty().get()).isEqualTo("Đã lưu phiếu kiểm điểm.");
        MemberReview stored = fx.services.reviews().sheet(area.period().id(), member.memberId()).review();
        assertThat(stored.scores()).containsEntry("pledges", new BigDecimal("0.5")).hasSize(5);
        assertThat(stored.selfLevel()).isEqualTo(ReviewLevel.GOOD);
        assertThat(stored.selfReview().text(vn.sochibo.domain.review.SelfReview.Section.LIMITATIONS))
                .isEqualTo("Còn chậm.");
    }

    @Test
    void aVoteThatDoesNotAddUpIsRefusedWithBothNumbers() {
        var member = included().get(0);
        sheet.open(area.period().id(), member.memberId(), () -> { });
        sheet.voteProperty(ReviewLevel.GOOD).set("3");
        sheet.recordVote(() -> { });
        assertThat(sheet.voteProblemProperty().get()).startsWith("Cần ghi ngày họp");

        int voters = holdTheMeeting();
        assertThat(voters).isGreaterThan(2);
        sheet.open(area.period().id(), member.memberId(), () -> { });
        assertThat(sheet.votersProperty().get()).contains(String.valueOf(voters));
        sheet.voteProperty(ReviewLevel.EXCELLENT).set(String.valueOf(voters - 2));
        sheet.voteProperty(ReviewLevel.GOOD).set("1");
        sheet.recordVote(() -> { });
        assertThat(sheet.voteProblemProperty().get()).startsWith("Số phiếu không khớp")
                .contains(String.valueOf(voters - 1)).contains(String.valueOf(voters));
        assertThat(fx.services.reviews().sheet(area.period().id(), member.memberId()).review().vote()).isNull();

        sheet.voteProperty(ReviewLevel.GOOD).set("2");
        sheet.recordVote(() -> { });
        assertThat(sheet.voteProblemProperty().get()).isEmpty();
        assertThat(sheet.cellLevelProperty().get()).isEqualTo("Hoàn thành xuất sắc nhiệm vụ");
        assertThat(fx.services.reviews().sheet(area.period().id(), member.memberId()).review().cellLevel())
                .isEqualTo(ReviewLevel.EXCELLENT);
    }

    @Test
    void finalizingShowsTheQuotaWarningThenLocksTheReviewAndFinalLevelsCanBeEntered() {
        int voters = holdTheMeeting();
        for (var member : included()) {
            sheet.open(area.period().id(), member.memberId(), () -> { });
            sheet.voteProperty(ReviewLevel.EXCELLENT).set(String.valueOf(voters));
            sheet.recordVote(() -> { });
            assertThat(sheet.voteProblemProperty().get()).isEmpty();
        }
        AtomicReference<List<String>> warnings = new AtomicReference<>();
        area.warnings(warnings::set);
        assertThat(warnings.get()).anySatisfy(w -> assertThat(w)
                .startsWith("Số đảng viên được đề nghị xếp loại xuất sắc (" + included().size() + ")")
                .contains("vượt quá 20%"));
        assertThat(warnings.get()).anySatisfy(w -> assertThat(w).startsWith("Chưa có bản tự kiểm điểm"));

        area.finalizePeriod(() -> { });
        assertThat(fx.reported).isEmpty();
        assertThat(area.finalizedProperty().get()).isTrue();
        assertThat(fx.services.reviews().find(area.period().id()).orElseThrow().isFinalized()).isTrue();

        var member = included().get(0);
        sheet.open(area.period().id(), member.memberId(), () -> { });
        assertThat(sheet.readOnlyProperty().get()).isTrue();

        List<String> problems = new ArrayList<>();
        area.recordFinalLevel(member.memberId(), ReviewLevel.GOOD, "15-QĐ/ĐU", "32/12/2026", () -> { },
                problems::add);
        assertThat(problems).containsExactly("Ngày quyết định phải viết theo dạng ngày/tháng/năm.");
        area.recordFinalLevel(member.memberId(), ReviewLevel.GOOD, "", "25/11/2026", () -> { }, problems::add);
        assertThat(problems).hasSize(2).last().isEqualTo("Cần số quyết định của cấp trên.");
        assertThat(fx.services.reviews().finalLevels(area.period().id())).isEmpty();

        area.recordFinalLevel(member.memberId(), ReviewLevel.GOOD, "15-QĐ/ĐU", "25/11/2026", () -> { },
                problems::add);
        assertThat(problems).hasSize(2);
        assertThat(fx.services.reviews().finalLevels(area.period().id())).singleElement()
                .satisfies(f -> {
                    assertThat(f.level()).isEqualTo(ReviewLevel.GOOD);
                    assertThat(f.decisionNumber()).isEqualTo("15-QĐ/ĐU");
                });
        assertThat(area.participants().stream().filter(r -> r.memberId().equals(member.memberId())).findFirst()
                .orElseThrow().finalLevel()).isEqualTo("HTTNV");
    }

    @Test
    void aPeriodIsCreatedDeletedAndAnOverrideNeedsAReason() {
        List<String> problems = new ArrayList<>();
        area.createPeriod(PeriodKind.YEAR, "2026", null, null, "Trùng năm", () -> { }, problems::add);
        assertThat(problems).containsExactly("Năm 2026 đã có kỳ kiểm điểm.");
        area.createPeriod(PeriodKind.QUARTER, null, "01/07/2026", "30/09/2026", "Kiểm điểm quý III", () -> { },
                problems::add);
        assertThat(problems).hasSize(1);
        assertThat(area.period().kind()).isEqualTo(PeriodKind.QUARTER);
        assertThat(area.periods()).hasSize(3);

        var member = included().get(0);
        area.setInclusion(member.memberId(), false, "  ", () -> { }, problems::add);
        assertThat(problems).hasSize(2).last().asString().startsWith("Cần ghi lý do");
        area.setInclusion(member.memberId(), false, "Đang điều trị dài ngày", () -> { }, problems::add);
        assertThat(problems).hasSize(2);
        var row = area.participants().stream().filter(r -> r.memberId().equals(member.memberId())).findFirst()
                .orElseThrow();
        assertThat(row.included()).isFalse();
        assertThat(row.override()).isEqualTo("Chi bộ quyết định miễn: Đang điều trị dài ngày");

        area.deletePeriod(() -> { });
        assertThat(area.periods()).hasSize(2);
        assertThat(area.period().year()).isEqualTo(2026);
        assertThat(area.period().kind()).isEqualTo(PeriodKind.YEAR);
    }

    @Test
    void theSummaryTableAndASelfReviewFormRenderForThePreview() throws Exception {
        byte[] summary = area.summaryForPrint().pdf().call();
        assertThat(new String(summary, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(area.summaryForPrint().fileName()).isEqualTo("tong-hop-xep-loai-2026.pdf");
        var member = included().get(0);
        sheet.open(area.period().id(), member.memberId(), () -> { });
        assertThat(sheet.formForPrint().title()).isEqualTo("Bản tự kiểm điểm – đồng chí " + member.name());
        byte[] form = sheet.formForPrint().pdf().call();
        assertThat(new String(form, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void aSearchHitShowsLastYearsPeriodWhoseMinutesPrintAsFinalized() throws Exception {
        java.util.UUID lastYear = area.periods().stream().filter(r -> r.year() == 2025).findFirst().orElseThrow().id();
        area.showPeriod(lastYear);
        assertThat(area.period().id()).isEqualTo(lastYear);
        assertThat(area.selectedPeriodProperty().get().year()).isEqualTo(2025);
        assertThat(area.finalizedProperty().get()).isTrue();

        var minutes = area.minutesForPrint();
        assertThat(minutes.fileName()).isEqualTo("bien-ban-kiem-diem-2025.pdf");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(minutes.pdf().call())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text).contains("BIÊN BẢN").contains("năm 2025").contains("Mã xác thực")
                    .doesNotContain("BẢN NHÁP");
        }
    }
}
