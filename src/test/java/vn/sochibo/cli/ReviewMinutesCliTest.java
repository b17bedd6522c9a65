package vn.sochibo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sochibo.cli.CliRun.CLOCK;
import static vn.sochibo.cli.CliRun.run;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.domain.review.ReviewPeriod;

/** review minutes (and review addendum) end to end on a demo data folder: 2025 finalized, 2026 a draft. */
class ReviewMinutesCliTest {
    @TempDir
    Path temp;

    private static String pdfText(Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private Path demo() {
        Path data = temp.resolve("data");
        try (AppServices s = Services.open(data, CLOCK)) {
            s.demo().create();
        }
        return data;
    }

    @Test
    void writesTheYearsMinutesAndRefusesAYearWithoutReview() throws IOException {
        Path data = demo();
        ReviewPeriod p;
        try (AppServices s = Services.open(data, CLOCK)) {
            p = s.reviews().ofYear(2025).orElseThrow();
        }
        Path file = temp.resolve("out/bien-ban-kiem-diem.pdf");
        CliRun.Result done = run("review", "minutes", "--year", "2025", "--out", file.toString(), "--data", data.toString());
        assertThat(done.code()).as(done.err()).isZero();
        assertThat(done.out()).contains("Đã ghi biên bản hội nghị kiểm điểm ra");
        assertThat(pdfText(file)).contains(String.format("Số %02d-BBKĐ/CB", p.finalization().number()),
                "hội nghị kiểm điểm, đánh giá, xếp loại chất lượng đảng viên năm 2025", "NGƯỜI GHI BIÊN BẢN",
                "CHỦ TRÌ");

        Path none = temp.resolve("none.pdf");
        CliRun.Result refused = run("review", "minutes", "--year", "2019", "--out", none.toString(), "--data", data.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("Năm 2019 chưa có kỳ kiểm điểm.");
        assertThat(none).doesNotExist();
    }

    @Test
    void recordsAnAddendumToAFinalizedReviewAndRefusesOneOnADraft() throws IOException {
        Path data = demo();
        CliRun.Result done = run("review", "addendum", "--year", "2025", "--date", "20/01/2026", "--reason",
                "Ghi nhầm số phiếu.", "--item", "Mục III, dòng 7|18 phiếu|17 phiếu", "--by", "Nguyễn Thị Hồng Nhung",
                "--data", data.toString());
        assertThat(done.code()).as(done.err()).isZero();
        assertThat(done.out()).contains("Đã ghi phụ lục đính chính số 1 của biên bản hội nghị kiểm điểm");
        try (AppServices s = Services.open(data, CLOCK)) {
            ReviewPeriod p = s.reviews().ofYear(2025).orElseThrow();
            assertThat(s.reviews().addenda(p.id())).singleElement().satisfies(a -> {
                assertThat(a.location()).isEqualTo("Mục III, dòng 7");
                assertThat(a.recorded()).isEqualTo("18 phiếu");
                assertThat(a.corrected()).isEqualTo("17 phiếu");
                assertThat(a.recordedBy()).isEqualTo("Nguyễn Thị Hồng Nhung");
            });
            assertThat(s.reviews().verify()).isEmpty();
        }
        Path file = temp.resolve("bb.pdf");
        assertThat(run("review", "minutes", "--year", "2025", "--out", file.toString(), "--data", data.toString())
                .code()).isZero();
        assertThat(pdfText(file)).contains("PHỤ LỤC ĐÍNH CHÍNH SỐ 01", "17 phiếu");

        CliRun.Result draft = run("review", "addendum", "--year", "2026", "--reason", "Sửa.", "--item", "Mục I||x",
                "--by", "A", "--data", data.toString());
        assertThat(draft.code()).isEqualTo(1);
        assertThat(draft.err()).contains("Chỉ lập phụ lục đính chính cho kỳ kiểm điểm đã chốt");
        CliRun.Result badItem = run("review", "addendum", "--year", "2025", "--reason", "Sửa.", "--item", "Mục I",
                "--by", "A", "--data", data.toString());
        assertThat(badItem.code()).isEqualTo(1);
        assertThat(badItem.err()).contains("cần đúng ba phần ngăn bởi dấu |");
        CliRun.Result missing = run("review", "addendum", "--year", "2025", "--item", "a|b|c", "--by", "A",
                "--data", data.toString());
        assertThat(missing.code()).isEqualTo(2);
        try (AppServices s = Services.open(data, CLOCK)) {
            assertThat(s.reviews().addenda(s.reviews().ofYear(2025).orElseThrow().id())).hasSize(1);
        }
    }
}
