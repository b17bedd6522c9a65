package vn.sochibo.application.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.domain.meeting.Attendance;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.meeting.MeetingKind;
import vn.sochibo.domain.meeting.SelfScoreSheet;
import vn.sochibo.domain.meeting.VoteSubject;
import vn.sochibo.domain.meeting.VoteTally;
import vn.sochibo.domain.member.Gender;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.member.StatusEvent;
import vn.sochibo.domain.member.StatusEventType;

/**
 * A hand-built cell and its November 2026 regular meeting, for the document tests. 26 members on the roster:
 * 22 official members called (20 present, one of them late; Trần Văn Cử absent with reason; Hồ Văn Nam absent
 * without reason), 2 probationary (Cao Thị Uyên present, Đỗ Văn Phong absent with reason), 1 exempt (absent),
 * 1 attached elsewhere. So the base is 22 and 20 may vote.
 */
public final class MeetingFixtures {
    public static final LocalDate DAY = LocalDate.of(2026, 11, 3);
    public static final String HASH = "3f9a12bc" + "0".repeat(52) + "c21e";
    /** "Nguyễn" typed with combining marks, as some keyboards send it. */
    public static final String DECOMPOSED_NGUYEN = "Nguye\u0302\u0303n";

    public final List<Member> members = new ArrayList<>();
    public final List<Meeting.RollCallEntry> rollCall = new ArrayList<>();
    public final Member an;
    public final Member hoa;
    public final Member binh;
    public final Member cuc;
    public final Meeting.Guest thu = new Meeting.Guest(id(), "Nguyễn Thị Thu", "Đảng ủy viên, phụ trách địa bàn thôn Tân Hòa");
    public final Meeting.TaskAssignment harvest = new Meeting.TaskAssignment(id(), "Thu hoạch lúa vụ hè thu",
            List.of(), LocalDate.of(2026, 10, 31));
    public final Meeting.TaskAssignment insurance = new Meeting.TaskAssignment(id(), "Vận động tham gia bảo hiểm y tế",
            List.of(), LocalDate.of(2026, 10, 31));
    public final CellProfile cell;

    public MeetingFixtures() {
        LocalDate longAgo = LocalDate.of(2000, 5, 19);
        an = official("Nguyễn Văn An", longAgo, Attendance.PRESENT);
        hoa = official("Lê Thị Hoa", longAgo, Attendance.PRESENT);
        binh = official("Lê Văn Bình", longAgo, Attendance.PRESENT);
        cuc = official("Trần Thị Cúc", longAgo, Attendance.PRESENT);
        String[] others = {"Phạm Văn Dũng", "Hoàng Thị Đào", "Võ Văn Em", "Đặng Thị Giang", "Đỗ Thị Hạnh",
            "Hồ Văn Khánh", "Ngô Thị Lan", "Dương Văn Long", "Lý Thị Mai", "Phan Văn Minh", "Trương Thị Ngọc",
            "Nguyễn Văn Phúc", "Trần Văn Quang", "Huỳnh Thị Sương", "Mai Văn Tâm"};
        for (String name : others) {
            official(name, longAgo, Attendance.PRESENT);
        }
        official("Bùi Văn Hải", longAgo, Attendance.LATE);
        Member cu = official("Trần Văn Cử", longAgo, null);
        rollCall.add(new Meeting.RollCallEntry(cu.id(), Attendance.ABSENT_WITH_REASON, "Đi công tác"));
        Member nam = official("Hồ Văn Nam", longAgo, null);
        rollCall.add(new Meeting.RollCallEntry(nam.id(), Attendance.ABSENT_WITHOUT_REASON, null));
        add(new Member(id(), "Cao Thị Uyên", Gender.FEMALE, null, null, null, LocalDate.of(2026, 5, 1), null, null,
                null, null, List.of()), Attendance.PRESENT);
        Member phong = add(new Member(id(), "Đỗ Văn Phong", Gender.MALE, null, null, null, LocalDate.of(2026, 6, 1),
                null, null, null, null, List.of()), null);
        rollCall.add(new Meeting.RollCallEntry(phong.id(), Attendance.ABSENT_WITH_REASON, "Ốm"));
        add(new Member(id(), "Phạm Văn Cao", Gender.MALE, null, null, null, LocalDate.of(1970, 1, 1),
                LocalDate.of(1971, 1, 1), null, null, null,
                List.of(new StatusEvent(id(), StatusEventType.EXEMPTION_STARTED, LocalDate.of(2020, 1, 1), "Tuổi cao"))),
                null);
        add(new Member(id(), "Vũ Thị Lệ", Gender.FEMALE, null, null, null, LocalDate.of(2010, 1, 1),
                LocalDate.of(2011, 1, 1), null, null, null,
                List.of(new StatusEvent(id(), StatusEventType.TEMPORARY_ATTACHMENT_STARTED, LocalDate.of(2026, 1, 1),
                        "Đi học"))), null);
        cell = new CellProfile("Chi bộ Thôn Tân Hòa", "Đảng bộ xã Hải Phong", "Quảng Trị", LocalDate.of(2025, 8, 20),
                LocalDate.of(2030, 8, 19), an.id(), hoa.id(), List.of(binh.id()));
    }

    private Member official(String name, LocalDate admitted, Attendance mark) {
        return add(new Member(id(), name, Gender.MALE, null, null, null, admitted, admitted.plusYears(1), null, null,
                null, List.of()), mark);
    }

    private Member add(Member m, Attendance mark) {
        members.add(m);
        if (mark != null) {
            rollCall.add(new Meeting.RollCallEntry(m.id(), mark, null));
        }
        return m;
    }

    private static UUID id() {
        return UUID.randomUUID();
    }

    public static Meeting.Finalization finalization() {
        return new Meeting.Finalization(5, 5, Instant.parse("2026-11-03T10:00:00Z"), HASH, null);
    }

    /** The meeting with every part filled in; {@code extraContributions} more speeches by Lê Văn Bình in part 3. */
    public Meeting meeting(MeetingKind kind, String topic, Meeting.Finalization finalization, int extraContributions) {
        Meeting.AgendaPart news = new Meeting.AgendaPart(id(), "Thông tin thời sự",
                "Đồng chí Nguyễn Văn An thông tin tình hình kinh tế - xã hội của xã trong tháng 10 năm 2026");
        Meeting.AgendaPart review = new Meeting.AgendaPart(id(), "Đánh giá kết quả thực hiện nghị quyết tháng 10",
                "Chi bộ đã lãnh đạo hoàn thành thu hoạch lúa vụ hè thu.");
        Meeting.AgendaPart discussion = new Meeting.AgendaPart(id(), "Thảo luận", null);
        List<Meeting.Contribution> said = new ArrayList<>();
        said.add(new Meeting.Contribution(id(), discussion.id(), binh.id(), null,
                "Đề nghị chi bộ sớm chỉ đạo sửa chữa kênh mương trước vụ đông xuân"));
        said.add(new Meeting.Contribution(id(), discussion.id(), cuc.id(), null,
                "Đề nghị thăm hỏi gia đình đồng chí " + DECOMPOSED_NGUYEN + " Văn Phúc."));
        said.add(new Meeting.Contribution(id(), discussion.id(), null, thu.id(),
                "Ghi nhận kết quả của chi bộ; đề nghị quan tâm phát triển đảng viên."));
        for (int i = 1; i <= extraContributions; i++) {
            said.add(new Meeting.Contribution(id(), discussion.id(), binh.id(), null, "Ý kiến số " + i
                    + ": chi bộ cần tiếp tục quán triệt, thực hiện nghiêm các nghị quyết của cấp trên, nâng cao chất "
                    + "lượng sinh hoạt, tăng cường tự phê bình và phê bình."));
        }
        said.add(new Meeting.Contribution(id(), null, hoa.id(), null, "Nhất trí với dự thảo nghị quyết."));
        List<Meeting.Vote> votes = List.of(
                new Meeting.Vote(id(), "Thông qua nghị quyết tháng 11 năm 2026", VoteSubject.RESOLUTION, false,
                        new VoteTally(18, 1, 1)),
                new Meeting.Vote(id(), "Đề nghị kết nạp quần chúng Lê Minh Tuấn vào Đảng", VoteSubject.ADMISSION, true,
                        new VoteTally(14, 5, 1)));
        List<Meeting.TaskAssignment> tasks = List.of(
                new Meeting.TaskAssignment(id(), "Sửa chữa kênh mương nội đồng.", List.of(binh.id()),
                        LocalDate.of(2026, 11, 30)),
                new Meeting.TaskAssignment(id(), "Chuẩn bị kiểm điểm, đánh giá đảng viên năm 2026",
                        List.of(an.id(), hoa.id()), LocalDate.of(2026, 12, 15)));
        List<Meeting.TaskFollowUp> followUps = List.of(
                new Meeting.TaskFollowUp(harvest.id(), Meeting.TaskResult.DONE, "Năng suất 58 tạ/ha"),
                new Meeting.TaskFollowUp(insurance.id(), Meeting.TaskResult.PARTLY_DONE, "Đạt 92% hộ gia đình"));
        Map<String, Integer> scores = Map.of("time", 5, "attendance", 4, "preparation", 9, "conduct", 28,
                "chairLeadership", 9, "principles", 5, "lastResolutionResults", 27, "closing", 5);
        return new Meeting(id(), kind, topic, DAY, LocalTime.of(14, 0), LocalTime.of(16, 10), "Nhà văn hóa thôn Tân Hòa",
                an.id(), hoa.id(), List.of(thu), rollCall, List.of(news, review, discussion), said, votes, tasks,
                followUps, "Đồng chí Nguyễn Văn An tiếp thu các ý kiến, kết luận các nhiệm vụ trọng tâm tháng 12 năm 2026.",
                scores, finalization);
    }

    public MeetingDocumentInput input(Meeting meeting) {
        return new MeetingDocumentInput(meeting, members, cell, SelfScoreSheet.standard(),
                Map.of(harvest.id(), harvest, insurance.id(), insurance));
    }

    public MeetingDocumentInput finalizedRegular() {
        return input(meeting(MeetingKind.REGULAR, null, finalization(), 0));
    }
}
