package vn.sochibo.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.sochibo.application.meeting.MeetingDocumentInput;
import vn.sochibo.application.meeting.MeetingFixtures;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.meeting.MeetingKind;
import vn.sochibo.domain.member.Member;

/**
 * Realistic meetings for the benchmark, built on {@link MeetingFixtures} (26 members, every part of the minutes
 * filled in), with {@code speeches} contributions in the discussion part. Each <em>variant</em> is a fresh
 * fixture (new ids) whose speeches are spoken by other members in another order and carry another number, so that
 * consecutive iterations never render the same document twice; the sentences all come from one pool, so the
 * variants of one size have (almost) the same length and page count.
 */
final class BenchMeetings {
    /** What cell members say in a monthly meeting; each about two to three printed lines. */
    private static final String[] SPEECHES = {
        "Đề nghị chi bộ sớm chỉ đạo sửa chữa kênh mương nội đồng trước vụ đông xuân, huy động đoàn viên thanh niên cùng tham gia.",
        "Kết quả thu nộp đảng phí tháng này đạt một trăm phần trăm; đề nghị các đồng chí tiếp tục thực hiện đúng thời hạn.",
        "Tình hình an ninh trật tự trên địa bàn thôn cơ bản ổn định, tuy nhiên còn xảy ra trộm cắp vặt, cần tăng cường tuần tra ban đêm.",
        "Đề nghị quan tâm công tác phát triển đảng viên, nhất là trong đoàn viên thanh niên ưu tú đã qua lớp nhận thức về Đảng.",
        "Việc vận động nhân dân tham gia bảo hiểm y tế còn chậm, một số hộ khó khăn chưa được hỗ trợ kịp thời, đề nghị rà soát lại.",
        "Cần tiếp tục quán triệt, thực hiện nghiêm các nghị quyết của cấp trên, nâng cao chất lượng sinh hoạt chi bộ hằng tháng.",
        "Đề nghị chi bộ phân công đảng viên phụ trách từng nhóm hộ để nắm tình hình tư tưởng của nhân dân trước mùa mưa bão.",
        "Phong trào xây dựng nông thôn mới kiểu mẫu có chuyển biến tốt; đề nghị biểu dương các hộ hiến đất làm đường giao thông.",
        "Tôi nhất trí với báo cáo; đề nghị bổ sung nội dung chuẩn bị tổ chức lễ trao Huy hiệu Đảng cho các đồng chí đủ tuổi đảng.",
        "Đề nghị tăng cường tự phê bình và phê bình, mỗi đảng viên nêu rõ việc đã làm được và chưa làm được trong tháng.",
        "Công tác vệ sinh môi trường ở khu dân cư phía nam còn hạn chế, đề nghị phối hợp với chi hội phụ nữ ra quân dọn dẹp.",
        "Đề nghị chi ủy sớm xây dựng kế hoạch kiểm điểm, đánh giá, xếp loại đảng viên cuối năm để các đồng chí chuẩn bị.",
    };

    private BenchMeetings() {
    }

    /** Variant {@code variant} of a finalized regular meeting with {@code speeches} extra speeches. */
    static MeetingDocumentInput minutes(int speeches, int variant) {
        MeetingFixtures f = new MeetingFixtures();
        Meeting.Finalization fin = new Meeting.Finalization(1 + variant % 12, 1 + variant % 12,
                Instant.parse("2026-11-03T10:00:00Z").plusSeconds(variant), MeetingFixtures.HASH, null);
        Meeting base = f.meeting(MeetingKind.REGULAR, null, fin, 0);
        UUID discussion = base.agenda().get(2).id();
        // Speakers: the official members who were present, in an order that depends on the variant.
        List<Member> speakers = f.members.subList(0, 20);
        List<Meeting.Contribution> said = new ArrayList<>(base.contributions());
        int last = said.size() - 1; // "Nhất trí với dự thảo nghị quyết." stays last (it is outside the parts)
        List<Meeting.Contribution> extra = new ArrayList<>();
        for (int i = 0; i < speeches; i++) {
            Member who = speakers.get((i * 7 + variant * 3) % speakers.size());
            String text = "Ý kiến số " + (i + 1) + ": " + SPEECHES[(i + variant * 5) % SPEECHES.length];
            extra.add(new Meeting.Contribution(UUID.randomUUID(), discussion, who.id(), null, text));
        }
        said.addAll(last, extra);
        Meeting m = new Meeting(base.id(), base.kind(), base.topic(), base.date(), base.startTime(), base.endTime(),
                base.place(), base.chairId(), base.minuteTakerId(), base.guests(), base.rollCall(), base.agenda(), said,
                base.votes(), base.tasks(), base.followUps(), base.conclusion(), base.selfScores(), base.finalization());
        return f.input(m);
    }

    /** Variant {@code variant} of the finalized meeting whose resolution is printed. */
    static MeetingDocumentInput resolution(int variant) {
        return minutes(0, variant);
    }
}
