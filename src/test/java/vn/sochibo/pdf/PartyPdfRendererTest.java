package vn.sochibo.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.sochibo.pdf.PdfReading.allText;
import static vn.sochibo.pdf.PdfReading.flat;
import static vn.sochibo.pdf.PdfReading.load;
import static vn.sochibo.pdf.PdfReading.pageText;
import static vn.sochibo.pdf.PdfReading.stripText;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.sochibo.application.document.Block;
import vn.sochibo.application.document.Header;
import vn.sochibo.application.document.PartyDocument;
import vn.sochibo.application.document.Run;
import vn.sochibo.application.document.Signature;
import vn.sochibo.application.document.SignatureBlocks;

class PartyPdfRendererTest {
    private static PartyPdfRenderer renderer;

    @BeforeAll
    static void createRenderer() {
        renderer = new PartyPdfRenderer();
    }

    private static PDDocument rendered(PartyDocument doc) {
        return load(PdfReading.render(renderer, doc));
    }

    private static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    @Test
    void capitalisesVietnameseCorrectly() {
        assertThat(PartyPdfRenderer.upper("Đảng bộ xã Hải Phong")).isEqualTo("ĐẢNG BỘ XÃ HẢI PHONG");
        assertThat(PartyPdfRenderer.upper("Chi bộ Thôn Tân Hòa")).isEqualTo("CHI BỘ THÔN TÂN HÒA");
        assertThat(PartyPdfRenderer.upper(nfd("người ghi biên bản"))).isEqualTo("NGƯỜI GHI BIÊN BẢN");
    }

    @Test
    void minutesCarryHeaderTitleBodyAndSignaturesAsExactVietnameseText() throws IOException {
        try (PDDocument pdf = rendered(SampleDocuments.minutes())) {
            String page1 = pageText(pdf, 1);
            List<String> headerLines = page1.lines().map(String::strip).limit(8).toList();
            assertThat(headerLines).contains("ĐẢNG BỘ XÃ HẢI PHONG", "CHI BỘ THÔN TÂN HÒA", "*",
                    "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 05-BB/CB", "BIÊN BẢN",
                    "sinh hoạt chi bộ thường kỳ tháng 11 năm 2026");

            String text = flat(allText(pdf));
            assertThat(text)
                    .contains("Thời gian: Vào lúc 14 giờ 00 phút, ngày 03 tháng 11 năm 2026.")
                    .contains("Biểu quyết: 18/20 đồng chí tán thành, đạt 90%; 1 không tán thành; 1 ý kiến khác.")
                    .contains("Cuộc họp kết thúc vào lúc 16 giờ 10 phút cùng ngày.")
                    .contains("Đồng chí Lê Văn Bình:")
                    .contains("NGƯỜI GHI BIÊN BẢN", "CHỦ TRÌ", "Lê Thị Hoa", "Nguyễn Văn An");
            // Minutes have no date line in the header (their date is in the text), and no recipients here.
            assertThat(stripText(pdf, 1, 0, 45)).doesNotContain("ngày").contains("Số 05-BB/CB");
            assertThat(text).doesNotContain("Nơi nhận");
        }
    }

    @Test
    void resolutionHasDateLineTableSignatureAndRecipients() throws IOException {
        try (PDDocument pdf = rendered(SampleDocuments.resolution())) {
            assertThat(stripText(pdf, 1, 0, 45)).contains("Hải Phong, ngày 03 tháng 11 năm 2026")
                    .contains("Số 05-NQ/CB");
            String text = flat(allText(pdf));
            assertThat(text).contains("NGHỊ QUYẾT", "I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT THÁNG TRƯỚC",
                    "Tình trạng", "Sửa chữa kênh mương nội đồng", "Chưa hoàn thành",
                    "T/M CHI BỘ", "BÍ THƯ", "Nguyễn Văn An",
                    "Nơi nhận:", "- Đảng ủy xã Hải Phong,", "- Lưu chi bộ.");
            // Only the right side is signed.
            assertThat(text).doesNotContain("NGƯỜI GHI BIÊN BẢN");
        }
    }

    @Test
    void decomposedInputComesOutComposedAndEqual() throws IOException {
        String name = "Nguyễn Thị Hường";
        String sentence = "Đồng chí Trần Quốc Việt đề nghị bổ sung nhiệm vụ khuyến học, khuyến tài.";
        assertThat(nfd(name)).isNotEqualTo(name);
        PartyDocument doc = PartyDocument.builder(
                        Header.withoutDate(nfd("Đảng bộ xã Hải Phong"), nfd("Chi bộ Thôn Tân Hòa"), "Số 01-BB/CB"),
                        nfd("Biên bản"))
                .summary(nfd("sinh hoạt chi bộ thường kỳ tháng 1 năm 2027"))
                .add(Block.Paragraph.of(Run.bold(nfd("Ý kiến:")), Run.plain(" " + nfd(sentence))))
                .signatures(new SignatureBlocks(Signature.of(nfd(name), nfd("Người ghi biên bản")),
                        Signature.of(nfd("Lê Văn Bình"), "CHỦ TRÌ")))
                .recipients(nfd("Lưu chi bộ."))
                .build();
        try (PDDocument pdf = rendered(doc)) {
            String text = allText(pdf);
            assertThat(text).isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFC));
            assertThat(text.chars().noneMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK)).isTrue();
            assertThat(flat(text)).contains("ĐẢNG BỘ XÃ HẢI PHONG", "CHI BỘ THÔN TÂN HÒA", "BIÊN BẢN",
                    "sinh hoạt chi bộ thường kỳ tháng 1 năm 2027", "Ý kiến: " + sentence, name,
                    "NGƯỜI GHI BIÊN BẢN", "Lê Văn Bình", "- Lưu chi bộ.");
        }
    }

    @Test
    void everyFontIsEmbeddedLiberationSerif() throws IOException {
        for (PartyDocument doc : List.of(SampleDocuments.minutes(), SampleDocuments.resolution(),
                SampleDocuments.longDocument(20, true))) {
            try (PDDocument pdf = rendered(doc)) {
                List<PDFont> fonts = PdfReading.fonts(pdf);
                assertThat(fonts).isNotEmpty();
                for (PDFont font : fonts) {
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                    assertThat(font.getName()).as("font name").contains("LiberationSerif");
                }
                // Regular, bold (and italic/bold-italic in the resolution) are really used.
                assertThat(fonts).anyMatch(f -> f.getName().endsWith("LiberationSerif-Bold"));
            }
        }
        try (PDDocument pdf = rendered(SampleDocuments.resolution())) {
            assertThat(PdfReading.fonts(pdf)).anyMatch(f -> f.getName().endsWith("LiberationSerif-Italic"))
                    .anyMatch(f -> f.getName().endsWith("LiberationSerif-BoldItalic"));
        }
    }

    @Test
    void pagesAreA4Portrait() throws IOException {
        try (PDDocument pdf = rendered(SampleDocuments.longDocument(30, false))) {
            for (PDPage page : pdf.getPages()) {
                PDRectangle box = page.getMediaBox();
                assertThat(box.getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
                assertThat(box.getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
            }
        }
    }

    @Test
    void longDocumentNumbersPagesFromTwoAtTheTopCentre() throws IOException {
        try (PDDocument pdf = rendered(SampleDocuments.longDocument(60, false))) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(4);
            assertThat(stripText(pdf, 1, 0, 19)).isEmpty();
            for (int i = 2; i <= pages; i++) {
                assertThat(stripText(pdf, i, 0, 19)).as("top strip of page " + i).isEqualTo(Integer.toString(i));
            }
            // Every paragraph made it, once, in order.
            String text = flat(allText(pdf));
            int from = 0;
            for (int i = 1; i <= 60; i++) {
                int at = text.indexOf("Đoạn " + i + ". ", from);
                assertThat(at).as("paragraph " + i).isGreaterThanOrEqualTo(from);
                from = at;
            }
        }
    }

    @Test
    void pageNumberIsCentredOnTheTextColumn() throws IOException {
        try (PDDocument pdf = rendered(SampleDocuments.longDocument(30, false))) {
            float width = pdf.getPage(1).getMediaBox().getWidth();
            float centre = (30 * PdfReading.MM + (width - 15 * PdfReading.MM)) / 2;
            // The digit "2" sits within a few points of the centre of the text column.
            String left = stripTextColumn(pdf, 0, centre - 10);
            String middle = stripTextColumn(pdf, centre - 10, centre + 10);
            assertThat(left).isEmpty();
            assertThat(middle).isEqualTo("2");
        }
    }

    private static String stripTextColumn(PDDocument pdf, float fromX, float toX) throws IOException {
        var stripper = new org.apache.pdfbox.text.PDFTextStripperByArea();
        stripper.addRegion("r", new java.awt.geom.Rectangle2D.Float(fromX, 0, toX - fromX, 19 * PdfReading.MM));
        stripper.extractRegions(pdf.getPage(1));
        return stripper.getTextForRegion("r").strip();
    }

    @Test
    void draftWatermarkOnEveryPageOnlyWhenDraft() throws IOException {
        try (PDDocument pdf = rendered(SampleDocuments.longDocument(40, true))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(2);
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                assertThat(pageText(pdf, i).replaceAll("\\s+", "")).as("page " + i).contains("BẢNNHÁP");
            }
        }
        try (PDDocument pdf = rendered(SampleDocuments.longDocument(40, false))) {
            assertThat(allText(pdf).replaceAll("\\s+", "")).doesNotContain("BẢNNHÁP");
        }
    }

    @Test
    void footerNoteOnEveryPageWhenGiven() throws IOException {
        PartyDocument plain = SampleDocuments.longDocument(40, false);
        PartyDocument noted = new PartyDocument(plain.header(), plain.title(), plain.summaryLine(), plain.body(),
                plain.signatures(), plain.recipients(), false, "Mã kiểm tra: 3f9a2c71");
        try (PDDocument pdf = rendered(noted)) {
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                assertThat(stripText(pdf, i, 297 - 19, 297)).as("page " + i).isEqualTo("Mã kiểm tra: 3f9a2c71");
            }
        }
        try (PDDocument pdf = rendered(plain)) {
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                assertThat(stripText(pdf, i, 297 - 19, 297)).isEmpty();
            }
        }
    }

    @Test
    void signaturesNeverStandAloneOnAPage() throws IOException {
        // Whatever the length, the page with the signatures also carries the last body paragraph.
        for (int n = 18; n <= 40; n++) {
            try (PDDocument pdf = rendered(SampleDocuments.longDocument(n, false))) {
                int last = pdf.getNumberOfPages();
                String lastPage = flat(pageText(pdf, last));
                assertThat(lastPage).as("last page of " + n).contains("NGƯỜI GHI BIÊN BẢN", "Nguyễn Văn An")
                        .contains("Đoạn " + n + ". ");
            }
        }
    }

    @Test
    void aLastParagraphLongerThanAPageStillPrintsWhole() throws IOException {
        String sentence = "Chi bộ thống nhất tiếp tục lãnh đạo thực hiện tốt các nhiệm vụ chính trị của thôn. ";
        PartyDocument doc = PartyDocument.builder(
                        Header.withoutDate("Đảng bộ xã Hải Phong", "Chi bộ Thôn Tân Hòa", "Số 08-BB/CB"), "Biên bản")
                .paragraph("Mở đầu.")
                .paragraph(sentence.repeat(80) + "Hết đoạn cuối.")
                .signatures(SignatureBlocks.rightOnly(Signature.of("Nguyễn Văn An", "CHỦ TRÌ")))
                .build();
        try (PDDocument pdf = rendered(doc)) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(2);
            String text = flat(allText(pdf));
            assertThat(text).contains("Hết đoạn cuối.", "CHỦ TRÌ", "Nguyễn Văn An");
            assertThat(text.split("Chi bộ thống nhất tiếp tục", -1)).hasSize(81);
            assertThat(flat(pageText(pdf, pdf.getNumberOfPages()))).contains("Hết đoạn cuối.", "Nguyễn Văn An");
        }
    }

    @Test
    void tableRowsAreNotSplitAndTheHeaderRepeats() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        String filler = " vận động nhân dân tham gia vệ sinh môi trường, tu sửa đường giao thông nông thôn,";
        for (int i = 1; i <= 45; i++) {
            rows.add(List.of(Integer.toString(i),
                    "Mở đầu nhiệm vụ " + i + ":" + filler.repeat(1 + i % 4) + " kết thúc nhiệm vụ " + i + ".",
                    i % 3 == 0 ? "Chưa hoàn thành" : "Hoàn thành"));
        }
        PartyDocument doc = PartyDocument.builder(
                        new Header("Đảng bộ xã Hải Phong", "Chi bộ Thôn Tân Hòa", "Số 06-NQ/CB", "Hải Phong, ngày 01 tháng 12 năm 2026"),
                        "Nghị quyết")
                .heading("I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT THÁNG TRƯỚC")
                .add(new Block.Table(List.of("TT", "Nội dung nhiệm vụ", "Tình trạng"), rows, List.of(0.6, 5.0, 1.8)))
                .paragraph("Chi bộ thống nhất các nội dung trên.")
                .signatures(SignatureBlocks.rightOnly(Signature.of("Nguyễn Văn An", "T/M CHI BỘ", "BÍ THƯ")))
                .build();
        try (PDDocument pdf = rendered(doc)) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            String[] texts = new String[pages + 1];
            for (int p = 1; p <= pages; p++) {
                texts[p] = flat(pageText(pdf, p));
            }
            for (int i = 1; i <= 45; i++) {
                int start = pageOf(texts, "Mở đầu nhiệm vụ " + i + ":");
                int end = pageOf(texts, "kết thúc nhiệm vụ " + i + ".");
                assertThat(start).as("row " + i).isPositive().isEqualTo(end);
            }
            for (int p = 1; p <= pages; p++) {
                if (texts[p].contains("Mở đầu nhiệm vụ")) {
                    assertThat(texts[p]).as("header on page " + p).contains("Nội dung nhiệm vụ", "Tình trạng");
                }
            }
        }
    }

    private static int pageOf(String[] texts, String needle) {
        int found = -1;
        for (int p = 1; p < texts.length; p++) {
            if (texts[p].contains(needle)) {
                assertThat(found).as("'" + needle + "' on one page only").isEqualTo(-1);
                found = p;
            }
        }
        return found;
    }

    @Test
    void oneRendererServesSeveralThreads() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                PartyDocument doc = i % 2 == 0 ? SampleDocuments.minutes() : SampleDocuments.resolution();
                results.add(pool.submit(() -> PdfReading.render(renderer, doc)));
            }
            for (int i = 0; i < results.size(); i++) {
                try (PDDocument pdf = load(results.get(i).get())) {
                    assertThat(flat(allText(pdf))).contains(i % 2 == 0 ? "NGƯỜI GHI BIÊN BẢN" : "T/M CHI BỘ");
                    assertThat(PdfReading.fonts(pdf)).allMatch(PDFont::isEmbedded);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void leavesTheCallersStreamOpen() {
        class Recording extends ByteArrayOutputStream {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        }
        Recording out = new Recording();
        renderer.render(SampleDocuments.resolution(), out);
        assertThat(out.closed).isFalse();
        assertThat(new String(out.toByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void writeFailureSurfacesAsUncheckedIoException() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("disk full");
            }
        };
        assertThatThrownBy(() -> renderer.render(SampleDocuments.minutes(), broken))
                .isInstanceOf(UncheckedIOException.class);
    }
}
