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
import java.text.Normalizer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.sochibo.application.document.PartyDocument;
import vn.sochibo.application.meeting.MeetingDocumentWords;
import vn.sochibo.application.meeting.MeetingFixtures;
import vn.sochibo.application.meeting.MinutesDocument;
import vn.sochibo.application.meeting.ResolutionDocument;
import vn.sochibo.domain.meeting.MeetingKind;

/** A recorded meeting's minutes and resolution rendered to PDF and read back with PDFBox. */
class MeetingPdfTest {
    private static PartyPdfRenderer renderer;
    private final MeetingFixtures f = new MeetingFixtures();
    private final MinutesDocument minutes = new MinutesDocument(MeetingDocumentWords.vietnamese());
    private final ResolutionDocument resolution = new ResolutionDocument(MeetingDocumentWords.vietnamese());

    @BeforeAll
    static void renderer() {
        renderer = new PartyPdfRenderer();
    }

    @AfterAll
    static void done() {
        renderer = null;
    }

    private static byte[] render(PartyDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(doc, out);
        return out.toByteArray();
    }

    @Test
    void minutesReadBackWithTheirWordsSignaturesAndVoteLine() throws IOException {
        byte[] pdf = render(minutes.build(f.finalizedRegular()));
        try (PDDocument doc = load(pdf)) {
            String text = flat(allText(doc));
            assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
            assertThat(text).contains("ĐẢNG BỘ XÃ HẢI PHONG", "CHI BỘ THÔN TÂN HÒA", "ĐẢNG CỘNG SẢN VIỆT NAM",
                    "Số 05-BB/CB", "BIÊN BẢN", "sinh hoạt chi bộ thường kỳ tháng 11 năm 2026",
                    "Vào lúc 14 giờ 00 phút, ngày 03 tháng 11 năm 2026.",
                    "Đồng chí Trần Thị Cúc: Đề nghị thăm hỏi gia đình đồng chí Nguyễn Văn Phúc.",
                    "Biểu quyết: 18/20 đồng chí tán thành, đạt 90%; 1 không tán thành; 1 ý kiến khác.",
                    "Cuộc họp kết thúc vào lúc 16 giờ 10 phút cùng ngày.",
                    "NGƯỜI GHI BIÊN BẢN", "CHỦ TRÌ", "Lê Thị Hoa", "Nguyễn Văn An", "Mã xác thực: 3f9a12bc…c21e");
            assertThat(text).doesNotContain("BẢN NHÁP", "e\u0302");
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            for (var page : doc.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
            }
            assertThat(fonts(doc)).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("LiberationSerif");
            });
            // The signatures close the last page, after the closing line.
            String last = flat(pageText(doc, doc.getNumberOfPages()));
            assertThat(last).contains("NGƯỜI GHI BIÊN BẢN");
            assertThat(last.indexOf("nhất trí với nội dung biên bản")).isLessThan(last.indexOf("NGƯỜI GHI BIÊN BẢN"));
        }
    }

    @Test
    void aDraftIsWatermarkedAndNumberedWithBlanks() throws IOException {
        byte[] pdf = render(minutes.build(f.input(f.meeting(MeetingKind.REGULAR, null, null, 0))));
        try (PDDocument doc = load(pdf)) {
            String text = allText(doc);
            assertThat(text.replaceAll("\\s", "")).contains("BẢNNHÁP");
            assertThat(text).contains("Số    -BB/CB").doesNotContain("Mã xác thực");
        }
    }

    @Test
    void aLongMeetingBreaksAcrossPagesWithPageNumbers() throws IOException {
        byte[] pdf = render(minutes.build(f.input(f.meeting(MeetingKind.REGULAR, null, MeetingFixtures.finalization(), 80))));
        try (PDDocument doc = load(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(6);
            String text = flat(allText(doc));
            assertThat(text).contains("Ý kiến số 1:", "Ý kiến số 80:", "CHỦ TRÌ");
            assertThat(PdfReading.stripText(doc, 2, 0, 19)).isEqualTo("2");
            assertThat(PdfReading.stripText(doc, 1, 0, 19)).isEmpty();
        }
    }

    @Test
    void resolutionReadsBackSignedOnBehalfOfTheCell() throws IOException {
        byte[] pdf = render(resolution.build(f.finalizedRegular()));
        try (PDDocument doc = load(pdf)) {
            String text = flat(allText(doc));
            assertThat(text).contains("NGHỊ QUYẾT", "Số 05-NQ/CB", "Quảng Trị, ngày 03 tháng 11 năm 2026",
                    "I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT THÁNG 10 NĂM 2026", "Thu hoạch lúa vụ hè thu", "Hoàn thành",
                    "III. PHÂN CÔNG THỰC HIỆN", "Đồng chí Lê Văn Bình", "30/11/2026",
                    "92/100 điểm, xếp loại Tốt", "T/M CHI BỘ", "BÍ THƯ", "Nguyễn Văn An", "Nơi nhận:",
                    "- Đảng ủy xã Hải Phong,", "- Lưu chi bộ.");
            for (PDFont font : fonts(doc)) {
                assertThat(font.isEmbedded()).isTrue();
            }
        }
    }

    /** Writes the sample minutes and resolution into target-docs/meeting-samples to look at them. */
    @Test
    void writesSamplesToLookAt() throws IOException {
        Path dir = Path.of(System.getProperty("sochibo.samplesDir", "target-docs/meeting-samples"));
        Files.createDirectories(dir);
        Files.write(dir.resolve("minutes.pdf"), render(minutes.build(f.finalizedRegular())));
        Files.write(dir.resolve("resolution.pdf"), render(resolution.build(f.finalizedRegular())));
        assertThat(dir.resolve("minutes.pdf")).exists();
    }
}
