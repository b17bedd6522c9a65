package vn.sochibo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
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
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    @TempDir
    Path temp;

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.execute(args, folder -> Services.open(folder, CLOCK), new PrintWriter(out), new PrintWriter(err));
        return new Result(code, out.toString(), err.toString());
    }

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
        Result done = run("review", "minutes", "--year", "2025", "--out", file.toString(), "--data", data.toString());
        assertThat(done.code()).as(done.err()).isZero();
        assertThat(done.out()).contains("Đã ghi biên bản hội nghị kiểm điểm ra");
        assertThat(pdfText(file)).contains(String.format("Số %02d-BBKĐ/CB", p.finalization().number()),
                "hội nghị kiểm điểm, đánh giá, xếp loại chất lượng đảng viên năm 2025", "NGƯỜI GHI BIÊN BẢN",
                "CHỦ TRÌ");

        Path none = temp.resolve("none.pdf");
        Result refused = run("review", "minutes", "--year", "2019", "--out", none.toString(), "--data", data.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("Năm 2019 chưa có kỳ kiểm điểm.");
        assertThat(none).doesNotExist();
    }
}
