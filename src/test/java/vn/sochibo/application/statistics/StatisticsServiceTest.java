package vn.sochibo.application.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sochibo.application.pledge.PledgeFixtures.CLOCK;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.pledge.FollowUpInput;
import vn.sochibo.application.pledge.PledgeFixtures;
import vn.sochibo.application.statistics.StatisticsService.Answer;
import vn.sochibo.application.statistics.StatisticsService.Quarter;
import vn.sochibo.application.statistics.StatisticsService.QuarterRule;
import vn.sochibo.application.statistics.StatisticsService.RowLabel;
import vn.sochibo.domain.common.Ids;
import vn.sochibo.domain.meeting.Attendance;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.meeting.MeetingKind;
import vn.sochibo.domain.meeting.SelfScoreSheet;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.pledge.FollowUpStatus;
import vn.sochibo.domain.pledge.Pledge;
import vn.sochibo.domain.pledge.PledgeKind;

/**
 * The statistics of 2026 on a small hand-built cell, every figure counted by hand below. Today is 15/09/2026
 * ({@link PledgeFixtures#CLOCK}). Members: Lan and Bình official all year; Hoa admitted 03/02/2026 (probationary, so
 * on the roster from then); Bảy exempt since 2025 (called to nothing). Meetings:
 * <pre>
 * 2025-12-01 REGULAR   Lan P, Bình P                                  (outside 2026: counted nowhere)
 * M1 2026-01-05 REGULAR   Lan P, Bình absent with reason; score 90 (Tốt); tasks T1 Bình, T2 Lan+Bình (due 31/01)
 * M2 2026-02-20 THEMATIC  Lan P, Bình P, Hoa late (present)
 * M3 2026-03-03 REGULAR   Lan P, Bình P, Hoa absent without reason; score 80 (Khá); follow-ups T1 done, T2 partly;
 *                         task T3 Hoa (due 31/03)
 * M4 2026-05-04 REGULAR   Lan P, Hoa P, Bình unmarked, Bảy (exempt) came; score 65 (Trung bình); follow-up T2 done;
 *                         task T4 Lan (due 31/12)
 * M5 2026-07-06 EXTRAORDINARY  Lan P, Bình P, Hoa P
 * </pre>
 */
class StatisticsServiceTest {
    @TempDir
    Path temp;

    private static Meeting meeting(AppServices s, MeetingKind kind, LocalDate day, Member chair,
            Map<Member, Attendance> marks, int lostPoints, List<Meeting.TaskAssignment> tasks,
            List<Meeting.TaskFollowUp> followUps) {
        List<Meeting.RollCallEntry> rollCall = new ArrayList<>();
        marks.forEach((m, a) -> rollCall.add(new Meeting.RollCallEntry(m.id(), a, null)));
        Map<String, Integer> scores = new HashMap<>();
        if (lostPoints >= 0) {
            SelfScoreSheet.standard().criteria().forEach(c -> scores.put(c.key(), c.maxPoints()));
            scores.put("conduct", 30 - lostPoints);
        }
        return s.meetings().saveDraft(new Meeting(Ids.newId(), kind, kind.hasTopic() ? "Học tập chuyên đề" : null,
                day, LocalTime.of(14, 0), LocalTime.of(16, 0), "Nhà văn hóa thôn", chair.id(), chair.id(), List.of(),
                rollCall, List.of(), List.of(), List.of(), tasks, followUps, null, scores, null));
    }

    private static Meeting.TaskAssignment task(String what, LocalDate deadline, Member... who) {
        return new Meeting.TaskAssignment(Ids.newId(), what, Arrays.stream(who).map(Member::id).toList(), deadline);
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    @Test
    void theFiguresOfAYearAreThoseCountedByHand() {
        try (AppServices s = Services.open(temp, CLOCK)) {
            PledgeFixtures f = new PledgeFixtures(s);
            Member lan = f.lan;
            Member binh = f.binh;
            Member hoa = f.hoa;
            Member bay = f.bay;
            meeting(s, MeetingKind.REGULAR, LocalDate.of(2025, 12, 1), lan,
                    Map.of(lan, Attendance.PRESENT, binh, Attendance.PRESENT), 0,
                    List.of(task("Việc năm trước", LocalDate.of(2025, 12, 31), binh)), List.of());
            var t1 = task("Sửa kênh mương", LocalDate.of(2026, 1, 31), binh);
            var t2 = task("Vận động bảo hiểm y tế", LocalDate.of(2026, 1, 31), lan, binh);
            var t3 = task("Thăm hỏi gia đình chính sách", LocalDate.of(2026, 3, 31), hoa);
            var t4 = task("Chuẩn bị kiểm điểm cuối năm", LocalDate.of(2026, 12, 31), lan);
            meeting(s, MeetingKind.REGULAR, LocalDate.of(2026, 1, 5), lan,
                    Map.of(lan, Attendance.PRESENT, binh, Attendance.ABSENT_WITH_REASON), 10, List.of(t1, t2),
                    List.of());
            meeting(s, MeetingKind.THEMATIC, LocalDate.of(2026, 2, 20), lan,
                    Map.of(lan, Attendance.PRESENT, binh, Attendance.PRESENT, hoa, Attendance.LATE), -1, List.of(),
                    List.of());
            meeting(s, MeetingKind.REGULAR, LocalDate.of(2026, 3, 3), lan,
                    Map.of(lan, Attendance.PRESENT, binh, Attendance.PRESENT, hoa, Attendance.ABSENT_WITHOUT_REASON),
                    20, List.of(t3), List.of(new Meeting.TaskFollowUp(t1.id(), Meeting.TaskResult.DONE, null),
                            new Meeting.TaskFollowUp(t2.id(), Meeting.TaskResult.PARTLY_DONE, null)));
            meeting(s, MeetingKind.REGULAR, LocalDate.of(2026, 5, 4), lan,
                    Map.of(lan, Attendance.PRESENT, hoa, Attendance.PRESENT, bay, Attendance.PRESENT), 35, List.of(t4),
                    List.of(new Meeting.TaskFollowUp(t2.id(), Meeting.TaskResult.DONE, null)));
            meeting(s, MeetingKind.EXTRAORDINARY, LocalDate.of(2026, 7, 6), lan,
                    Map.of(lan, Attendance.PRESENT, binh, Attendance.PRESENT, hoa, Attendance.PRESENT), -1, List.of(),
                    List.of());
            // Pledges: Bình's item due 30/06 completed, his item due 31/12 not counted yet; Lan's one item due 31/08
            // not completed (overdue); Hoa registered nothing.
            var due = PledgeFixtures.item(PledgeKind.TU_DUONG_REN_LUYEN, "Đọc sách lý luận", LocalDate.of(2026, 6, 30));
            var later = PledgeFixtures.item(PledgeKind.LAM_THEO_BAC, "Giúp 2 hộ thoát nghèo",
                    LocalDate.of(2026, 12, 31));
            Pledge binhs = PledgeFixtures.registered(s, binh, due, later);
            s.pledges().addFollowUp(new FollowUpInput(due.id(), LocalDate.of(2026, 6, 20), "Đã đọc xong",
                    FollowUpStatus.HOAN_THANH, null, null));
            PledgeFixtures.registered(s, lan, PledgeFixtures.item(PledgeKind.NEU_GUONG, "Gương mẫu",
                    LocalDate.of(2026, 8, 31)));
            assertThat(binhs.memberId()).isEqualTo(binh.id());

            Statistics st = s.statistics().compute(StatsPeriod.ofYear(2026));

            // Per member, meetings of 2026 where the member was official or probationary. Lan 5 of 5; Bình 5 called,
            // absent with reason at M1 and unmarked at M4: 3 of 5 = 60 %; Hoa from M2: 4 called, absent without
            // reason at M3: 3 of 4 = 75 %; Bảy exempt: called to none, left out. Vietnamese order: Bình, Hoa, Lan.
            assertThat(st.table("attendanceMembers").rows()).containsExactly(
                    row("Lê Văn Bình", 5, 3, 1, 1, 60.0), row("Nguyễn Thị Hoa", 4, 3, 0, 1, 75.0),
                    row("Phạm Thị Lan", 5, 5, 0, 0, 100.0));

            // Per meeting, as the minutes count: M1 2 called, 1 present = 50 %; M2 3 of 3; M3 2 of 3; M4 3 called,
            // Bình unmarked counts absent without reason, Bảy exempt came (present 3, rate 2 of 3); M5 3 of 3.
            // Totals: 14 called, 12 present, 1 + 2 absent; 11 of the 14 called came = 78.57 %.
            StatTable perMeeting = st.table("attendanceMeetings");
            assertThat(perMeeting.rows()).containsExactly(
                    row(LocalDate.of(2026, 1, 5), MeetingKind.REGULAR, 2, 1, 1, 0, 50.0),
                    row(LocalDate.of(2026, 2, 20), MeetingKind.THEMATIC, 3, 3, 0, 0, 100.0),
                    row(LocalDate.of(2026, 3, 3), MeetingKind.REGULAR, 3, 2, 0, 1, 200.0 / 3),
                    row(LocalDate.of(2026, 5, 4), MeetingKind.REGULAR, 3, 3, 0, 1, 200.0 / 3),
                    row(LocalDate.of(2026, 7, 6), MeetingKind.EXTRAORDINARY, 3, 3, 0, 0, 100.0));
            assertThat(perMeeting.totalRow()).isEqualTo(row(RowLabel.TOTAL, null, 14, 12, 1, 2, 1100.0 / 14));

            // Quarters: Q1 two regular + one thematic (met); Q2 one regular, over without a thematic one (not met);
            // Q3 one extraordinary, under way on 15/09; Q4 not started. 1 of 4 quarters met.
            assertThat(st.table("meetingKinds").rows()).containsExactly(
                    row(new Quarter(2026, 1), 2, 1, 0, 0, 3, 1, QuarterRule.MET),
                    row(new Quarter(2026, 2), 1, 0, 0, 0, 1, 0, QuarterRule.NOT_MET),
                    row(new Quarter(2026, 3), 0, 0, 0, 1, 1, 0, QuarterRule.ONGOING),
                    row(new Quarter(2026, 4), 0, 0, 0, 0, 0, 0, QuarterRule.NOT_STARTED));
            assertThat(st.table("meetingKinds").totalRow()).isEqualTo(row(RowLabel.TOTAL, 3, 1, 0, 1, 5, 1, "1/4"));

            // Self-scores: 100 - 10, 100 - 20, 100 - 35; grades from the bands 90 / 70 / 50; mean 235 / 3.
            StatTable scores = st.table("selfScores");
            assertThat(scores.rows()).containsExactly(
                    row(LocalDate.of(2026, 1, 5), MeetingKind.REGULAR, 90, SelfScoreSheet.Grade.EXCELLENT),
                    row(LocalDate.of(2026, 3, 3), MeetingKind.REGULAR, 80, SelfScoreSheet.Grade.GOOD),
                    row(LocalDate.of(2026, 5, 4), MeetingKind.REGULAR, 65, SelfScoreSheet.Grade.AVERAGE));
            assertThat((double) scores.totalRow().get(2)).isCloseTo(78.333, org.assertj.core.data.Offset.offset(0.001));

            // Tasks of 2026 (the 2025 one is not): T1 done at its first follow-up (on time); T2 partly at the first,
            // done at the second (late); T3 never followed up, due 31/03 (overdue); T4 due 31/12 (open).
            // Per assignee: Bình T1, T2; Hoa T3; Lan T2, T4. The total counts T2 once.
            StatTable tasks = st.table("tasks");
            assertThat(tasks.rows()).containsExactly(row("Lê Văn Bình", 2, 1, 1, 0, 0),
                    row("Nguyễn Thị Hoa", 1, 0, 0, 1, 0), row("Phạm Thị Lan", 2, 0, 1, 0, 1));
            assertThat(tasks.totalRow()).isEqualTo(row(RowLabel.TOTAL, 4, 1, 1, 1, 1));

            // Pledges as of 15/09: Bình 2 items, 1 due (the one completed), 1 completed = 100 %; Hoa none (rate
            // undefined); Lan 1 item due 31/08 and not completed: overdue, 0 %. Bảy is exempt: no line.
            StatTable pledges = st.table("pledges");
            assertThat(pledges.rows()).containsExactly(row("Lê Văn Bình", Answer.YES, 2, 1, 1, 0, 100.0),
                    row("Nguyễn Thị Hoa", Answer.NO, 0, 0, 0, 0, null), row("Phạm Thị Lan", Answer.YES, 1, 1, 0, 1, 0.0));
            assertThat(pledges.totalRow()).isEqualTo(row(RowLabel.TOTAL, Answer.YES, 3, 2, 1, 1, 50.0));
            // The same figures as the pledges area's.
            var figures = s.pledges().figuresOfYear(2026);
            assertThat(figures.get(binh.id()).completed()).isEqualTo(1);

            // No review yet: no line.
            assertThat(st.table("reviewLevels").rows()).isEmpty();
            // Attendance as the annual review's facts count it: a year review over 2026 gives the same numbers.
            var period = s.reviews().createYear(2026, "Kiểm điểm năm 2026");
            var facts = s.reviews().facts(period.id(), binh.id());
            assertThat(List.of(facts.meetingsExpected(), facts.meetingsAttended())).containsExactly(5, 3);
            // Lan, Bình and Hoa (admitted more than 6 months before the year's end) take part, Bảy is exempt; no
            // levels yet, so all three are unset.
            assertThat(s.statistics().compute(StatsPeriod.ofYear(2026)).table("reviewLevels").rows())
                    .containsExactly(row("2026", 0, 0, 0, 0, 3, 3, 0.0));
        }
    }
}
