package vn.sochibo.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sochibo.pdf.PdfReading.allText;
import static vn.sochibo.pdf.PdfReading.flat;
import static vn.sochibo.pdf.PdfReading.fonts;
import static vn.sochibo.pdf.PdfReading.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.pledge.FollowUpInput;
import vn.sochibo.application.pledge.PledgeFixtures;
import vn.sochibo.domain.common.Ids;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.pledge.FollowUpStatus;
import vn.sochibo.domain.pledge.PledgeItem;
import vn.sochibo.domain.pledge.PledgeKind;

/** The pledge form, the year's pledge summary and the minutes' pledge section, read back from the PDFs. */
class PledgePdfTest {
    @TempDir
    Path temp;

    private static void assertA4WithEmbeddedFonts(PDDocument doc) throws IOException {
        for (PDPage page : doc.getPages()) {
            assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(),
                    org.assertj.core.data.Offset.offset(1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(),
                    org.assertj.core.data.Offset.offset(1f));
        }
        List<PDFont> fonts = fonts(doc);
        assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
    }

    /** Writes the PDF beside the test's temp files, and to target/pledge-pdfs when asked (to look at it). */
    private static byte[] keep(byte[] pdf, String name) throws IOException {
        String dir = System.getProperty("sochibo.keepPdfs");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, name), pdf);
        }
        return pdf;
    }

    @Test
    void theFormListsTheItemsByKindWithBothSignaturesAndTheSummaryTheFiguresPerMember() throws IOException {
        try (AppServices s = Services.open(temp, PledgeFixtures.CLOCK)) {
            PledgeFixtures f = new PledgeFixtures(s);
            PledgeItem a = PledgeFixtures.item(PledgeKind.TU_DUONG_REN_LUYEN, "Học tập đầy đủ các nghị quyết",
                    LocalDate.of(2026, 3, 31));
            PledgeItem b = new PledgeItem(Ids.newId(), PledgeKind.NEU_GUONG, "Gương mẫu trong phong trào nông thôn mới",
                    "Vận động 5 hộ hiến đất", LocalDate.of(2026, 10, 31), true);
            PledgeItem c = PledgeFixtures.item(PledgeKind.CHUYEN_MON, "Hoàn thành kế hoạch năm",
                    LocalDate.of(2026, 6, 30));
            PledgeFixtures.registered(s, f.lan, a, b, c);
            s.pledges().addFollowUp(new FollowUpInput(a.id(), LocalDate.of(2026, 3, 3), "Xong", FollowUpStatus.HOAN_THANH,
                    null, null));

            ByteArrayOutputStream form = new ByteArrayOutputStream();
            s.pledgeDocuments().writeFormPdf(f.lan.id(), 2026, form);
            try (PDDocument doc = load(keep(form.toByteArray(), "pledge-form.pdf"))) {
                assertA4WithEmbeddedFonts(doc);
                String text = flat(allText(doc));
                assertThat(text).contains("ĐẢNG BỘ XÃ HẢI PHONG", "CHI BỘ THÔN ĐÔNG", "ĐẢNG CỘNG SẢN VIỆT NAM",
                        "Quảng Trị, ngày 15 tháng 01 năm 2026", "BẢN ĐĂNG KÝ CAM KẾT",
                        "tu dưỡng, rèn luyện, phấn đấu và đăng ký nêu gương năm 2026", "Họ và tên: Phạm Thị Lan",
                        "I. TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU", "II. NÊU GƯƠNG", "III. NHIỆM VỤ CHUYÊN MÔN",
                        "Học tập đầy đủ các nghị quyết", "(nêu gương của cấp ủy viên)", "31/10/2026",
                        "NGƯỜI ĐĂNG KÝ", "XÁC NHẬN CỦA CHI BỘ", "BÍ THƯ")
                        .doesNotContain("LÀM THEO TƯ TƯỞNG", "BẢN NHÁP");
                assertThat(text.indexOf("TU DƯỠNG")).isLessThan(text.indexOf("NÊU GƯƠNG"));
            }

            ByteArrayOutputStream summary = new ByteArrayOutputStream();
            s.pledgeDocuments().writeSummaryPdf(2026, summary);
            try (PDDocument doc = load(keep(summary.toByteArray(), "pledge-summary.pdf"))) {
                assertA4WithEmbeddedFonts(doc);
                String text = flat(allText(doc));
                // Lan, as of 15/09/2026: 3 items; a done; a, c due (b not) → 1/2 = 50 %; c overdue.
                assertThat(text).contains("BẢNG TỔNG HỢP", "năm 2026 (tính đến ngày 15/09/2026)",
                        "Số đảng viên phải đăng ký: 3; đã đăng ký: 1 (33%)",
                        "Chưa đăng ký: đồng chí Lê Văn Bình, đồng chí Nguyễn Thị Hoa",
                        "Phạm Thị Lan 3 1 50% 1", "Toàn chi bộ 3 1 50% 1", "T/M CHI BỘ", "Lưu chi bộ.");
            }
        }
    }

    @Test
    void theMinutesOfAMeetingPrintThePledgeChecksRecordedAtIt() throws IOException {
        try (AppServices s = Services.open(temp, PledgeFixtures.CLOCK)) {
            PledgeFixtures f = new PledgeFixtures(s);
            PledgeItem a = PledgeFixtures.item(PledgeKind.CHUYEN_MON, "Hoàn thành báo cáo quý", LocalDate.of(2026, 8, 31));
            PledgeItem other = PledgeFixtures.item(PledgeKind.NEU_GUONG, "Việc khác", LocalDate.of(2026, 8, 31));
            PledgeFixtures.registered(s, f.lan, a, other);
            Meeting m = PledgeFixtures.meeting(s, LocalDate.of(2026, 9, 3), f.lan);
            s.pledges().addFollowUp(new FollowUpInput(a.id(), m.date(), "Đã nộp báo cáo", FollowUpStatus.HOAN_THANH,
                    "Báo cáo số 12", m.id()));
            // Checked outside the meeting: not in its minutes.
            s.pledges().addFollowUp(new FollowUpInput(other.id(), LocalDate.of(2026, 9, 4), "Chưa làm",
                    FollowUpStatus.CHUA_DAT, null, null));
            PledgeFixtures.finalize(s, m);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            s.meetingDocuments().writeMinutesPdf(m.id(), out);
            try (PDDocument doc = load(keep(out.toByteArray(), "minutes-with-pledges.pdf"))) {
                String text = flat(allText(doc));
                assertThat(text).contains("KIỂM TRA VIỆC THỰC HIỆN CAM KẾT",
                        "Đồng chí Phạm Thị Lan, “Hoàn thành báo cáo quý”: hoàn thành; Đã nộp báo cáo (minh chứng: "
                                + "Báo cáo số 12).")
                        .doesNotContain("Việc khác");
            }
        }
    }
}
