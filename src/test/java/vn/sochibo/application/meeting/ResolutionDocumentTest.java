package vn.sochibo.application.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sochibo.application.meeting.MinutesDocumentTest.lines;

import org.junit.jupiter.api.Test;
import vn.sochibo.application.document.Block;
import vn.sochibo.application.document.PartyDocument;
import vn.sochibo.domain.meeting.MeetingKind;

class ResolutionDocumentTest {
    private final MeetingFixtures f = new MeetingFixtures();
    private final ResolutionDocument resolution = new ResolutionDocument(MeetingDocumentWords.vietnamese());

    @Test
    void headerSectionsSignatureAndRecipients() {
        PartyDocument doc = resolution.build(f.finalizedRegular());
        assertThat(doc.header().documentNumber()).isEqualTo("Số 05-NQ/CB");
        assertThat(doc.header().placeAndDateLine()).isEqualTo("Quảng Trị, ngày 03 tháng 11 năm 2026");
        assertThat(doc.title()).isEqualTo("Nghị quyết");
        assertThat(lines(doc)).containsSubsequence(
                "Căn cứ Điều lệ Đảng Cộng sản Việt Nam; căn cứ kết quả sinh hoạt chi bộ thường kỳ tháng 11 năm 2026 "
                        + "ngày 03 tháng 11 năm 2026, Chi bộ Thôn Tân Hòa quyết nghị:",
                "I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT THÁNG 10 NĂM 2026",
                "1 | Thu hoạch lúa vụ hè thu | Hoàn thành | Năng suất 58 tạ/ha\n"
                        + "2 | Vận động tham gia bảo hiểm y tế | Hoàn thành một phần | Đạt 92% hộ gia đình",
                "II. NHIỆM VỤ THÁNG 12 NĂM 2026",
                "- Sửa chữa kênh mương nội đồng.",
                "- Chuẩn bị kiểm điểm, đánh giá đảng viên năm 2026.",
                "III. PHÂN CÔNG THỰC HIỆN",
                "1 | Sửa chữa kênh mương nội đồng | Đồng chí Lê Văn Bình | 30/11/2026\n"
                        + "2 | Chuẩn bị kiểm điểm, đánh giá đảng viên năm 2026 | Đồng chí Nguyễn Văn An\nĐồng chí Lê Thị Hoa"
                        + " | 15/12/2026",
                "IV. CHẤT LƯỢNG SINH HOẠT CHI BỘ",
                "Chi bộ tự đánh giá buổi sinh hoạt đạt 92/100 điểm, xếp loại Tốt.",
                "Nghị quyết được chi bộ biểu quyết thông qua: 18/20 đồng chí tán thành, đạt 90%; 1 không tán thành; "
                        + "1 ý kiến khác.");
        assertThat(doc.body()).filteredOn(b -> b instanceof Block.Table).first()
                .satisfies(t -> assertThat(((Block.Table) t).header())
                        .containsExactly("TT", "Nhiệm vụ", "Tình trạng", "Kết quả"));
        assertThat(doc.signatures().left().isEmpty()).isTrue();
        assertThat(doc.signatures().right().titleLines()).containsExactly("T/M CHI BỘ", "BÍ THƯ");
        assertThat(doc.signatures().right().signerName()).isEqualTo("Nguyễn Văn An");
        assertThat(doc.recipients()).containsExactly("Đảng ủy xã Hải Phong,", "Lưu chi bộ.");
        assertThat(doc.footerNote()).isEqualTo("Mã xác thực: 3f9a12bc…c21e");
    }

    @Test
    void aDraftOfAnExtraordinaryMeetingWithoutTasks() {
        var full = f.meeting(MeetingKind.EXTRAORDINARY, null, null, 0);
        var bare = new vn.sochibo.domain.meeting.Meeting(full.id(), full.kind(), null, full.date(), null, null, null,
                full.chairId(), full.minuteTakerId(), java.util.List.of(), full.rollCall(), java.util.List.of(),
                java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(), null,
                java.util.Map.of(), null);
        PartyDocument doc = resolution.build(f.input(bare));
        assertThat(doc.header().documentNumber()).isEqualTo("Số    -NQ/CB");
        assertThat(doc.draft()).isTrue();
        assertThat(lines(doc)).containsSubsequence(
                "I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT KỲ TRƯỚC", "Kỳ trước không có nhiệm vụ cần đánh giá.",
                "II. NHIỆM VỤ TRONG THỜI GIAN TỚI", "Không có nhiệm vụ mới.",
                "III. PHÂN CÔNG THỰC HIỆN", "Không có phân công mới.",
                "IV. CHẤT LƯỢNG SINH HOẠT CHI BỘ", "Chi bộ chưa tự đánh giá chất lượng buổi sinh hoạt.");
    }
}
