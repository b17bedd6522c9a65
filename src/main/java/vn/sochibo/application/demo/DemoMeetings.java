package vn.sochibo.application.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import vn.sochibo.application.meeting.MeetingService;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.domain.common.Ids;
import vn.sochibo.domain.meeting.Attendance;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.meeting.MeetingKind;
import vn.sochibo.domain.meeting.SelfScoreSheet;
import vn.sochibo.domain.meeting.VoteSubject;
import vn.sochibo.domain.meeting.VoteTally;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.member.MemberStatus;

/**
 * Two years of the demo cell's meetings: a regular meeting early each month and a thematic one each
 * quarter, with roll calls that follow the roster of the day, a few absences with reasons, contributions,
 * the resolution vote, tasks and their follow-up at the next meeting, and the self-score. All finalized on
 * their day except this month's regular meeting, which is left as a draft. Texts are invented; a fixed
 * seed makes the demo the same every time for the same day.
 */
final class DemoMeetings {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String PLACE = "Nhà văn hóa thôn Tân Hòa";
    private static final List<String> REASONS = List.of("Đi công tác", "Ốm, có báo cáo chi ủy",
            "Đi học lớp bồi dưỡng", "Việc gia đình, đã xin phép", "Đi làm ăn xa, đã báo cáo");
    private static final List<String> TOPICS = List.of(
            "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về tinh thần trách nhiệm",
            "Xây dựng nông thôn mới kiểu mẫu ở thôn Tân Hòa",
            "Phát huy vai trò nêu gương của cán bộ, đảng viên",
            "Phòng, chống lừa đảo trên không gian mạng",
            "Giữ gìn an ninh trật tự và vệ sinh môi trường thôn xóm",
            "Chuyển đổi số trong sinh hoạt chi bộ",
            "Phòng, chống tác hại của rượu bia trong cộng đồng",
            "Công tác dân vận khéo ở khu dân cư");
    private static final List<String> SAYINGS = List.of(
            "Nhất trí với báo cáo của chi ủy; đề nghị bổ sung kết quả vận động nhân dân hiến đất làm đường.",
            "Việc thu đảng phí tháng này đạt 100%; đề nghị tiếp tục duy trì.",
            "Đề nghị chi bộ quan tâm hơn đến việc bồi dưỡng quần chúng ưu tú là đoàn viên thanh niên.",
            "Tình hình an ninh trật tự ổn định; cần nhắc nhở các hộ kinh doanh về phòng cháy chữa cháy.",
            "Tôi tự nhận thấy tháng qua còn chậm hoàn thành việc được giao, sẽ khắc phục trong tháng tới.",
            "Đề nghị chi bộ chỉ đạo Chi hội Phụ nữ vận động hội viên tham gia ngày chủ nhật xanh.",
            "Thống nhất các chỉ tiêu tháng tới; đề nghị phân công cụ thể người phụ trách từng việc.",
            "Cần tuyên truyền để bà con cảnh giác với các cuộc gọi lừa đảo giả danh cơ quan nhà nước.");
    private static final List<String> TASKS = List.of(
            "Vận động các hộ hoàn thành đóng góp quỹ xây dựng nông thôn mới",
            "Tổ chức ra quân vệ sinh môi trường ngày chủ nhật xanh",
            "Rà soát, lập danh sách quần chúng ưu tú giới thiệu cho chi bộ",
            "Thu đảng phí và nộp lên Đảng ủy xã đúng hạn",
            "Tuyên truyền phòng, chống lừa đảo qua mạng tại các chi hội",
            "Kiểm tra việc thực hiện hương ước, quy ước của thôn",
            "Thăm hỏi, tặng quà gia đình chính sách nhân dịp lễ",
            "Chuẩn bị nội dung sinh hoạt chuyên đề quý tới");

    private final MeetingService meetings;
    private final Random random;
    private final java.util.function.Consumer<Meeting> beforeFinalize;

    DemoMeetings(MeetingService meetings, long seed) {
        this(meetings, seed, m -> {
        });
    }

    /** With something recorded at each regular meeting while it is a draft (the pledges' checks). */
    DemoMeetings(MeetingService meetings, long seed, java.util.function.Consumer<Meeting> beforeFinalize) {
        this.meetings = meetings;
        this.random = new Random(seed);
        this.beforeFinalize = beforeFinalize;
    }

    /** The meetings of the last {@code months} months up to today (the latest regular one left a draft). */
    void create(List<Member> roster, CellProfile cell, LocalDate today, int months) {
        Member chair = byId(roster, cell.secretaryId());
        Member taker = byId(roster, cell.committeeMemberIds().get(0));
        List<Meeting.TaskAssignment> openTasks = List.of();
        LocalDate month = today.minusMonths(months).withDayOfMonth(1);
        // The latest regular meeting held stays a draft (its minutes being written up): this month's once held,
        // else last month's, so that the demo always has one whatever the day.
        LocalDate thisMonths = firstWorkingDayFrom(today.withDayOfMonth(3));
        LocalDate lastRegularDay = thisMonths.isAfter(today)
                ? firstWorkingDayFrom(today.minusMonths(1).withDayOfMonth(3)) : thisMonths;
        int topic = 0;
        while (!month.isAfter(today)) {
            LocalDate regularDay = firstWorkingDayFrom(month.withDayOfMonth(3));
            if (regularDay.isAfter(today)) {
                break;
            }
            boolean draft = regularDay.equals(lastRegularDay);
            Meeting regular = meeting(MeetingKind.REGULAR, null, regularDay, roster, chair, taker, openTasks);
            meetings.saveDraft(regular);
            beforeFinalize.accept(regular);
            if (!draft) {
                meetings.finalize(regular.id(), SelfScoreSheet.standard(), closing(regular));
            }
            openTasks = regular.tasks();
            if (month.getMonthValue() % 3 == 2) {
                LocalDate thematicDay = firstWorkingDayFrom(month.withDayOfMonth(18));
                if (!thematicDay.isAfter(today.minusDays(1))) {
                    Meeting thematic = meeting(MeetingKind.THEMATIC, TOPICS.get(topic++ % TOPICS.size()), thematicDay,
                            roster, chair, taker, List.of());
                    meetings.saveDraft(thematic);
                    meetings.finalize(thematic.id(), SelfScoreSheet.standard(), closing(thematic));
                }
            }
            month = month.plusMonths(1);
        }
    }

    private Meeting meeting(MeetingKind kind, String topic, LocalDate day, List<Member> roster, Member chair,
            Member taker, List<Meeting.TaskAssignment> toFollowUp) {
        List<Meeting.RollCallEntry> rollCall = new ArrayList<>();
        List<Member> present = new ArrayList<>();
        int absences = random.nextInt(3);
        for (Member m : roster) {
            MemberStatus status = m.statusOn(day);
            if (status == MemberStatus.OFFICIAL || status == MemberStatus.PROBATIONARY) {
                boolean absent = absences > 0 && m != chair && m != taker && random.nextInt(8) == 0;
                if (absent) {
                    absences--;
                    rollCall.add(new Meeting.RollCallEntry(m.id(), Attendance.ABSENT_WITH_REASON,
                            REASONS.get(random.nextInt(REASONS.size()))));
                } else {
                    boolean late = m != chair && m != taker && random.nextInt(40) == 0;
                    Attendance mark = late ? Attendance.LATE : Attendance.PRESENT;
                    rollCall.add(new Meeting.RollCallEntry(m.id(), mark, null));
                    present.add(m);
                }
            } else if (status == MemberStatus.EXEMPT && random.nextInt(4) == 0) {
                // An exempt member who comes anyway counts and votes.
                rollCall.add(new Meeting.RollCallEntry(m.id(), Attendance.PRESENT, null));
                present.add(m);
            }
        }
        List<Meeting.AgendaPart> agenda = agenda(kind, topic, day);
        List<Meeting.Contribution> contributions = new ArrayList<>();
        for (Meeting.AgendaPart part : agenda.subList(1, agenda.size())) {
            int speakers = 1 + random.nextInt(2);
            for (int i = 0; i < speakers; i++) {
                Member speaker = present.get(random.nextInt(present.size()));
                contributions.add(new Meeting.Contribution(Ids.newId(), part.id(), speaker.id(), null,
                        SAYINGS.get(random.nextInt(SAYINGS.size()))));
            }
        }
        List<Meeting.TaskAssignment> tasks = new ArrayList<>();
        List<Meeting.TaskFollowUp> followUps = new ArrayList<>();
        if (kind == MeetingKind.REGULAR) {
            int first = random.nextInt(TASKS.size());
            for (int i = 0; i < 2; i++) {
                Member who = present.get(random.nextInt(present.size()));
                tasks.add(new Meeting.TaskAssignment(Ids.newId(), TASKS.get((first + i) % TASKS.size()),
                        List.of(who.id()), day.withDayOfMonth(day.lengthOfMonth())));
            }
            for (Meeting.TaskAssignment t : toFollowUp) {
                boolean done = random.nextInt(5) != 0;
                followUps.add(new Meeting.TaskFollowUp(t.id(), done ? Meeting.TaskResult.DONE
                        : Meeting.TaskResult.PARTLY_DONE, done ? "Hoàn thành đúng hạn" : "Còn một số hộ chưa thực hiện"));
            }
        }
        LocalTime start = LocalTime.of(14, 0);
        LocalTime end = start.plusMinutes(kind == MeetingKind.REGULAR ? 100 + random.nextInt(30) : 120 + random.nextInt(20));
        Meeting draft = new Meeting(Ids.newId(), kind, topic, day, start, end, PLACE, chair.id(), taker.id(),
                List.of(), rollCall, agenda, contributions, List.of(), tasks, followUps,
                kind == MeetingKind.REGULAR
                        ? "Chi bộ thống nhất đánh giá kết quả tháng qua và các nhiệm vụ tháng tới như dự thảo nghị quyết."
                        : "Chi bộ thống nhất nội dung chuyên đề; mỗi đảng viên đăng ký việc làm cụ thể để thực hiện.",
                scores(), null);
        int voters = meetings.counts(draft).eligibleVoters();
        int other = voters > 3 && random.nextInt(4) == 0 ? 1 : 0;
        Meeting.Vote vote = new Meeting.Vote(Ids.newId(), kind == MeetingKind.REGULAR
                ? "Thông qua nghị quyết sinh hoạt chi bộ tháng " + day.getMonthValue()
                : "Thông qua kết luận chuyên đề", VoteSubject.RESOLUTION, false, new VoteTally(voters - other, 0, other));
        LocalDate lastMonth = day.minusMonths(1);
        String dues = kind == MeetingKind.REGULAR
                ? "Đã thu đủ đảng phí tháng " + lastMonth.getMonthValue() + "/" + lastMonth.getYear()
                        + " của các đồng chí trong chi bộ; đã nộp Đảng ủy xã đúng hạn."
                : null;
        return new Meeting(draft.id(), kind, topic, day, start, end, PLACE, chair.id(), taker.id(), List.of(), rollCall,
                agenda, contributions, List.of(vote), tasks, followUps, draft.conclusion(), draft.selfScores(), dues,
                null);
    }

    private static List<Meeting.AgendaPart> agenda(MeetingKind kind, String topic, LocalDate day) {
        List<Meeting.AgendaPart> parts = new ArrayList<>();
        parts.add(new Meeting.AgendaPart(Ids.newId(), "Ổn định tổ chức, điểm danh",
                "Đồng chí chủ trì nêu lý do, giới thiệu thành phần; thư ký điểm danh."));
        if (kind == MeetingKind.REGULAR) {
            parts.add(new Meeting.AgendaPart(Ids.newId(), "Thông tin thời sự, chủ trương mới của cấp trên",
                    "Thông tin tình hình kinh tế - xã hội của xã tháng " + day.minusMonths(1).getMonthValue()
                            + " và các văn bản mới của Đảng ủy xã."));
            parts.add(new Meeting.AgendaPart(Ids.newId(), "Đánh giá kết quả thực hiện nghị quyết tháng trước",
                    "Các nhiệm vụ cơ bản hoàn thành; đảng phí thu đủ 100%."));
            parts.add(new Meeting.AgendaPart(Ids.newId(), "Phương hướng, nhiệm vụ tháng tới",
                    "Tập trung các nhiệm vụ trọng tâm theo kế hoạch của Đảng ủy xã."));
        } else {
            parts.add(new Meeting.AgendaPart(Ids.newId(), "Chuyên đề: " + topic,
                    "Đồng chí báo cáo viên trình bày nội dung chuyên đề; chi bộ thảo luận, liên hệ thực tế của thôn."));
        }
        return parts;
    }

    private Map<String, Integer> scores() {
        Map<String, Integer> scores = new HashMap<>();
        for (SelfScoreSheet.Criterion c : SelfScoreSheet.standard().criteria()) {
            int lost = c.maxPoints() >= 10 && random.nextInt(3) == 0 ? 1 + random.nextInt(3) : 0;
            scores.put(c.key(), c.maxPoints() - lost);
        }
        return scores;
    }

    private static java.time.Instant closing(Meeting m) {
        return m.date().atTime(m.endTime()).atZone(VIETNAM).toInstant();
    }

    private static LocalDate firstWorkingDayFrom(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static Member byId(List<Member> roster, UUID id) {
        return roster.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }
}
