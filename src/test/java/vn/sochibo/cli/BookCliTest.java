package vn.sochibo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sochibo.cli.CliRun.CLOCK;
import static vn.sochibo.cli.CliRun.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;

/** book minutes, book resolutions and members dossier end to end on a demo data folder. */
class BookCliTest {
    @TempDir
    static Path temp;
    static Path data;
    static UUID member;

    @BeforeAll
    static void demo() {
        data = temp.resolve("data");
        try (AppServices s = Services.open(data, CLOCK)) {
            s.demo().create();
            member = s.members().all().get(0).id();
        }
    }

    private static PDDocument load(Path file) throws IOException {
        return Loader.loadPDF(file.toFile());
    }

    @Test
    void writesTheMinutesBookOfAYearAndTheResolutionsBookOfTheTerm() throws IOException {
        Path minutes = temp.resolve("books/so-bien-ban-2025.pdf");
        CliRun.Result r = run("book", "minutes", "--year", "2025", "--out", minutes.toString(), "--data", data.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Đã ghi sổ biên bản ra " + minutes.toAbsolutePath() + ": 16 biên bản, ");
        try (PDDocument pdf = load(minutes)) {
            String cover = new PDFTextStripper() {
                {
                    setEndPage(1);
                }
            }.getText(pdf).replaceAll("\\s+", " ");
            assertThat(cover).contains("SỔ BIÊN BẢN SINH HOẠT CHI BỘ", "Năm 2025", "Gồm 16 biên bản đã hoàn tất.");
            assertThat(r.out()).contains(pdf.getNumberOfPages() + " trang");
        }
        try (var files = Files.list(minutes.getParent())) {
            // Written beside the target and moved into place: no partial file left behind.
            assertThat(files.map(p -> p.getFileName().toString())).allMatch(n -> !n.endsWith(".part"));
        }

        Path resolutions = temp.resolve("books/so-nghi-quyet.pdf");
        CliRun.Result t = run("book", "resolutions", "--term", "--out", resolutions.toString(), "--data", data.toString());
        assertThat(t.code()).as(t.err()).isZero();
        assertThat(t.out()).startsWith("Đã ghi sổ nghị quyết ra ");
        try (PDDocument pdf = load(resolutions)) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains("SỔ NGHỊ QUYẾT",
                    "Nhiệm kỳ ");
        }

        Path range = temp.resolve("books/quy-1.pdf");
        CliRun.Result q = run("book", "minutes", "--from", "01/01/2025", "--to", "31/03/2025", "--out", range.toString(),
                "--data", data.toString());
        assertThat(q.code()).as(q.err()).isZero();
        try (PDDocument pdf = load(range)) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("Từ ngày 01/01/2025 đến ngày 31/03/2025");
        }
    }

    @Test
    void refusesAnEmptyPeriodAndBadArgumentsInWordsWithoutAFile() {
        Path out = temp.resolve("none/so.pdf");
        CliRun.Result empty = run("book", "minutes", "--year", "2019", "--out", out.toString(), "--data", data.toString());
        assertThat(empty.code()).isEqualTo(1);
        assertThat(empty.err()).contains("Năm 2019: chưa có biên bản nào đã hoàn tất (0 bản nháp chưa hoàn tất). "
                + "Không tạo sổ.");
        CliRun.Result two = run("book", "minutes", "--year", "2025", "--term", "--out", out.toString(), "--data",
                data.toString());
        assertThat(two.code()).isEqualTo(1);
        assertThat(two.err()).contains("Hãy chọn đúng một kỳ cho sổ");
        CliRun.Result reversed = run("book", "resolutions", "--from", "31/03/2025", "--to", "01/01/2025", "--out",
                out.toString(), "--data", data.toString());
        assertThat(reversed.code()).isEqualTo(1);
        assertThat(reversed.err()).contains("Ngày kết thúc (01/01/2025) trước ngày bắt đầu (31/03/2025).");
        CliRun.Result notADate = run("book", "minutes", "--from", "hôm qua", "--to", "01/01/2025", "--out", out.toString(),
                "--data", data.toString());
        assertThat(notADate.code()).isEqualTo(1);
        assertThat(notADate.err()).contains("“hôm qua” không phải một ngày");
        assertThat(out.getParent()).doesNotExist();
    }

    @Test
    void writesAMembersDossierAndRefusesAnUnknownMember() throws IOException {
        Path out = temp.resolve("out/ho-so.pdf");
        CliRun.Result r = run("members", "dossier", "--member", member.toString(), "--year", "2025", "--out", out.toString(),
                "--data", data.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Đã ghi hồ sơ đồng chí ", ", năm 2025 ra " + out.toAbsolutePath());
        try (PDDocument pdf = load(out)) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains("HỒ SƠ ĐẢNG VIÊN",
                    "II. THAM GIA SINH HOẠT CHI BỘ NĂM 2025");
        }
        Path none = temp.resolve("nobody/ho-so.pdf");
        CliRun.Result unknown = run("members", "dossier", "--member", UUID.randomUUID().toString(), "--year", "2025",
                "--out", none.toString(), "--data", data.toString());
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("Không tìm thấy đảng viên có mã");
        assertThat(none.getParent()).doesNotExist();
    }
}
