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
import vn.sochibo.application.pledge.YearOverview;

/** pledges list, summary and form end to end on a demo data folder. */
class PledgesCliTest {
    @TempDir
    Path temp;

    private static String pdfText(Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void listsSummarisesAndPrintsThePledgesOfAYear() throws IOException {
        Path data = temp.resolve("data");
        YearOverview overview;
        try (AppServices s = Services.open(data, CLOCK)) {
            s.demo().create();
            overview = s.pledges().overview(2026, null);
        }
        YearOverview.Row registered = overview.rows().stream().filter(YearOverview.Row::isRegistered).findFirst()
                .orElseThrow();

        CliRun.Result list = run("pledges", "list", "--year", "2026", "--data", data.toString());
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out().lines()).hasSize(overview.rows().size())
                .contains(String.join("\t", "Cao Văn Lợi", "chưa đăng ký", "0", "0", "–", "0",
                        overview.rows().stream().filter(r -> r.fullName().equals("Cao Văn Lợi")).findFirst()
                                .orElseThrow().memberId().toString()))
                .anyMatch(l -> l.startsWith(registered.fullName() + "\tđã đăng ký 20/12/2025\t"
                        + registered.figures().items() + "\t" + registered.figures().completed() + "\t"));

        CliRun.Result summary = run("pledges", "summary", "--year", "2026", "--data", data.toString());
        assertThat(summary.code()).as(summary.err()).isZero();
        assertThat(summary.out()).contains("Năm 2026 (tính đến 26/11/2026): " + overview.expectedCount()
                        + " đảng viên phải đăng ký, " + overview.registeredExpectedCount() + " đã đăng ký.",
                "Chưa đăng ký: Cao Văn Lợi", "Toàn chi bộ: " + overview.cell().items() + " nội dung");

        Path table = temp.resolve("out/tong-hop.pdf");
        CliRun.Result pdf = run("pledges", "summary", "--year", "2026", "--out", table.toString(), "--data", data.toString());
        assertThat(pdf.code()).as(pdf.err()).isZero();
        assertThat(pdfText(table)).contains("BẢNG TỔNG HỢP", "Toàn chi bộ", "Cao Văn Lợi (chưa đăng ký)");

        Path form = temp.resolve("out/cam-ket.pdf");
        CliRun.Result printed = run("pledges", "form", "--member", registered.memberId().toString(), "--year", "2026",
                "--out", form.toString(), "--data", data.toString());
        assertThat(printed.code()).as(printed.err()).isZero();
        assertThat(printed.out()).contains("Đã ghi bản đăng ký cam kết ra");
        assertThat(pdfText(form)).contains("BẢN ĐĂNG KÝ CAM KẾT", registered.fullName(), "NGƯỜI ĐĂNG KÝ");
    }

    @Test
    void refusesAMemberWithoutPledgeAnUnknownMemberAndAMissingYear() {
        Path data = temp.resolve("data");
        String lợi;
        try (AppServices s = Services.open(data, CLOCK)) {
            s.demo().create();
            lợi = s.pledges().overview(2026, null).notRegistered().stream()
                    .filter(r -> r.fullName().equals("Cao Văn Lợi")).findFirst().orElseThrow().memberId().toString();
        }
        Path out = temp.resolve("x.pdf");
        CliRun.Result none = run("pledges", "form", "--member", lợi, "--year", "2026", "--out", out.toString(),
                "--data", data.toString());
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err()).contains("chưa có bản cam kết năm 2026");
        assertThat(out).doesNotExist();
        CliRun.Result unknown = run("pledges", "form", "--member", "0190a1b2-0000-7000-8000-000000000000", "--year", "2026",
                "--out", out.toString(), "--data", data.toString());
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("Không tìm thấy đảng viên");
        CliRun.Result usage = run("pledges", "list", "--data", data.toString());
        assertThat(usage.code()).isEqualTo(2);
        assertThat(usage.err()).contains("--year");
    }
}
