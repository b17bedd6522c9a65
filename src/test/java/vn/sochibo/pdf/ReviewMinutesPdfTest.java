package vn.sochibo.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sochibo.pdf.PdfReading.allText;
import static vn.sochibo.pdf.PdfReading.flat;
import static vn.sochibo.pdf.PdfReading.fonts;
import static vn.sochibo.pdf.PdfReading.load;
import static vn.sochibo.pdf.PdfReading.pageText;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.review.ReviewViews.Summary;
import vn.sochibo.application.review.ReviewViews.SummaryRow;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.review.LevelVote;
import vn.sochibo.domain.review.MemberReview;
import vn.sochibo.domain.review.ReviewAddendum;
import vn.sochibo.domain.review.ReviewLevel;
import vn.sochibo.domain.review.ReviewPeriod;

/** The review meeting's minutes read back from the PDF: last year's finalized review, this year's draft (demo). */
class ReviewMinutesPdfTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    @TempDir
    Path temp;

    static void assertA4WithEmbeddedFonts(PDDocument doc) throws IOException {
        for (PDPage page : doc.getPages()) {
            assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), Offset.offset(1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), Offset.offset(1f));
        }
        List<PDFont> fonts = fonts(doc);
        assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
    }

    static byte[] keep(byte[] pdf, String name) throws IOException {
        String dir = System.getProperty("sochibo.keepPdfs");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, name), pdf);
        }
        return pdf;
    }

    @Test
    void theFinalizedMinutesNameEveryoneWithTheirVotesLevelsCountsAndTheSignatures() throws IOException {
        try (AppServices s = Services.open(temp, CLOCK)) {
            s.demo().create();
            ReviewPeriod p = s.reviews().ofYear(2025).orElseThrow();
            Summary summary = s.reviews().summary(p.id());
            SummaryRow first = summary.rows().get(0);
            MemberReview part = s.reviews().sheet(p.id(), first.memberId()).review();
            LevelVote vote = part.vote();
            int voters = s.reviews().eligibleVoters(p.id());
            String chair = s.members().find(p.meeting().chairId()).map(Member::fullName).orElseThrow();
            String minuteTaker = s.members().find(p.meeting().minuteTakerId()).map(Member::fullName).orElseThrow();
            int good = summary.cellCounts().count(ReviewLevel.GOOD);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            s.reviewDocuments().writeMinutesPdf(p.id(), out);
            try (PDDocument doc = load(keep(out.toByteArray(), "review-minutes.pdf"))) {
                assertA4WithEmbeddedFonts(doc);
                String text = flat(allText(doc));
                assertThat(text).contains("ĐẢNG BỘ", "ĐẢNG CỘNG SẢN VIỆT NAM",
                        String.format("Số %02d-BBKĐ/CB", p.finalization().number()), "BIÊN BẢN",
                        "hội nghị kiểm điểm, đánh giá, xếp loại chất lượng đảng viên năm 2025",
                        "Thời gian:", "Địa điểm:", "Thành phần:", "Vắng mặt có lý do:",
                        "Chủ trì: đồng chí " + chair, "Người ghi biên bản: đồng chí " + minuteTaker,
                        "I. ĐẢNG VIÊN TRÌNH BÀY BẢN TỰ KIỂM ĐIỂM", "II. Ý KIẾN GÓP Ý CỦA CHI BỘ",
                        "III. BIỂU QUYẾT ĐỀ NGHỊ MỨC XẾP LOẠI", "IV. KẾT QUẢ XẾP LOẠI CHI BỘ ĐỀ NGHỊ",
                        "V. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ",
                        "số đảng viên chính thức có mặt tham gia biểu quyết: " + voters + " đồng chí",
                        "Hoàn thành tốt nhiệm vụ: " + good + " (",
                        "NGƯỜI GHI BIÊN BẢN", "CHỦ TRÌ", "Mã xác thực: " + p.finalization().contentHash().substring(0, 8));
                assertThat(text).doesNotContain("BẢN NHÁP");
                // the first member's row of the vote table: votes per level with their share, then the level
                assertThat(text).contains("1 " + first.fullName() + " " + cell(vote.excellent(), voters) + " "
                        + cell(vote.good(), voters) + " " + cell(vote.completed(), voters) + " "
                        + cell(vote.notCompleted(), voters) + " " + ReviewMinutesPdfTestSupport.abbreviation(part.cellLevel()));
                assertThat(text).contains("Đồng chí " + first.fullName() + ": tự nhận mức "
                        + ReviewMinutesPdfTestSupport.lower(part.selfLevel()));
                assertThat(text.indexOf("I. ĐẢNG VIÊN")).isLessThan(text.indexOf("III. BIỂU QUYẾT"));
                assertThat(text.lastIndexOf(chair)).isGreaterThan(text.indexOf("V. KẾT LUẬN"));
            }
        }
    }

    private static String cell(int votes, int voters) {
        return votes == 0 ? "0" : votes + " (" + ReviewMinutesPdfTestSupport.percent(votes, voters) + "%)";
    }

    @Test
    void aDraftReviewPrintsAsADraftWithABlankNumberOnEveryPage() throws IOException {
        try (AppServices s = Services.open(temp, CLOCK)) {
            s.demo().create();
            ReviewPeriod p = s.reviews().ofYear(2026).orElseThrow();
            assertThat(p.isFinalized()).isFalse();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            s.reviewDocuments().writeMinutesPdf(p.id(), out);
            try (PDDocument doc = load(keep(out.toByteArray(), "review-minutes-draft.pdf"))) {
                assertA4WithEmbeddedFonts(doc);
                for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                    assertThat(pageText(doc, i).replaceAll("\\s+", "")).as("page " + i).contains("BẢNNHÁP");
                }
                String text = flat(allText(doc));
                assertThat(text).contains("Số -BBKĐ/CB", "năm 2026", "tự nhận mức hoàn thành tốt nhiệm vụ",
                        "chưa có bản tự kiểm điểm", "Có mặt: ……………", "Vắng mặt có lý do: ……………")
                        .doesNotContain("Mã xác thực", "Vắng mặt không có lý do: 2");
            }
        }
    }

    @Test
    void theAddendaPrintAfterTheMinutesWithTheCorrectionTheReasonAndWhoRecordedIt() throws IOException {
        try (AppServices s = Services.open(temp, CLOCK)) {
            s.demo().create();
            ReviewPeriod p = s.reviews().ofYear(2025).orElseThrow();
            ReviewAddendum a = s.reviews().addAddendum(p.id(), new ReviewAddendum.Draft(
                    java.time.LocalDate.of(2026, 1, 20), "Mục III, dòng 7", "18 phiếu hoàn thành nhiệm vụ",
                    "17 phiếu hoàn thành nhiệm vụ", "Ghi nhầm số phiếu khi tổng hợp.", "Nguyễn Thị Hồng Nhung"));
            String code = String.format("%02d-BBKĐ/CB", p.finalization().number());

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            s.reviewDocuments().writeMinutesPdf(p.id(), out);
            try (PDDocument doc = load(keep(out.toByteArray(), "review-minutes-addendum.pdf"))) {
                assertA4WithEmbeddedFonts(doc);
                String last = flat(pageText(doc, doc.getNumberOfPages()));
                assertThat(last).contains("Số " + code, "PHỤ LỤC ĐÍNH CHÍNH SỐ 01", "kèm theo biên bản số " + code,
                        "Lý do đính chính: Ghi nhầm số phiếu khi tổng hợp.", "Mục III, dòng 7",
                        "18 phiếu hoàn thành nhiệm vụ", "17 phiếu hoàn thành nhiệm vụ",
                        "Người lập phụ lục: Nguyễn Thị Hồng Nhung.", "NGƯỜI GHI BIÊN BẢN", "CHỦ TRÌ",
                        "Mã xác thực: " + a.contentHash().substring(0, 8));
                String all = flat(allText(doc));
                assertThat(all.indexOf("PHỤ LỤC ĐÍNH CHÍNH")).isGreaterThan(all.indexOf("Biên bản đã được đọc lại"));
            }
        }
    }
}
