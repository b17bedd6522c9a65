package vn.sochibo.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.sochibo.pdf.PdfReading.allText;
import static vn.sochibo.pdf.PdfReading.flat;
import static vn.sochibo.pdf.PdfReading.fonts;
import static vn.sochibo.pdf.PdfReading.load;

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
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.review.MemberReview;
import vn.sochibo.domain.review.ReviewLevel;
import vn.sochibo.domain.review.ReviewPeriod;
import vn.sochibo.domain.review.SelfReview;

/** The review's summary table and a member's self-review form, read back from the PDFs (demo cell, 2025). */
class ReviewPdfTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    @TempDir
    Path temp;

    private static void assertA4WithEmbeddedFonts(PDDocument doc) throws IOException {
        for (PDPage page : doc.getPages()) {
            assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), Offset.offset(1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), Offset.offset(1f));
        }
        List<PDFont> fonts = fonts(doc);
        assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
    }

    private static byte[] keep(byte[] pdf, String name) throws IOException {
        String dir = System.getProperty("sochibo.keepPdfs");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, name), pdf);
        }
        return pdf;
    }

    @Test
    void theSummaryListsEachMemberWithTheThreeLevelsAndTheCountsPerLevel() throws IOException {
        try (AppServices s = Services.open(temp, CLOCK)) {
            s.demo().create();
            Summary summary = s.reviews().summaryOfYear(2025);
            assertThat(summary.rows()).isNotEmpty();
            assertThat(summary.finalCounts().unset()).isZero();
            SummaryRow excellent = summary.rows().stream().filter(r -> r.finalLevel() == ReviewLevel.EXCELLENT)
                    .findFirst().orElseThrow();
            int n = summary.rows().size();
            int good = summary.cellCounts().count(ReviewLevel.GOOD);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            s.reviewDocuments().writeSummaryPdf(2025, out);
            try (PDDocument doc = load(keep(out.toByteArray(), "review-summary.pdf"))) {
                assertA4WithEmbeddedFonts(doc);
                String text = flat(allText(doc));
                assertThat(text).contains("ĐẢNG BỘ", "ĐẢNG CỘNG SẢN VIỆT NAM",
                        "BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM 2025",
                        "(theo kết quả hội nghị kiểm điểm của chi bộ ngày 15/12/2025)", excellent.fullName(),
                        "Tự nhận mức xếp loại", "Chi bộ đề nghị", "Cấp trên quyết định",
                        "Tổng số đảng viên được đánh giá, xếp loại: " + n + ".",
                        "Chi bộ đề nghị 1 đảng viên hoàn thành xuất sắc nhiệm vụ và " + good
                                + " đảng viên hoàn thành tốt nhiệm vụ",
                        "T/M CHI BỘ", "BÍ THƯ", "Lưu chi bộ.");
                assertThat(text).contains("1 " + summary.rows().get(0).fullName() + " HTXSNV HTXSNV HTXSNV",
                        "Ghi chú: HTXSNV: hoàn thành xuất sắc nhiệm vụ; HTTNV: hoàn thành tốt nhiệm vụ; "
                                + "HTNV: hoàn thành nhiệm vụ; KHTNV: không hoàn thành nhiệm vụ.");
                // the good row of the counts table: the same count for the three columns in the demo
                String share = good + " (" + percent(100.0 * good / n) + "%)";
                assertThat(text).contains("Hoàn thành tốt nhiệm vụ " + share + " " + share + " " + share);
                assertThat(text.indexOf(summary.rows().get(0).fullName()))
                        .isLessThan(text.indexOf(summary.rows().get(n - 1).fullName()));
            }
        }
    }

    @Test
    void theSelfReviewFormPrintsSectionsOneToSevenAsStoredAndIsRefusedOutsideTheList() throws IOException {
        try (AppServices s = Services.open(temp, CLOCK)) {
            s.demo().create();
            ReviewPeriod p = s.reviews().ofYear(2025).orElseThrow();
            SummaryRow row = s.reviews().summary(p.id()).rows().get(0);
            SelfReview self = s.reviews().sheet(p.id(), row.memberId()).review().selfReview();
            String politics = self.text(SelfReview.Section.STRENGTH_POLITICS);
            assertThat(politics).isNotBlank();

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            s.reviewDocuments().writeSelfReviewFormPdf(p.id(), row.memberId(), out);
            try (PDDocument doc = load(keep(out.toByteArray(), "self-review.pdf"))) {
                assertA4WithEmbeddedFonts(doc);
                String text = flat(allText(doc));
                assertThat(text).contains("BẢN KIỂM ĐIỂM CÁ NHÂN", "đảng viên năm 2025", "Họ và tên: " + row.fullName(),
                        "I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC", "1. Về tư tưởng chính trị", politics,
                        "II. HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN", "VI. PHƯƠNG HƯỚNG, BIỆN PHÁP KHẮC PHỤC",
                        "VII. TỰ NHẬN MỨC XẾP LOẠI CHẤT LƯỢNG",
                        "Bản tự kiểm điểm đã nộp cho chi bộ ngày 10/12/2025.",
                        "Tự nhận mức xếp loại chất lượng năm nay: " + label(row.selfLevel()) + ".",
                        "NGƯỜI TỰ KIỂM ĐIỂM");
                assertThat(text.indexOf("I. ƯU ĐIỂM")).isLessThan(text.indexOf("II. HẠN CHẾ"));
                assertThat(text.indexOf("II. HẠN CHẾ")).isLessThan(text.indexOf("VII. TỰ NHẬN"));
            }

            // This year's review, in progress: a member taken off the list with a reason has no form to print.
            ReviewPeriod current = s.reviews().ofYear(2026).orElseThrow();
            s.reviews().setInclusion(current.id(), row.memberId(), new MemberReview.Inclusion(false, "Đi công tác dài ngày"));
            assertThatThrownBy(() -> s.reviewDocuments().selfReviewForm(current.id(), row.memberId()))
                    .isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(((ValidationException) e).problems())
                            .anyMatch(pr -> pr.messageKey().equals("review.error.notParticipant")));
        }
    }

    private static String percent(double value) {
        java.text.DecimalFormat f = new java.text.DecimalFormat("0.#",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.forLanguageTag("vi-VN")));
        return f.format(value);
    }

    private static String label(ReviewLevel level) {
        return switch (level) {
            case EXCELLENT -> "Hoàn thành xuất sắc nhiệm vụ";
            case GOOD -> "Hoàn thành tốt nhiệm vụ";
            case COMPLETED -> "Hoàn thành nhiệm vụ";
            case NOT_COMPLETED -> "Không hoàn thành nhiệm vụ";
        };
    }
}
