package vn.sochibo.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sochibo.pdf.PdfReading.flat;
import static vn.sochibo.pdf.PdfReading.fonts;
import static vn.sochibo.pdf.PdfReading.load;
import static vn.sochibo.pdf.PdfReading.pageText;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import vn.sochibo.application.document.PartyDocument;
import vn.sochibo.application.meeting.CorrectionDocument;
import vn.sochibo.application.meeting.MeetingDocumentInput;
import vn.sochibo.application.meeting.MeetingDocumentWords;
import vn.sochibo.application.meeting.MeetingFixtures;
import vn.sochibo.application.meeting.MinutesDocument;
import vn.sochibo.application.meeting.ResolutionDocument;
import vn.sochibo.domain.common.Ids;
import vn.sochibo.domain.meeting.Correction;
import vn.sochibo.domain.meeting.Correction.CorrectedDocument;
import vn.sochibo.domain.meeting.MeetingKind;

/** A finalized record printed with its correction addenda after it, read back with PDFBox. */
class CorrectionPdfTest {
    private static final PartyPdfRenderer RENDERER = new PartyPdfRenderer();
    private static final String CORRECTION_HASH = "ab12cd34" + "1".repeat(52) + "ef56";

    private final MeetingFixtures f = new MeetingFixtures();
    private final MeetingDocumentWords words = MeetingDocumentWords.vietnamese();
    private final CorrectionDocument corrections = new CorrectionDocument(words);

    private Correction correction(MeetingDocumentInput in, CorrectedDocument document, int number) {
        return new Correction(Ids.newId(), in.meeting().id(), document, number, LocalDate.of(2026, 11, 20),
                "Ghi nhầm số phiếu khi biểu quyết", List.of(
                        new Correction.Item("Mục V, biểu quyết thứ nhất", "20/20 đồng chí tán thành",
                                "19/20 đồng chí tán thành; 1 ý kiến khác"),
                        new Correction.Item("Phần thành phần", null, "Bổ sung khách mời: đồng chí Lê Văn Tư")),
                Instant.parse("2026-11-20T02:00:00Z"), CORRECTION_HASH, MeetingFixtures.HASH);
    }

    private static byte[] render(List<PartyDocument> docs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.render(docs, out);
        return out.toByteArray();
    }

    private static int pages(PartyDocument doc) throws IOException {
        try (PDDocument pdf = load(render(List.of(doc)))) {
            return pdf.getNumberOfPages();
        }
    }

    @Test
    void minutesPrintWithTheirAddendumOnPagesOfItsOwn() throws IOException {
        MeetingDocumentInput in = f.input(f.meeting(MeetingKind.REGULAR, null, MeetingFixtures.finalization(), 30));
        PartyDocument minutes = new MinutesDocument(words).build(in);
        PartyDocument addendum = corrections.build(in, correction(in, CorrectedDocument.MINUTES, 1));
        int minutesPages = pages(minutes);
        int addendumPages = pages(addendum);
        assertThat(minutesPages).isGreaterThanOrEqualTo(2);

        try (PDDocument pdf = load(render(List.of(minutes, addendum)))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(minutesPages + addendumPages);
            int first = minutesPages + 1;
            String page = flat(pageText(pdf, first));
            assertThat(page).contains("CHI BỘ THÔN TÂN HÒA", "Số 05-BB/CB", "Quảng Trị, ngày 20 tháng 11 năm 2026",
                    "PHỤ LỤC ĐÍNH CHÍNH SỐ 01",
                    "kèm theo biên bản số 05-BB/CB về sinh hoạt chi bộ thường kỳ tháng 11 năm 2026",
                    "Căn cứ Biên bản số 05-BB/CB ngày 03 tháng 11 năm 2026 của Chi bộ Thôn Tân Hòa",
                    "Lý do đính chính: Ghi nhầm số phiếu khi biểu quyết.", "Vị trí", "Đã ghi", "Nay sửa lại là",
                    "Mục V, biểu quyết thứ nhất", "20/20 đồng chí tán thành", "(bỏ sót, chưa ghi)",
                    "Mã xác thực: ab12cd34…ef56")
                    .doesNotContain("Mã xác thực: 3f9a12bc");
            String all = flat(PdfReading.allText(pdf));
            assertThat(all.indexOf("PHỤ LỤC ĐÍNH CHÍNH")).isGreaterThan(all.indexOf("Biên bản đã được đọc lại"))
                    .isGreaterThan(0);
            // Each document numbers its own pages from its page 2: the addendum's first page has no number,
            // the minutes' second page carries "2".
            assertThat(PdfReading.stripText(pdf, first, 0, 19)).isEmpty();
            assertThat(PdfReading.stripText(pdf, 2, 0, 19)).isEqualTo("2");
            assertThat(flat(pageText(pdf, pdf.getNumberOfPages()))).contains("NGƯỜI GHI BIÊN BẢN", "CHỦ TRÌ",
                    "Lê Thị Hoa", "Nguyễn Văn An");
            for (PDFont font : fonts(pdf)) {
                assertThat(font.isEmbedded()).isTrue();
            }
        }
    }

    @Test
    void aResolutionAddendumIsSignedOnBehalfOfTheCell() throws IOException {
        MeetingDocumentInput in = f.finalizedRegular();
        PartyDocument resolution = new ResolutionDocument(words).build(in);
        try (PDDocument pdf = load(render(List.of(resolution,
                corrections.build(in, correction(in, CorrectedDocument.RESOLUTION, 2)))))) {
            String last = flat(pageText(pdf, pdf.getNumberOfPages()));
            assertThat(last).contains("Số 05-NQ/CB", "PHỤ LỤC ĐÍNH CHÍNH SỐ 02", "kèm theo nghị quyết số 05-NQ/CB",
                    "Căn cứ Nghị quyết số 05-NQ/CB", "T/M CHI BỘ", "BÍ THƯ", "Nguyễn Văn An")
                    .doesNotContain("NGƯỜI GHI BIÊN BẢN");
        }
    }

    /** Writes minutes with an addendum into target-docs/meeting-samples to look at them. */
    @Test
    void writesASampleToLookAt() throws IOException {
        Path dir = Path.of(System.getProperty("sochibo.samplesDir", "target-docs/meeting-samples"));
        Files.createDirectories(dir);
        MeetingDocumentInput in = f.finalizedRegular();
        Files.write(dir.resolve("minutes-with-correction.pdf"), render(List.of(new MinutesDocument(words).build(in),
                corrections.build(in, correction(in, CorrectedDocument.MINUTES, 1)))));
        assertThat(dir.resolve("minutes-with-correction.pdf")).isNotEmptyFile();
    }
}
