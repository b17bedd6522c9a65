package vn.sochibo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sochibo.cli.CliRun.CLOCK;
import static vn.sochibo.cli.CliRun.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.review.ReviewViews.Summary;
import vn.sochibo.application.review.ReviewViews.SummaryRow;
import vn.sochibo.domain.review.ReviewLevel;

/** review summary and review form end to end on a demo data folder (last year's review finalized). */
class ReviewCliTest {
    @TempDir
    Path temp;

    private static String pdfText(Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void printsTheYearsLevelsCountsAndQuotaAsTextAndAsPdf() throws IOException {
        Path data = temp.resolve("data");
        Summary summary;
        try (AppServices s = Services.open(data, CLOCK)) {
            s.demo().create();
            summary = s.reviews().summaryOfYear(2025);
        }
        int n = summary.rows().size();
        int excellent = summary.finalCounts().count(ReviewLevel.EXCELLENT);
        int good = summary.finalCounts().count(ReviewLevel.GOOD);
        assertThat(excellent).isEqualTo(1);
        SummaryRow first = summary.rows().get(0);

        CliRun.Result text = run("review", "summary", "--year", "2025", "--data", data.toString());
        assertThat(text.code()).as(text.err()).isZero();
        List<String> lines = text.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Họ và tên\tTự nhận\tChi bộ đề nghị\tCấp trên quyết định");
        assertThat(lines.subList(1, n + 1)).allSatisfy(l -> assertThat(l.split("\t")).hasSize(4));
        assertThat(lines.get(1)).isEqualTo(String.join("\t", first.fullName(), "Hoàn thành xuất sắc nhiệm vụ",
                "Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành xuất sắc nhiệm vụ"));
        String one = "1 (" + percent(100.0 / n) + "%)";
        String goods = good + " (" + percent(100.0 * good / n) + "%)";
        assertThat(lines).contains(
                "Số lượng và tỷ lệ theo mức xếp loại (trên " + n
                        + " đảng viên được đánh giá, xếp loại): tự nhận, chi bộ đề nghị, cấp trên quyết định.",
                String.join("\t", "Hoàn thành xuất sắc nhiệm vụ", one, one, one),
                String.join("\t", "Hoàn thành tốt nhiệm vụ", goods, goods, goods),
                String.join("\t", "Không hoàn thành nhiệm vụ", "0 (0%)", "0 (0%)", "0 (0%)"),
                "Giới hạn xuất sắc (chi bộ đề nghị): 1 xuất sắc, " + good + " tốt; tối đa 20% số tốt, tức "
                        + good / 5 + ": trong giới hạn.",
                "Giới hạn xuất sắc (cấp trên quyết định): 1 xuất sắc, " + good + " tốt; tối đa 20% số tốt, tức "
                        + good / 5 + ": trong giới hạn.");

        Path table = temp.resolve("out/xep-loai.pdf");
        CliRun.Result pdf = run("review", "summary", "--year", "2025", "--out", table.toString(), "--data", data.toString());
        assertThat(pdf.code()).as(pdf.err()).isZero();
        assertThat(pdf.out()).contains("Đã ghi bảng tổng hợp kết quả xếp loại ra");
        assertThat(pdfText(table)).contains("XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM 2025", first.fullName(),
                "T/M CHI BỘ");

        Path form = temp.resolve("out/kiem-diem.pdf");
        CliRun.Result printed = run("review", "form", "--member", first.memberId().toString(), "--year", "2025",
                "--out", form.toString(), "--data", data.toString());
        assertThat(printed.code()).as(printed.err()).isZero();
        assertThat(printed.out()).contains("Đã ghi bản kiểm điểm cá nhân ra");
        assertThat(pdfText(form)).contains("BẢN KIỂM ĐIỂM CÁ NHÂN", first.fullName(), "NGƯỜI TỰ KIỂM ĐIỂM");
    }

    @Test
    void refusesAYearWithoutReviewAnUnknownMemberAndAMissingYear() {
        Path data = temp.resolve("data");
        try (AppServices s = Services.open(data, CLOCK)) {
            s.demo().create();
        }
        Path out = temp.resolve("x.pdf");
        CliRun.Result none = run("review", "summary", "--year", "2019", "--data", data.toString());
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err()).contains("Năm 2019 chưa có kỳ kiểm điểm.");
        assertThat(none.out()).isEmpty();
        CliRun.Result nonePdf = run("review", "summary", "--year", "2019", "--out", out.toString(), "--data", data.toString());
        assertThat(nonePdf.code()).isEqualTo(1);
        assertThat(out).doesNotExist();
        CliRun.Result unknown = run("review", "form", "--member", "0190a1b2-0000-7000-8000-000000000000", "--year", "2025",
                "--out", out.toString(), "--data", data.toString());
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("Không tìm thấy đảng viên");
        assertThat(out).doesNotExist();
        CliRun.Result usage = run("review", "summary", "--data", data.toString());
        assertThat(usage.code()).isEqualTo(2);
        assertThat(usage.err()).contains("--year");
    }

    private static String percent(double value) {
        return new java.text.DecimalFormat("0.#",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.forLanguageTag("vi-VN"))).format(value);
    }
}
