package vn.sochibo.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sochibo.application.document.Block;
import vn.sochibo.application.document.Header;
import vn.sochibo.application.document.PartyDocument;
import vn.sochibo.application.document.Signature;
import vn.sochibo.application.document.SignatureBlocks;
import vn.sochibo.application.document.VietnameseDates;

/** The JDK-only document model and its date helper (kept beside the renderer tests that use them). */
class DocumentModelTest {

    @Test
    void datesPadDayAndMonthBelowTen() {
        assertThat(VietnameseDates.date(LocalDate.of(2026, 2, 3))).isEqualTo("ngày 03 tháng 02 năm 2026");
        assertThat(VietnameseDates.date(LocalDate.of(2026, 11, 25))).isEqualTo("ngày 25 tháng 11 năm 2026");
        assertThat(VietnameseDates.date(LocalDate.of(2027, 10, 9))).isEqualTo("ngày 09 tháng 10 năm 2027");
    }

    @Test
    void placeAndDateLine() {
        assertThat(VietnameseDates.placeAndDate("Quảng Trị", LocalDate.of(2026, 2, 3)))
                .isEqualTo("Quảng Trị, ngày 03 tháng 02 năm 2026");
        assertThat(VietnameseDates.placeAndDate("  Hải Phong ", LocalDate.of(2026, 12, 1)))
                .isEqualTo("Hải Phong, ngày 01 tháng 12 năm 2026");
        assertThatThrownBy(() -> VietnameseDates.placeAndDate(" ", LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timeOfDay() {
        assertThat(VietnameseDates.time(LocalTime.of(14, 5))).isEqualTo("14 giờ 05 phút");
        assertThat(VietnameseDates.time(LocalTime.of(8, 0))).isEqualTo("8 giờ 00 phút");
        assertThat(VietnameseDates.time(LocalTime.of(16, 10, 59))).isEqualTo("16 giờ 10 phút");
    }

    @Test
    void builderKeepsBlocksInOrderAndDefaults() {
        PartyDocument doc = PartyDocument.builder(Header.withoutDate("A", "B", "Số 01-BB/CB"), "Biên bản")
                .heading("I. MỘT")
                .paragraph("hai")
                .dash("ba")
                .build();
        assertThat(doc.body()).hasSize(3);
        assertThat(doc.body().get(0)).isEqualTo(new Block.Heading("I. MỘT"));
        assertThat(((Block.Paragraph) doc.body().get(1)).firstLineIndent()).isTrue();
        assertThat(((Block.Paragraph) doc.body().get(1)).alignment()).isEqualTo(Block.Alignment.JUSTIFIED);
        assertThat(((Block.ListItem) doc.body().get(2)).marker()).isEqualTo("-");
        assertThat(doc.signatures()).isEqualTo(SignatureBlocks.NONE);
        assertThat(doc.recipients()).isEmpty();
        assertThat(doc.draft()).isFalse();
        assertThat(doc.header().placeAndDateLine()).isNull();
    }

    @Test
    void labelledParagraphIsBoldLabelThenText() {
        Block.Paragraph p = Block.Paragraph.labelled("Biểu quyết:", "18/20 đồng chí tán thành.");
        assertThat(p.runs()).hasSize(2);
        assertThat(p.runs().get(0).bold()).isTrue();
        assertThat(p.runs().get(1).bold()).isFalse();
        assertThat(p.plainText()).isEqualTo("Biểu quyết: 18/20 đồng chí tán thành.");
    }

    @Test
    void tableRejectsRaggedRowsAndBadWeights() {
        assertThatThrownBy(() -> Block.Table.of(List.of("a", "b"), List.of(List.of("1"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Block.Table(List.of("a", "b"), List.of(), List.of(1.0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Block.Table(List.of("a"), List.of(), List.of(0.0)))
                .isInstanceOf(IllegalArgumentException.class);
        Block.Table t = Block.Table.of(List.of("a", "b"), List.of(List.of("1", "2")));
        assertThat(t.columnWeights()).containsExactly(1.0, 1.0);
        assertThat(t.columnAlignments()).containsExactly(Block.Alignment.LEFT, Block.Alignment.LEFT);
    }

    @Test
    void emptySignatureSide() {
        assertThat(Signature.NONE.isEmpty()).isTrue();
        assertThat(Signature.of("Nguyễn Văn An", "CHỦ TRÌ").isEmpty()).isFalse();
        SignatureBlocks resolution = SignatureBlocks.rightOnly(Signature.of("Nguyễn Văn An", "T/M CHI BỘ", "BÍ THƯ"));
        assertThat(resolution.left().isEmpty()).isTrue();
        assertThat(resolution.isEmpty()).isFalse();
    }
}
