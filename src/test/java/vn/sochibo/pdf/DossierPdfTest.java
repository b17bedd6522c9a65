package vn.sochibo.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.sochibo.pdf.PdfReading.allText;
import static vn.sochibo.pdf.PdfReading.flat;
import static vn.sochibo.pdf.PdfReading.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.common.Messages;
import vn.sochibo.application.dossier.MemberDossier;
import vn.sochibo.application.review.ReviewViews;
import vn.sochibo.domain.common.ValidationException;
import vn.sochibo.domain.meeting.Attendance;
import vn.sochibo.domain.member.Member;

/** A member's dossier for a year: the facts agree with the review's, the PDF reads back with them. */
class DossierPdfTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"),
            ZoneId.of("Asia/Ho_Chi_Minh"));

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

    @Test
    void theDossierAgreesWithTheReviewAndPrintsEveryPart() throws IOException {
        int year = 2025;
        var period = services.reviews().ofYear(year).orElseThrow();
        Member member = services.members().all().stream()
                .filter(m -> services.reviews().facts(period.id(), m.id()).meetingsExpected() > 0)
                .findFirst().orElseThrow();
        ReviewViews.Facts facts = services.reviews().facts(period.id(), member.id());

        MemberDossier dossier = services.dossiers().dossier(member.id(), year);
        assertThat(dossier.reviewFacts()).isEqualTo(facts);
        long called = dossier.meetings().stream().filter(l -> l.attendance() != null).count();
        long present = dossier.meetings().stream().filter(l -> l.attendance() != null && l.attendance().isPresent())
                .count();
        assertThat(present).isEqualTo(facts.meetingsAttended());
        assertThat(called).isGreaterThanOrEqualTo(facts.meetingsAttended());
        assertThat(dossier.meetings().stream().mapToInt(MemberDossier.MeetingLine::contributions).sum())
                .isEqualTo(facts.contributions());
        assertThat(dossier.tasks()).hasSize(facts.tasksAssigned());
        assertThat(dossier.meetings()).allSatisfy(l -> assertThat(l.date().getYear()).isEqualTo(year));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        services.dossiers().writePdf(member.id(), year, out);
        try (PDDocument pdf = load(out.toByteArray())) {
            String text = flat(allText(pdf));
            assertThat(text).contains("HỒ SƠ ĐẢNG VIÊN", "đồng chí " + member.fullName() + ", năm 2025",
                    "CHI BỘ THÔN TÂN HÒA", "I. THÔNG TIN CHUNG", "Ngày vào Đảng: "
                            + Messages.formatDate(member.admissionDate()),
                    "II. THAM GIA SINH HOẠT CHI BỘ NĂM 2025",
                    "được triệu tập " + facts.meetingsExpected() + " cuộc họp, có mặt " + facts.meetingsAttended(),
                    "III. NHIỆM VỤ ĐƯỢC PHÂN CÔNG", "IV. CAM KẾT", "V. KẾT QUẢ KIỂM ĐIỂM, XẾP LOẠI", "T/M CHI BỘ");
            for (MemberDossier.MeetingLine l : dossier.meetings()) {
                assertThat(text).contains(Messages.formatDate(l.date()));
            }
            if (dossier.meetings().stream().anyMatch(l -> l.attendance() == Attendance.PRESENT)) {
                assertThat(text).contains("Có mặt");
            }
            for (var page : pdf.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), Offset.offset(1f));
            }
            for (PDFont font : PdfReading.fonts(pdf)) {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }
    }

    @Test
    void aYearWithoutAReviewSaysSo() throws IOException {
        Member member = services.members().all().get(0);
        int year = 2024;
        assertThat(services.reviews().ofYear(year)).isEmpty();
        MemberDossier dossier = services.dossiers().dossier(member.id(), year);
        assertThat(dossier.reviewFacts()).isNull();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        services.dossiers().writePdf(dossier, out);
        try (PDDocument pdf = load(out.toByteArray())) {
            assertThat(flat(allText(pdf))).contains("Năm 2024 chưa có kỳ kiểm điểm nên chưa có số liệu tổng hợp");
        }
    }

    @Test
    void anUnknownMemberOrYearIsRefusedInWords() {
        assertThatThrownBy(() -> services.dossiers().dossier(UUID.randomUUID(), 2025))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(Messages.vietnamese().describe(e))
                        .isEqualTo("Không tìm thấy đảng viên này."));
        UUID someone = services.members().all().get(0).id();
        assertThatThrownBy(() -> services.dossiers().dossier(someone, 20250))
                .isInstanceOf(ValidationException.class);
    }
}
