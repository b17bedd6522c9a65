package vn.sochibo.application.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.sochibo.application.document.Block;
import vn.sochibo.application.document.PartyDocument;
import vn.sochibo.application.document.Run;
import vn.sochibo.domain.meeting.MeetingKind;
import vn.sochibo.domain.meeting.VoteTally;

class MinutesDocumentTest {
    private static final MeetingDocumentWords WORDS = MeetingDocumentWords.vietnamese();
    private final MeetingFixtures f = new MeetingFixtures();
    private final MinutesDocument minutes = new MinutesDocument(WORDS);

    static String text(Block b) {
        if (b instanceof Block.Paragraph p) {
            return p.plainText();
        }
        if (b instanceof Block.ListItem item) {
            return item.marker() + " " + item.runs().stream().map(Run::text).collect(Collectors.joining());
        }
        if (b instanceof Block.Heading h) {
            return h.text();
        }
        Block.Table t = (Block.Table) b;
        return t.rows().stream().map(r -> String.join(" | ", r)).collect(Collectors.joining("\n"));
    }

    static List<String> lines(PartyDocument doc) {
        return doc.body().stream().map(MinutesDocumentTest::text).toList();
    }

    @Test
    void headerTitleAndNumberOfFinalizedMinutes() {
        PartyDocument doc = minutes.build(f.finalizedRegular());
        assertThat(doc.header().upperOrganisation()).isEqualTo("Đảng bộ xã Hải Phong");
        assertThat(doc.header().cellName()).isEqualTo("Chi bộ Thôn Tân Hòa");
        assertThat(doc.header().documentNumber()).isEqualTo("Số 05-BB/CB");
        assertThat(doc.header().placeAndDateLine()).isNull();
        assertThat(doc.title()).isEqualTo("Biên bản");
        assertThat(doc.summaryLine()).isEqualTo("sinh hoạt chi bộ thường kỳ tháng 11 năm 2026");
        assertThat(doc.draft()).isFalse();
        assertThat(doc.footerNote()).isEqualTo("Mã xác thực: 3f9a12bc…c21e");
    }

    @Test
    void aDraftHasBlanksForItsNumberAndTheWatermark() {
        PartyDocument doc = minutes.build(f.input(f.meeting(MeetingKind.REGULAR, null, null, 0)));
        assertThat(doc.header().documentNumber()).isEqualTo("Số    -BB/CB");
        assertThat(doc.draft()).isTrue();
        assertThat(doc.footerNote()).isNull();
    }

    @Test
    void theSummaryLineDependsOnTheKind() {
        assertThat(minutes.build(f.input(f.meeting(MeetingKind.THEMATIC, "Học tập và làm theo tư tưởng Hồ Chí Minh",
                null, 0))).summaryLine()).isEqualTo("sinh hoạt chuyên đề: Học tập và làm theo tư tưởng Hồ Chí Minh");
        assertThat(minutes.build(f.input(f.meeting(MeetingKind.COMBINED, "Chuyển đổi số", null, 0))).summaryLine())
                .isEqualTo("sinh hoạt chi bộ thường kỳ tháng 11 năm 2026 kết hợp sinh hoạt chuyên đề: Chuyển đổi số");
        assertThat(minutes.build(f.input(f.meeting(MeetingKind.EXTRAORDINARY, null, null, 0))).summaryLine())
                .isEqualTo("sinh hoạt chi bộ bất thường");
    }

    @Test
    void timePlaceAndTheCountsOfMembers() {
        List<String> lines = lines(minutes.build(f.finalizedRegular()));
        assertThat(lines).contains(
                "Thời gian: Vào lúc 14 giờ 00 phút, ngày 03 tháng 11 năm 2026.",
                "Địa điểm: Nhà văn hóa thôn Tân Hòa.",
                "Thành phần: Tổng số đảng viên của chi bộ: 26 đồng chí (chính thức: 24 đồng chí, dự bị: 2 đồng chí); "
                        + "miễn công tác và sinh hoạt đảng: 1 đồng chí; sinh hoạt tạm thời nơi khác: 1 đồng chí. "
                        + "Số đảng viên phải có mặt: 24 đồng chí.",
                "- Vắng mặt có lý do: 2 đồng chí: Trần Văn Cử (đi công tác); Đỗ Văn Phong (ốm).",
                "- Vắng mặt không có lý do: 1 đồng chí: Hồ Văn Nam.",
                "- Khách mời: đồng chí Nguyễn Thị Thu, Đảng ủy viên, phụ trách địa bàn thôn Tân Hòa.",
                "Chủ trì: đồng chí Nguyễn Văn An, Bí thư chi bộ.",
                "Người ghi biên bản: đồng chí Lê Thị Hoa, Phó Bí thư chi bộ.");
        String present = lines.stream().filter(l -> l.startsWith("- Có mặt:")).findFirst().orElseThrow();
        assertThat(present).startsWith("- Có mặt: 21 đồng chí, đạt 87,5% số đảng viên phải có mặt, gồm các đồng chí: ")
                .contains("Nguyễn Văn An", "Cao Thị Uyên").doesNotContain("Hồ Văn Nam", "Phạm Văn Cao", "Vũ Thị Lệ")
                .endsWith("; đến muộn: đồng chí Bùi Văn Hải.");
    }

    @Test
    void theDuesStatusFollowsWhoRecordedTheMinutes() {
        var meeting = f.meeting(MeetingKind.REGULAR, null, null, 0);
        var m = new vn.sochibo.domain.meeting.Meeting(meeting.id(), meeting.kind(), null, meeting.date(),
                meeting.startTime(), meeting.endTime(), meeting.place(), meeting.chairId(), meeting.minuteTakerId(),
                meeting.guests(), meeting.rollCall(), meeting.agenda(), meeting.contributions(), meeting.votes(),
                meeting.tasks(), meeting.followUps(), meeting.conclusion(), meeting.selfScores(),
                "Đã thu đảng phí tháng 10/2026 của 24/24 đồng chí.\nĐã nộp Đảng ủy xã ngày 05/11/2026", null);
        List<String> lines = lines(minutes.build(f.input(m)));
        int taker = lines.indexOf("Người ghi biên bản: đồng chí Lê Thị Hoa, Phó Bí thư chi bộ.");
        assertThat(lines.get(taker + 1)).isEqualTo("Tình hình thu, nộp đảng phí: Đã thu đảng phí tháng 10/2026 của "
                + "24/24 đồng chí; Đã nộp Đảng ủy xã ngày 05/11/2026.");
        assertThat(lines(minutes.build(f.input(meeting)))).noneMatch(l -> l.startsWith("Tình hình thu, nộp đảng phí"));
    }

    @Test
    void nobodyAbsentReadsNaturally() {
        var meeting = f.meeting(MeetingKind.REGULAR, null, null, 0);
        var allPresent = meeting.rollCall().stream().map(r -> new vn.sochibo.domain.meeting.Meeting.RollCallEntry(
                r.memberId(), vn.sochibo.domain.meeting.Attendance.PRESENT, null)).toList();
        var m = new vn.sochibo.domain.meeting.Meeting(meeting.id(), meeting.kind(), null, meeting.date(),
                meeting.startTime(), null, meeting.place(), meeting.chairId(), meeting.minuteTakerId(), List.of(),
                allPresent, List.of(), List.of(), List.of(), List.of(), List.of(), null, java.util.Map.of(), null);
        List<String> lines = lines(minutes.build(f.input(m)));
        assertThat(lines).contains("- Vắng mặt có lý do: không.", "- Vắng mặt không có lý do: không.",
                "Chi bộ tự đánh giá chất lượng buổi sinh hoạt: chưa chấm điểm.",
                "Cuộc họp kết thúc vào lúc ….. giờ ….. phút cùng ngày.");
    }

    @Test
    void everySpeakerIsNamedUnderItsPart() {
        List<String> lines = lines(minutes.build(f.finalizedRegular()));
        assertThat(lines).containsSubsequence(
                "I. NỘI DUNG SINH HOẠT",
                "1. Thông tin thời sự",
                "Đồng chí Nguyễn Văn An thông tin tình hình kinh tế - xã hội của xã trong tháng 10 năm 2026.",
                "2. Đánh giá kết quả thực hiện nghị quyết tháng 10",
                "3. Thảo luận",
                "- Đồng chí Lê Văn Bình: Đề nghị chi bộ sớm chỉ đạo sửa chữa kênh mương trước vụ đông xuân.",
                "- Đồng chí Trần Thị Cúc: Đề nghị thăm hỏi gia đình đồng chí " + MeetingFixtures.DECOMPOSED_NGUYEN
                        + " Văn Phúc.",
                "- Đồng chí Nguyễn Thị Thu (khách mời, Đảng ủy viên, phụ trách địa bàn thôn Tân Hòa): Ghi nhận kết quả"
                        + " của chi bộ; đề nghị quan tâm phát triển đảng viên.",
                "4. Ý kiến phát biểu",
                "- Đồng chí Lê Thị Hoa: Nhất trí với dự thảo nghị quyết.");
    }

    @Test
    void reviewTasksConclusionVotesScoreAndClosingInOrder() {
        PartyDocument doc = minutes.build(f.finalizedRegular());
        assertThat(lines(doc)).containsSubsequence(
                "II. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT KỲ TRƯỚC",
                "- Thu hoạch lúa vụ hè thu: Hoàn thành. Năng suất 58 tạ/ha.",
                "- Vận động tham gia bảo hiểm y tế: Hoàn thành một phần. Đạt 92% hộ gia đình.",
                "III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN",
                "- Sửa chữa kênh mương nội đồng; người thực hiện: đồng chí Lê Văn Bình; thời hạn: ngày 30 tháng 11 năm 2026.",
                "- Chuẩn bị kiểm điểm, đánh giá đảng viên năm 2026; người thực hiện: đồng chí Nguyễn Văn An, "
                        + "đồng chí Lê Thị Hoa; thời hạn: ngày 15 tháng 12 năm 2026.",
                "IV. KẾT LUẬN CỦA ĐỒNG CHÍ CHỦ TRÌ",
                "Đồng chí Nguyễn Văn An tiếp thu các ý kiến, kết luận các nhiệm vụ trọng tâm tháng 12 năm 2026.",
                "V. BIỂU QUYẾT",
                "1. Thông qua nghị quyết tháng 11 năm 2026.",
                "Biểu quyết: 18/20 đồng chí tán thành, đạt 90%; 1 không tán thành; 1 ý kiến khác. Kết quả: được "
                        + "thông qua, số tán thành đạt trên 1/2 tổng số đảng viên chính thức của chi bộ (22 đồng chí).",
                "2. Đề nghị kết nạp quần chúng Lê Minh Tuấn vào Đảng (bỏ phiếu kín).",
                "Biểu quyết: 14/20 đồng chí tán thành, đạt 70%; 5 không tán thành; 1 ý kiến khác. Kết quả: không được "
                        + "thông qua, số tán thành chưa đạt 2/3 tổng số đảng viên chính thức của chi bộ (22 đồng chí).",
                "Chi bộ tự đánh giá chất lượng buổi sinh hoạt: 92/100 điểm, xếp loại Tốt.",
                "Cuộc họp kết thúc vào lúc 16 giờ 10 phút cùng ngày.",
                "Biên bản đã được đọc lại trước chi bộ; các đồng chí dự họp nhất trí với nội dung biên bản.");
        assertThat(doc.signatures().left().titleLines()).containsExactly("NGƯỜI GHI BIÊN BẢN");
        assertThat(doc.signatures().left().signerName()).isEqualTo("Lê Thị Hoa");
        assertThat(doc.signatures().right().titleLines()).containsExactly("CHỦ TRÌ");
        assertThat(doc.signatures().right().signerName()).isEqualTo("Nguyễn Văn An");
    }

    @Test
    void reasonsStartInLowerCaseUnlessTheyStartWithAName() {
        assertThat(MinutesDocument.lowerFirst("Đi công tác")).isEqualTo("đi công tác");
        assertThat(MinutesDocument.lowerFirst("Ốm")).isEqualTo("ốm");
        assertThat(MinutesDocument.lowerFirst("Hà Nội họp")).isEqualTo("Hà Nội họp");
        assertThat(MinutesDocument.lowerFirst("UBND xã triệu tập")).isEqualTo("UBND xã triệu tập");
    }

    @Test
    void voteLineWordingAndRounding() {
        assertThat(WORDS.voteLine(new VoteTally(18, 1, 1), 20))
                .isEqualTo("18/20 đồng chí tán thành, đạt 90%; 1 không tán thành; 1 ý kiến khác.");
        assertThat(WORDS.voteLine(new VoteTally(2, 1, 0), 3))
                .isEqualTo("2/3 đồng chí tán thành, đạt 66,7%; 1 không tán thành; không có ý kiến khác.");
        assertThat(WORDS.voteLine(new VoteTally(7, 0, 0), 7))
                .isEqualTo("7/7 đồng chí tán thành, đạt 100%; không có đồng chí không tán thành; không có ý kiến khác.");
        assertThat(MeetingDocumentWords.percent(1, 3)).isEqualTo("33,3");
        assertThat(MeetingDocumentWords.percent(21, 22)).isEqualTo("95,5");
        assertThat(MeetingDocumentWords.percent(1, 8)).isEqualTo("12,5");
        assertThat(MeetingDocumentWords.percent(1, 16)).isEqualTo("6,3");
        assertThat(MeetingDocumentWords.percent(0, 0)).isEqualTo("0");
    }

    @Test
    void aVoteThatDoesNotAddUpInADraftSaysSoInsteadOfAResult() {
        var meeting = f.meeting(MeetingKind.REGULAR, null, null, 0);
        var vote = new vn.sochibo.domain.meeting.Meeting.Vote(java.util.UUID.randomUUID(), "Thông qua nghị quyết",
                vn.sochibo.domain.meeting.VoteSubject.RESOLUTION, false, new VoteTally(10, 0, 0));
        String line = WORDS.outcomeLine(vote, f.input(meeting).counts(),
                vn.sochibo.domain.meeting.VoteThresholds.defaults());
        assertThat(line).isEqualTo("Số phiếu chưa khớp với số đảng viên chính thức có mặt (20 đồng chí): "
                + "cần kiểm tra lại trước khi chốt biên bản.");
    }

    @Test
    void theThresholdOfAVoteComesFromTheThresholdsGiven() {
        var meeting = f.meeting(MeetingKind.REGULAR, null, null, 0);
        var counts = f.input(meeting).counts();
        int voters = counts.eligibleVoters();
        // Just over half of those present, but not two thirds of them.
        int inFavour = voters / 2 + 1;
        var vote = new vn.sochibo.domain.meeting.Meeting.Vote(java.util.UUID.randomUUID(), "Thông qua nghị quyết",
                vn.sochibo.domain.meeting.VoteSubject.RESOLUTION, false, new VoteTally(inFavour, voters - inFavour, 0));
        var ofPresent = new vn.sochibo.domain.meeting.VoteThresholds(java.util.Map.of(
                vn.sochibo.domain.meeting.VoteSubject.RESOLUTION, new vn.sochibo.domain.meeting.VoteThreshold(1, 2, true,
                        vn.sochibo.domain.meeting.VoteThreshold.Reference.PRESENT)));
        var twoThirds = new vn.sochibo.domain.meeting.VoteThresholds(java.util.Map.of(
                vn.sochibo.domain.meeting.VoteSubject.RESOLUTION, vn.sochibo.domain.meeting.VoteThreshold.TWO_THIRDS_OF_BASE));

        assertThat(WORDS.outcomeLine(vote, counts, ofPresent)).startsWith("Kết quả: được thông qua");
        assertThat(WORDS.outcomeLine(vote, counts, twoThirds)).startsWith("Kết quả: không được thông qua")
                .contains("chưa đạt 2/3");
    }
}
