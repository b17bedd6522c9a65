package vn.sochibo.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.sochibo.pdf.PdfReading.flat;
import static vn.sochibo.pdf.PdfReading.load;
import static vn.sochibo.pdf.PdfReading.pageText;
import static vn.sochibo.pdf.PdfReading.stripText;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.book.BookPeriod;
import vn.sochibo.application.book.RecordBooks;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.common.Messages;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.meeting.MeetingSummary;

/**
 * The yearly record books read back page by page: the table of contents points at the pages where each record's
 * number and title really are, the numbering runs on without a break, the fonts are embedded, the pages are A4.
 */
class RecordBookPdfTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"),
            ZoneId.of("Asia/Ho_Chi_Minh"));
    /** A TOC row as PDFBox reads it: "3 Biên bản số 05-BB/CB: … 03/11/2026 17". */
    private static final Pattern ROW = Pattern.compile("(\\d+) (Biên bản|Nghị quyết) số (\\d{2}-(?:BB|NQ)/CB): "
            + "(.+?) (\\d{2}/\\d{2}/\\d{4}) (\\d+)(?= \\d+ (?:Biên bản|Nghị quyết) số|$| \\d+ cuộc họp)");

    @TempDir
    static Path temp;
    static AppServices services;

    @BeforeAll
    static void demo() {
        services = Services.open(temp.resolve("data"), CLOCK);
        services.demo().create();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    record Row(int index, String number, String summary, String date, int page) {
    }

    private static List<Row> toc(PDDocument pdf, int tocPages) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int p = 2; p <= 1 + tocPages; p++) {
            // Below the top margin, where the page number stands.
            text.append(' ').append(flat(stripText(pdf, p, 19, 297)));
        }
        String all = flat(text.toString());
        all = all.substring(all.indexOf("Trang") + "Trang".length()).strip();
        List<Row> rows = new ArrayList<>();
        Matcher m = ROW.matcher(all);
        while (m.find()) {
            rows.add(new Row(Integer.parseInt(m.group(1)), m.group(3), m.group(4), m.group(5),
                    Integer.parseInt(m.group(6))));
        }
        return rows;
    }

    @Test
    void theMinutesBookOfAYearListsEveryFinalizedMinutesOnThePageItStartsOn() throws IOException {
        int year = 2026;
        List<MeetingSummary> finalized = services.meetings().summaries().stream()
                .filter(s -> s.date().getYear() == year && s.isFinalized()).toList();
        long drafts = services.meetings().summaries().stream()
                .filter(s -> s.date().getYear() == year && !s.isFinalized()).count();
        assertThat(finalized).hasSizeGreaterThan(3);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RecordBooks.Written written = services.books().write(RecordBooks.Kind.MINUTES, BookPeriod.year(year), out);
        assertThat(written.book().records()).isEqualTo(finalized.size());
        assertThat(written.book().draftsLeftOut()).isEqualTo((int) drafts);

        try (PDDocument pdf = load(out.toByteArray())) {
            int pages = pdf.getNumberOfPages();
            assertThat(written.pages().pageCount()).isEqualTo(pages);

            String cover = flat(pageText(pdf, 1));
            assertThat(cover).contains("ĐẢNG BỘ XÃ HẢI PHONG", "CHI BỘ THÔN TÂN HÒA", "ĐẢNG CỘNG SẢN VIỆT NAM",
                    "SỔ BIÊN BẢN SINH HOẠT CHI BỘ", "Năm 2026", "Gồm " + finalized.size() + " biên bản đã hoàn tất.");
            // The cover has no page number; every other page has its own at the top centre, 1 more each time.
            assertThat(stripText(pdf, 1, 0, 19)).isEmpty();
            for (int p = 2; p <= pages; p++) {
                assertThat(stripText(pdf, p, 0, 19)).as("page %d", p).isEqualTo(Integer.toString(p));
            }

            int tocPages = written.pages().sectionStarts().get(0) - 2;
            assertThat(flat(pageText(pdf, 2))).contains("MỤC LỤC", "STT", "Văn bản", "Ngày", "Trang");
            List<Row> rows = toc(pdf, tocPages);
            assertThat(rows).hasSize(finalized.size());
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                MeetingSummary s = finalized.get(i);
                assertThat(row.index()).isEqualTo(i + 1);
                assertThat(row.number()).isEqualTo(String.format("%02d-BB/CB", s.finalization().minutesNumber()));
                assertThat(row.date()).isEqualTo(Messages.formatDate(s.date()));
                assertThat(row.page()).isEqualTo(written.pages().sectionStarts().get(i));
                // The record really starts there: its number and title on that page, not on the page before.
                String page = flat(pageText(pdf, row.page()));
                assertThat(page).as("page %d", row.page())
                        .contains("BIÊN BẢN", "Số " + row.number(), flat(row.summary()));
                String before = flat(pageText(pdf, row.page() - 1));
                if (row.page() - 1 > 1 + tocPages) {
                    assertThat(before).doesNotContain("Số " + row.number());
                }
            }
            if (drafts > 0) {
                assertThat(flat(pageText(pdf, 1 + tocPages))).contains(drafts + " cuộc họp trong kỳ còn là bản nháp");
            }

            // One bookmark for the contents, then one per record, each on the record's first page.
            List<PDOutlineItem> marks = new ArrayList<>();
            pdf.getDocumentCatalog().getDocumentOutline().children().forEach(marks::add);
            assertThat(marks).hasSize(1 + finalized.size());
            assertThat(marks.get(0).getTitle()).isEqualTo("MỤC LỤC");
            for (int i = 0; i < finalized.size(); i++) {
                assertThat(pdf.getPages().indexOf(marks.get(i + 1).findDestinationPage(pdf)) + 1)
                        .isEqualTo(rows.get(i).page());
                assertThat(marks.get(i + 1).getTitle()).contains(rows.get(i).number());
            }

            for (var page : pdf.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), Offset.offset(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), Offset.offset(1f));
            }
            for (PDFont font : PdfReading.fonts(pdf)) {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }
    }

    @Test
    void theResolutionsBookBindsEveryFinalizedResolution() throws IOException {
        int year = 2025;
        long finalized = services.meetings().summaries().stream()
                .filter(s -> s.date().getYear() == year && s.isFinalized()).count();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RecordBooks.Written written = services.books().write(RecordBooks.Kind.RESOLUTIONS, BookPeriod.year(year),
                out);
        try (PDDocument pdf = load(out.toByteArray())) {
            assertThat(flat(pageText(pdf, 1))).contains("SỔ NGHỊ QUYẾT", "Năm 2025",
                    "Gồm " + finalized + " nghị quyết đã hoàn tất.");
            int tocPages = written.pages().sectionStarts().get(0) - 2;
            List<Row> rows = toc(pdf, tocPages);
            assertThat(rows).hasSize((int) finalized);
            for (Row row : rows) {
                assertThat(flat(pageText(pdf, row.page()))).contains("NGHỊ QUYẾT", "Số " + row.number());
            }
        }
    }

    @Test
    void anEmptyPeriodIsRefusedInWordsAndWritesNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> services.books().write(RecordBooks.Kind.MINUTES, BookPeriod.year(2001), out))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(Messages.vietnamese().describe(e))
                        .isEqualTo("Năm 2001: chưa có biên bản nào đã hoàn tất (0 bản nháp chưa hoàn tất). "
                                + "Không tạo sổ."));
        assertThat(out.size()).isZero();
        assertThatThrownBy(() -> RecordBooks.year(1800)).isInstanceOf(ValidationException.class);
    }
}
